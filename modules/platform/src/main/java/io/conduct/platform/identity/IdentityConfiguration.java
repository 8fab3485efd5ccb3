package io.conduct.platform.identity;

import io.conduct.platform.security.SecurityProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keycloak manages the realms wherever {@code conduct.keycloak.server-url} is set; the
 * local profile supplies its own {@link IdentityProvisioning} instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakProperties.class)
public class IdentityConfiguration {

	@Bean
	@ConditionalOnMissingBean(IdentityProvisioning.class)
	@ConditionalOnProperty(prefix = "conduct.keycloak", name = "server-url")
	KeycloakIdentityProvisioning keycloakIdentityProvisioning(KeycloakProperties properties, KeycloakAdminClient admin,
			SecurityProperties security) {
		String issuers = properties.issuerBase();
		if (!security.allowHttpIssuers() && !issuers.startsWith("https://")) {
			throw new IllegalStateException("The tenants' issuers (" + issuers
					+ ") must be https: set conduct.keycloak.public-url (or server-url) to Keycloak's https URL."
					+ " Only the local run and tests allow http issuers (conduct.security.allow-http-issuers)");
		}
		return new KeycloakIdentityProvisioning(properties, admin, security.operatorTenant(), security.audience());
	}

	@Bean
	@ConditionalOnProperty(prefix = "conduct.keycloak", name = "server-url")
	KeycloakAdminClient keycloakAdminClient(KeycloakProperties properties) {
		return new KeycloakAdminClient(properties);
	}

	@Bean
	@ConditionalOnProperty(prefix = "conduct.keycloak", name = "server-url")
	KeycloakIdentityFederation keycloakIdentityFederation(KeycloakAdminClient admin) {
		return new KeycloakIdentityFederation(admin);
	}

}
