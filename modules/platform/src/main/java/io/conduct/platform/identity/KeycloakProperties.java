package io.conduct.platform.identity;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * @param enrolmentLifespan how long the link of an enrolment e-mail stays valid
 * @param smtp the mail server the realms send enrolment e-mails through; without a host
 * the realms keep whatever mail server they were given by hand
 */
@ConfigurationProperties("conduct.keycloak")
public record KeycloakProperties(String serverUrl, String publicUrl, String adminRealm, String adminClientId,
		String adminClientSecret, String adminUsername, String adminPassword, String clientId,
		boolean directAccessGrants, Duration enrolmentLifespan, Smtp smtp) {

	public KeycloakProperties {
		adminRealm = (adminRealm != null) ? adminRealm : "master";
		adminClientId = (adminClientId != null) ? adminClientId : "admin-cli";
		clientId = (clientId != null) ? clientId : "conduct-web";
		enrolmentLifespan = (enrolmentLifespan != null) ? enrolmentLifespan : Duration.ofDays(3);
		smtp = (smtp != null) ? smtp : new Smtp(null, null, null, null, null, null, false, false);
	}

	public String issuerBase() {
		return (this.publicUrl != null && !this.publicUrl.isBlank()) ? this.publicUrl : this.serverUrl;
	}

	/**
	 * A realm's mail server, as Keycloak configures it.
	 *
	 * @param host host name
	 * @param port port
	 * @param from sender address
	 * @param fromDisplayName sender name
	 * @param username user, when the server wants authentication
	 * @param password its password
	 * @param starttls whether to upgrade with STARTTLS
	 * @param ssl whether to connect with TLS
	 */
	public record Smtp(String host, Integer port, String from, String fromDisplayName, String username, String password,
			boolean starttls, boolean ssl) {

		public boolean isConfigured() {
			return this.host != null && !this.host.isBlank();
		}

		/** Keycloak's {@code smtpServer} settings of a realm. */
		Map<String, String> asRealmSettings() {
			Map<String, String> settings = new LinkedHashMap<>();
			settings.put("host", this.host);
			settings.put("port", String.valueOf((this.port != null) ? this.port : 25));
			settings.put("from", (this.from != null) ? this.from : "conduct@localhost");
			if (this.fromDisplayName != null) {
				settings.put("fromDisplayName", this.fromDisplayName);
			}
			boolean auth = this.username != null && !this.username.isBlank();
			settings.put("auth", String.valueOf(auth));
			if (auth) {
				settings.put("user", this.username);
				settings.put("password", this.password);
			}
			settings.put("starttls", String.valueOf(this.starttls));
			settings.put("ssl", String.valueOf(this.ssl));
			return settings;
		}

	}

}
