package io.conduct.localdev;

import io.conduct.platform.security.local.LocalTokenIssuer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The local token issuer: its RSA key is kept in the data folder so tokens survive a
 * restart.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnProperty(name = "conduct.local-issuer.enabled", havingValue = "true")
class LocalIssuerConfiguration {

	@Bean
	LocalTokenIssuer localTokenIssuer(LocalProperties properties) {
		return LocalTokenIssuer.withKeyIn(properties.dataDir().resolve("local-issuer-key.json"));
	}

}
