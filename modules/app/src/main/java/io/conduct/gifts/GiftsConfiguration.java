package io.conduct.gifts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine, with the bundled rules checked against the Code's text when the application
 * starts: rules that do not quote the section, or miss one of its rules, stop the start.
 */
@Configuration(proxyBeanMethods = false)
class GiftsConfiguration {

	@Bean
	GiftEngine giftEngine() {
		return new GiftEngine(GiftRules.bundled());
	}

}
