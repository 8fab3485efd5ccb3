package io.conduct.platform.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;

/**
 * Identity providers in the tenant's Keycloak realm. An OpenID Connect provider's people
 * are linked to their existing account by e-mail only when the provider says the address
 * is verified: the provider is configured to refuse sign-ins without
 * {@code email_verified=true} (Keycloak's essential claim), and its first sign-in flow
 * links to the account with that address or creates one. SAML carries no verification
 * claim: its first sign-in uses Keycloak's default flow, which asks the person to prove
 * they own the existing account. No mapper brings roles: roles are Conduct's.
 */
public class KeycloakIdentityFederation implements IdentityFederation {

	/** The first-sign-in flow that links by verified e-mail. */
	static final String LINK_BY_VERIFIED_EMAIL = "conduct first broker login";

	private final Supplier<Keycloak> admin;

	public KeycloakIdentityFederation(Supplier<Keycloak> admin) {
		this.admin = admin;
	}

	@Override
	public void addOidcProvider(String tenantKey, OidcProvider provider) {
		RealmResource realm = this.admin.get().realm(tenantKey);
		ensureLinkingFlow(realm);
		IdentityProviderRepresentation idp = base(provider.alias(), provider.displayName(), "oidc");
		idp.setTrustEmail(true);
		idp.setFirstBrokerLoginFlowAlias(LINK_BY_VERIFIED_EMAIL);
		Map<String, String> config = new HashMap<>();
		config.put("issuer", provider.issuer());
		config.put("authorizationUrl", provider.authorizationUrl());
		config.put("tokenUrl", provider.tokenUrl());
		if (provider.userInfoUrl() != null) {
			config.put("userInfoUrl", provider.userInfoUrl());
		}
		config.put("jwksUrl", provider.jwksUrl());
		config.put("useJwksUrl", "true");
		config.put("validateSignature", "true");
		config.put("clientId", provider.clientId());
		config.put("clientSecret", provider.clientSecret());
		config.put("clientAuthMethod", "client_secret_post");
		config.put("defaultScope", "openid email profile");
		config.put("pkceEnabled", "true");
		config.put("pkceMethod", "S256");
		config.put("syncMode", "FORCE");
		// only a verified address links or creates an account
		config.put("filteredByClaim", "true");
		config.put("claimFilterName", "email_verified");
		config.put("claimFilterValue", "true");
		idp.setConfig(config);
		realm.identityProviders().create(idp).close();
		mapper(realm, provider.alias(), "email", "oidc-user-attribute-idp-mapper", "claim", "email", "email");
		mapper(realm, provider.alias(), "given name", "oidc-user-attribute-idp-mapper", "claim", "given_name",
				"firstName");
		mapper(realm, provider.alias(), "family name", "oidc-user-attribute-idp-mapper", "claim", "family_name",
				"lastName");
		mapper(realm, provider.alias(), "employee number", "oidc-user-attribute-idp-mapper", "claim", "employee_number",
				"employeeNumber");
		mapper(realm, provider.alias(), "locale", "oidc-user-attribute-idp-mapper", "claim", "locale", "locale");
	}

