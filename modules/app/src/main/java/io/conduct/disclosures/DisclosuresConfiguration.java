package io.conduct.disclosures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine, with the bundled rules checked against the Code's text when the application
 * starts: rules that do not quote the Code, or miss a clause it has, stop the start.
 */
@Configuration(proxyBeanMethods = false)
class DisclosuresConfiguration {

	@Bean
	ConflictEngine conflictEngine() {
		return new ConflictEngine(ConflictRules.bundled());
	}

}
