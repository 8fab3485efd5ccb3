package io.conduct.certifications;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.stereotype.Component;

/**
 * The certification job's round for every active tenant, once across instances: open the
 * annual campaign when its day has come, finish interrupted openings, give new starters
 * their on-hire certification, close campaigns, and take the ladder's due steps. Each
 * part is idempotent, so a round cut short is completed by the next.
 */
@Component
class CertificationWork {

	static final String JOB = "certifications.round";

	/** The system works as the tenant's administrator and CFO/CAO would. */
	private static final Set<Role> ROLES = EnumSet.of(Role.TENANT_ADMIN, Role.CFO_CAO);

	private final ClusterJobs jobs;

	private final Campaigns campaigns;

	private final CertificationLadder ladder;

	CertificationWork(ClusterJobs jobs, Campaigns campaigns, CertificationLadder ladder) {
		this.jobs = jobs;
		this.campaigns = campaigns;
		this.ladder = ladder;
	}

	/** Runs the round unless another instance is running it; returns whether it ran. */
	boolean runRound(Instant now) {
		return this.jobs.runForEachTenantCounting(JOB, (tenant) -> runFor(tenant, now));
	}

	/**
	 * The round for one tenant.
	 * @return the items it processed: assignments made, ladder steps taken and campaigns
	 * closed (the job's items-processed metric)
	 */
	int runFor(Tenant tenant, Instant now) {
		return SystemActor.callAs(tenant, ROLES, () -> {
			int items = this.campaigns.openAnnualIfDue(now);
			items += this.campaigns.resumeAssigning(now);
			items += this.campaigns.assignNewStarters(now);
			// the ladder before closing: a step due at the closing moment is still taken
			items += this.ladder.advance(now);
			return items + this.campaigns.closeExpired(now);
		});
	}

	/** Runs the system's part of a tenant's work, e.g. on people joining. */
	void runAsSystem(Tenant tenant, Runnable work) {
		SystemActor.runAs(tenant, ROLES, work);
	}

}
