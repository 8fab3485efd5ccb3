package io.conduct.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.budget.SharedBudgets;
import io.conduct.platform.mongo.MongoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A budget shared across instances: two instances (two pods) on the same control database
 * spend one budget together, per scope and window.
 */
@ConductIntegrationTest
class SharedBudgetsTests {

	@Autowired
	@Qualifier(MongoConfiguration.CONTROL)
	MongoTemplate control;

	@Test
	void twoInstancesSpendOneBudget() {
		Clock clock = Clock.fixed(Instant.parse("2026-09-01T07:30:00Z"), ZoneOffset.UTC);
		SharedBudgets podA = new SharedBudgets(this.control, clock);
		SharedBudgets podB = new SharedBudgets(this.control, clock);
		String scope = "tenant-" + System.nanoTime();

		int taken = 0;
		for (int i = 0; i < 10; i++) {
			SharedBudgets pod = (i % 2 == 0) ? podA : podB;
			if (pod.tryTake("intake-submissions", scope, 6, Duration.ofMinutes(10))) {
				taken++;
			}
		}

		assertThat(taken).isEqualTo(6);
		assertThat(podA.tryTake("intake-submissions", "another-" + scope, 6, Duration.ofMinutes(10))).isTrue();
		SharedBudgets later = new SharedBudgets(this.control, Clock.offset(clock, Duration.ofMinutes(10)));
		assertThat(later.tryTake("intake-submissions", scope, 6, Duration.ofMinutes(10))).isTrue();
	}

}
