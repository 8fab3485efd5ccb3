package io.conduct.inquiries;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the escalation round on a schedule (every 15 minutes by default). */
@Component
@ConditionalOnProperty(name = "conduct.jobs.enabled", havingValue = "true", matchIfMissing = true)
class InquiryJobs {

	private final InquiryEscalations escalations;

	private final Clock clock;

	InquiryJobs(InquiryEscalations escalations, Clock clock) {
		this.escalations = escalations;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${conduct.inquiries.escalation-interval:PT15M}", initialDelayString = "PT1M")
	void round() {
		this.escalations.runRound(this.clock.instant());
	}

}
