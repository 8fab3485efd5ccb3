package io.conduct.trading;

import io.conduct.platform.graphql.NodeLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code node(id:)} for this module's types, with the same access as their own queries:
 * what the caller may not see is null, never an error (an event window or a watch-list
 * entry is null for everyone but the CFO/CAO).
 */
@Configuration(proxyBeanMethods = false)
class TradingNodes {

	@Bean
	NodeLoader tradingSecurityNode(Securities securities) {
		return NodeLoader.of(TradingController.SECURITY, securities::find);
	}

	@Bean
	NodeLoader preClearanceNode(PreClearances requests) {
		return NodeLoader.of(TradingController.PRE_CLEARANCE, requests::find);
	}

	@Bean
	NodeLoader tradeNode(Trades trades) {
		return NodeLoader.of(TradingController.TRADE, trades::find);
	}

	@Bean
	NodeLoader tradingPlanNode(TradingPlans plans) {
		return NodeLoader.of(TradingController.PLAN, plans::find);
	}

	@Bean
	NodeLoader tradingRestrictionNode(TradingDesk desk) {
		return NodeLoader.of(TradingController.RESTRICTION, desk::restriction);
	}

	@Bean
	NodeLoader watchListEntryNode(TradingDesk desk) {
		return NodeLoader.of(TradingController.WATCH, desk::watchEntry);
	}

	@Bean
	NodeLoader eventWindowNode(TradingDesk desk) {
		return NodeLoader.of(TradingController.WINDOW, desk::window);
	}

}
