package io.conduct.testsupport;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Import into a test to count the MongoDB commands the application sends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MongoCommandCounting {

	@Bean
	MongoCommandCounter mongoCommandCounter() {
		return new MongoCommandCounter();
	}

	@Bean
	MongoClientSettingsBuilderCustomizer countingListener(MongoCommandCounter counter) {
		return (settings) -> settings.addCommandListener(counter);
	}

}
