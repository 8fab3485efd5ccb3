package io.conduct.platform.crypto;

import java.time.Clock;

import io.conduct.platform.mongo.MongoConfiguration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoConfiguration {

	/**
	 * The master keys: from configuration or from a key store; a bean of its own (a KMS)
	 * replaces this one.
	 */
	@Bean
	@ConditionalOnMissingBean
	MasterKeySource masterKeySource(CryptoProperties properties) {
		return switch (properties.source().toLowerCase(java.util.Locale.ROOT)) {
			case "configuration" -> SecretKeyMasterKeys.fromProperties(properties);
			case "keystore" -> {
				if (properties.keystore() == null) {
					throw new IllegalStateException("conduct.crypto.source=keystore needs conduct.crypto.keystore.*");
				}
				yield SecretKeyMasterKeys.fromKeyStore(properties.keystore(), properties.activeMasterKey());
			}
			default -> throw new IllegalStateException(
					"conduct.crypto.source must be configuration or keystore, was " + properties.source());
		};
	}

	@Bean
	TenantEncryption tenantEncryption(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control,
			MasterKeySource masterKeys, Clock clock) {
		return new TenantEncryption(control, masterKeys, clock);
	}

	@Bean
	RecordKeys recordKeys(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, TenantEncryption encryption,
			Clock clock) {
		return new RecordKeys(control, encryption, clock);
	}

}
