package io.conduct.trading;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the insider trading round on a schedule (every 15 minutes by default). */
@Component
@ConditionalOnProperty(name = "conduct.jobs.enabled", havingValue = "true", matchIfMissing = true)
class TradingJobs {

	private final TradingWork work;

	private final Clock clock;

	TradingJobs(TradingWork work, Clock clock) {
		this.work = work;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${conduct.trading.job-interval:PT15M}", initialDelayString = "PT1M")
	void round() {
		this.work.runRound(this.clock.instant());
	}

}
