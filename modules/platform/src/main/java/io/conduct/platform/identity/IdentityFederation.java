package io.conduct.platform.identity;

import java.util.Map;

import io.conduct.platform.security.Role;

/**
 * A tenant's own identity providers, brokered by its realm: a subsidiary's people sign in
 * through their company's provider. A provider is added disabled and enabled once the
 * operator approves it (a realm-wide change). Client secrets pass through to the realm
 * and are kept there only.
 */
public interface IdentityFederation {

	/** Adds an OpenID Connect provider, disabled, with the attribute mappers. */
	void addOidcProvider(String tenantKey, OidcProvider provider);

	/** Adds a SAML 2.0 provider, disabled, with the attribute mappers. */
	void addSamlProvider(String tenantKey, SamlProvider provider);

	/** Enables or disables a provider of the realm. */
	void setProviderEnabled(String tenantKey, String alias, boolean enabled);

	/**
	 * Replaces the provider's group-to-role mappings: a person of the provider holds the
	 * role while the provider puts them in the group (its {@code groups} claim or SAML
	 * attribute), re-checked at every sign-in. No other mapper grants roles.
	 */
	void setGroupRoles(String tenantKey, String alias, Map<String, Role> groupRoles);

	/**
	 * Sets the realm to sign in through its providers only, or back: when on, the sign-in
	 * page goes straight to the provider, nobody signs in with a local password (browser
	 * form or password grant) but the break-glass administrator, who keeps theirs, and
	 * everyone else's stored password is deleted. When off, the sign-in page shows the
	 * password form again (those without a password need an enrolment e-mail).
	 * @param alias the provider the sign-in page goes to
	 * @param breakGlassSubject the account that keeps its local password
	 * @return how many accounts had their local password deleted
	 */
	int setProviderOnly(String tenantKey, String alias, String breakGlassSubject, boolean providerOnly);

	/** Whether the realm has a provider with that alias. */
	boolean hasProvider(String tenantKey, String alias);

	/**
	 * An OpenID Connect provider, from its discovery document.
	 *
	 * @param alias the realm's name for it
	 * @param displayName what the sign-in page shows
	 * @param issuer the provider's issuer
	 * @param authorizationUrl its authorization endpoint
	 * @param tokenUrl its token endpoint
	 * @param userInfoUrl its user info endpoint, if any
	 * @param jwksUrl its keys
	 * @param clientId the client the realm signs in as
	 * @param clientSecret that client's secret, kept by the realm only
	 * @param employeeNumberClaim the provider's claim carrying the person's employee
	 * number
	 */
	record OidcProvider(String alias, String displayName, String issuer, String authorizationUrl, String tokenUrl,
			String userInfoUrl, String jwksUrl, String clientId, String clientSecret, String employeeNumberClaim) {

		@Override
		public String toString() {
			return "OidcProvider[" + this.alias + ", " + this.issuer + "]";
		}

	}

	/**
	 * A SAML 2.0 provider, from its metadata.
	 *
	 * @param alias the realm's name for it
	 * @param displayName what the sign-in page shows
	 * @param entityId the provider's entity id
	 * @param singleSignOnServiceUrl where sign-in requests go
	 * @param postBinding whether they go by HTTP-POST (else HTTP-Redirect)
	 * @param signingCertificate the provider's signing certificate (base64 DER), if any
	 * @param employeeNumberAttribute the provider's attribute carrying the person's
	 * employee number
	 */
	record SamlProvider(String alias, String displayName, String entityId, String singleSignOnServiceUrl,
			boolean postBinding, String signingCertificate, String employeeNumberAttribute) {
	}

}
