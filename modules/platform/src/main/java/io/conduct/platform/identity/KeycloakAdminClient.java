package io.conduct.platform.identity;

import java.util.function.Supplier;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Keycloak's admin client, connected on first use and shared by the realms' provisioning
 * and their federation with the tenants' own identity providers (one connection, one
 * token refresh, whatever wraps either of them).
 */
public final class KeycloakAdminClient implements Supplier<Keycloak>, AutoCloseable {

	private final KeycloakProperties properties;

	private volatile Keycloak keycloak;

	public KeycloakAdminClient(KeycloakProperties properties) {
		this.properties = properties;
	}

	@Override
	public Keycloak get() {
		Keycloak current = this.keycloak;
		if (current == null) {
			synchronized (this) {
				if (this.keycloak == null) {
					this.keycloak = connect();
				}
				current = this.keycloak;
			}
		}
		return current;
	}

	/** Closes the connection when the application stops (Spring calls it). */
	@Override
	public void close() {
		Keycloak current = this.keycloak;
		if (current != null) {
			current.close();
		}
	}

	private Keycloak connect() {
		KeycloakBuilder builder = KeycloakBuilder.builder()
			.serverUrl(this.properties.serverUrl())
			.realm(this.properties.adminRealm())
			.clientId(this.properties.adminClientId());
		if (this.properties.adminClientSecret() != null && !this.properties.adminClientSecret().isBlank()) {
			builder.grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientSecret(this.properties.adminClientSecret());
		}
		else {
			builder.grantType(OAuth2Constants.PASSWORD)
				.username(this.properties.adminUsername())
				.password(this.properties.adminPassword());
		}
		return builder.build();
	}

}
