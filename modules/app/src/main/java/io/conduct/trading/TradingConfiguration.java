package io.conduct.trading;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules file, checked when the application starts, and the engine that applies it.
 */
@Configuration(proxyBeanMethods = false)
class TradingConfiguration {

	@Bean
	TradingRules tradingRules() {
		return TradingRules.bundled();
	}

	@Bean
	ClearanceEngine clearanceEngine(TradingRules rules) {
		return new ClearanceEngine(rules);
	}

}
