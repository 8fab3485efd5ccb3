package io.conduct.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Conduct reaches Keycloak to manage the tenants' realms.
 *
 * @param serverUrl the server's base URL for the admin API
 * @param publicUrl the base URL in the issuer of tokens, when it differs from the admin
 * URL
 * @param adminRealm the realm of the administrative account ({@code master})
 * @param adminClientId client of the administrative account
 * @param adminClientSecret secret of a service-account client; when set, the client
 * credentials grant is used instead of username and password
 * @param adminUsername administrative user, for the password grant
 * @param adminPassword its password
 * @param clientId the public client the front ends sign in with, in every realm
 * @param directAccessGrants whether that client allows the password grant (tests only)
 */
@ConfigurationProperties("conduct.keycloak")
public record KeycloakProperties(String serverUrl, String publicUrl, String adminRealm, String adminClientId,
		String adminClientSecret, String adminUsername, String adminPassword, String clientId,
		boolean directAccessGrants) {

	public KeycloakProperties {
		adminRealm = (adminRealm != null) ? adminRealm : "master";
		adminClientId = (adminClientId != null) ? adminClientId : "admin-cli";
		clientId = (clientId != null) ? clientId : "conduct-web";
	}

	public String issuerBase() {
		return (this.publicUrl != null && !this.publicUrl.isBlank()) ? this.publicUrl : this.serverUrl;
	}

}
