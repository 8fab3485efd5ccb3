package io.conduct.cases;

import java.util.EnumSet;

import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the cases, and the other domains' records, that are due under their retention
 * schedules, once across instances, every {@code conduct.retention.job-interval} (six
 * hours by default), as the system.
 */
@Component
@ConditionalOnProperty(name = "conduct.jobs.enabled", havingValue = "true", matchIfMissing = true)
class RetentionJob {

	private final CaseRetention retention;

	private final RecordRetention records;

	private final ClusterJobs jobs;

	RetentionJob(CaseRetention retention, RecordRetention records, ClusterJobs jobs) {
		this.retention = retention;
		this.records = records;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${conduct.retention.job-interval:PT6H}", initialDelayString = "PT5M")
	void round() {
		this.jobs.runForEachTenantCounting("case-retention",
				(tenant) -> SystemActor.callAs(tenant, EnumSet.noneOf(Role.class), this.retention::deleteDue));
		this.jobs.runForEachTenantCounting("record-retention",
				(tenant) -> SystemActor.callAs(tenant, EnumSet.noneOf(Role.class), this.records::deleteDue));
	}

}
