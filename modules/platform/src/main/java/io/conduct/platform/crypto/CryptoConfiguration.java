package io.conduct.platform.crypto;

import java.time.Clock;

import io.conduct.platform.mongo.MongoConfiguration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoConfiguration {

	@Bean
	TenantEncryption tenantEncryption(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control,
			CryptoProperties properties, Clock clock) {
		return new TenantEncryption(control, properties, clock);
	}

}