	@Override
	public void addSamlProvider(String tenantKey, SamlProvider provider) {
		RealmResource realm = this.admin.get().realm(tenantKey);
		IdentityProviderRepresentation idp = base(provider.alias(), provider.displayName(), "saml");
		idp.setTrustEmail(false);
		Map<String, String> config = new HashMap<>();
		config.put("idpEntityId", provider.entityId());
		config.put("singleSignOnServiceUrl", provider.singleSignOnServiceUrl());
		config.put("postBindingAuthnRequest", String.valueOf(provider.postBinding()));
		config.put("postBindingResponse", "true");
		config.put("nameIDPolicyFormat", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
		config.put("principalType", "SUBJECT");
		config.put("syncMode", "FORCE");
		if (provider.signingCertificate() != null) {
			config.put("signingCertificate", provider.signingCertificate());
			config.put("validateSignature", "true");
			config.put("wantAssertionsSigned", "true");
		}
		idp.setConfig(config);
		realm.identityProviders().create(idp).close();
		mapper(realm, provider.alias(), "email", "saml-user-attribute-idp-mapper", "attribute.name", "email", "email");
		mapper(realm, provider.alias(), "given name", "saml-user-attribute-idp-mapper", "attribute.name", "firstName",
				"firstName");
		mapper(realm, provider.alias(), "family name", "saml-user-attribute-idp-mapper", "attribute.name", "lastName",
				"lastName");
		mapper(realm, provider.alias(), "employee number", "saml-user-attribute-idp-mapper", "attribute.name",
				"employeeNumber", "employeeNumber");
		mapper(realm, provider.alias(), "locale", "saml-user-attribute-idp-mapper", "attribute.name", "locale",
				"locale");
	}

	@Override
	public void setProviderEnabled(String tenantKey, String alias, boolean enabled) {
		var resource = this.admin.get().realm(tenantKey).identityProviders().get(alias);
		IdentityProviderRepresentation idp = resource.toRepresentation();
		idp.setEnabled(enabled);
		resource.update(idp);
	}

	@Override
	public boolean hasProvider(String tenantKey, String alias) {
		try {
			this.admin.get().realm(tenantKey).identityProviders().get(alias).toRepresentation();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private static IdentityProviderRepresentation base(String alias, String displayName, String providerId) {
		IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
		idp.setAlias(alias);
		idp.setDisplayName(displayName);
		idp.setProviderId(providerId);
		// enabled once the operator approves
		idp.setEnabled(false);
		idp.setStoreToken(false);
		idp.setLinkOnly(false);
		return idp;
	}

	private static void mapper(RealmResource realm, String alias, String name, String type, String sourceKey,
			String source, String attribute) {
		IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
		mapper.setName(name);
		mapper.setIdentityProviderAlias(alias);
		mapper.setIdentityProviderMapper(type);
		mapper.setConfig(Map.of(sourceKey, source, "user.attribute", attribute, "syncMode", "INHERIT"));
		realm.identityProviders().get(alias).addMapper(mapper).close();
	}

	/**
	 * First sign-in through a provider: create the account when no other has the address,
	 * else link to the one that has it (the address is verified: see above).
	 */
	private static void ensureLinkingFlow(RealmResource realm) {
		AuthenticationManagementResource flows = realm.flows();
		if (flows.getFlows().stream().anyMatch((f) -> LINK_BY_VERIFIED_EMAIL.equals(f.getAlias()))) {
			return;
		}
		AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
		flow.setAlias(LINK_BY_VERIFIED_EMAIL);
		flow.setDescription("Creates the account, or links to the one with the provider's verified e-mail address");
		flow.setProviderId("basic-flow");
		flow.setTopLevel(true);
		flow.setBuiltIn(false);
		flows.createFlow(flow).close();
		String link = LINK_BY_VERIFIED_EMAIL + " link";
		flows.addExecution(LINK_BY_VERIFIED_EMAIL, Map.of("provider", "idp-create-user-if-unique"));
		flows.addExecutionFlow(LINK_BY_VERIFIED_EMAIL, Map.of("alias", link, "type", "basic-flow", "provider",
				"registration-page-form", "description", "Links to the existing account"));
		flows.addExecution(link, Map.of("provider", "idp-detect-existing-broker-user"));
		flows.addExecution(link, Map.of("provider", "idp-auto-link"));
		List<AuthenticationExecutionInfoRepresentation> executions = flows.getExecutions(LINK_BY_VERIFIED_EMAIL);
		for (AuthenticationExecutionInfoRepresentation execution : executions) {
			String requirement = (execution.getLevel() == 0) ? "ALTERNATIVE" : "REQUIRED";
			execution.setRequirement(requirement);
			flows.updateExecutions(LINK_BY_VERIFIED_EMAIL, execution);
		}
	}

}
