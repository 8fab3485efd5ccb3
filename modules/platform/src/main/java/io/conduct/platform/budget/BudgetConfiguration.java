package io.conduct.platform.budget;

import java.time.Clock;
import java.time.Duration;

import io.conduct.platform.mongo.MongoConfiguration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Request budgets: per source in each instance's memory, and shared across instances in
 * the control database. Both count real time ({@link Clock#systemUTC()}), not the
 * application's business clock.
 */
@Configuration(proxyBeanMethods = false)
public class BudgetConfiguration {

	@Bean
	SourceBudgets sourceBudgets(@Value("${conduct.budgets.source-window:PT10M}") Duration window,
			@Value("${conduct.budgets.max-sources:200000}") int maxSources) {
		return new SourceBudgets(Clock.systemUTC(), window, maxSources);
	}

	@Bean
	SharedBudgets sharedBudgets(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control) {
		return new SharedBudgets(control, Clock.systemUTC());
	}

	@Bean
	RequestSourceInterceptor requestSourceInterceptor() {
		return new RequestSourceInterceptor();
	}

}
