package io.conduct.gifts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The register's round, once across instances, every tenant in turn, as the system: the
 * recorder and the CFO/CAO hear once of a disposition overdue, and a refused entry whose
 * report could not be entered at once is handed to the cases domain again. Each step is
 * idempotent (notifications by key, a referral marked once entered).
 */
@Component
class GiftJobs {

	static final String JOB = "gift-register-round";

	private static final Set<Role> ROLES = EnumSet.of(Role.CFO_CAO, Role.EMPLOYEE);

	private static final int BATCH = 500;

	private static final Duration REFERRAL_GRACE = Duration.ofMinutes(1);

	private final ClusterJobs jobs;

	private final GiftStore store;

	private final GiftNotifications notifications;

	private final CaseReferrals referrals;

	private final Clock clock;

	GiftJobs(ClusterJobs jobs, GiftStore store, GiftNotifications notifications, CaseReferrals referrals, Clock clock) {
		this.jobs = jobs;
		this.store = store;
		this.notifications = notifications;
		this.referrals = referrals;
		this.clock = clock;
	}

	/** The round for every tenant; whether this instance ran it. */
	boolean runRound() {
		return this.jobs.runForEachTenantCounting(JOB, this::runFor);
	}

	/** One tenant's round: how many entries it acted on. */
	int runFor(Tenant tenant) {
		return SystemActor.callAs(tenant, ROLES, () -> {
			Instant now = this.clock.instant();
			LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
			List<GiftEntry> overdue = this.store.overdue(today, BATCH);
			overdue.forEach(this.notifications::overdue);
			List<GiftEntry> pending = this.store.pendingReferrals(now.minus(REFERRAL_GRACE), BATCH);
			pending.forEach(this.referrals::refer);
			return overdue.size() + pending.size();
		});
	}

	/** The schedule, unless jobs are off. */
	@Component
	@ConditionalOnProperty(name = "conduct.jobs.enabled", havingValue = "true", matchIfMissing = true)
	static class Schedule {

		private final GiftJobs jobs;

		Schedule(GiftJobs jobs) {
			this.jobs = jobs;
		}

		@Scheduled(fixedDelayString = "${conduct.gifts.job-interval:PT15M}", initialDelayString = "PT1M")
		void round() {
			this.jobs.runRound();
		}

	}

}
