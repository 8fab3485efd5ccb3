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
		return this.jobs.runForEachTenant(JOB, (tenant) -> runFor(tenant, now));
	}

	void runFor(Tenant tenant, Instant now) {
		SystemActor.runAs(tenant, ROLES, () -> {
			this.campaigns.openAnnualIfDue(now);
			this.campaigns.resumeAssigning(now);
			this.campaigns.assignNewStarters(now);
			// the ladder before closing: a step due at the closing moment is still taken
			this.ladder.advance(now);
			this.campaigns.closeExpired(now);
		});
	}

	/** Runs the system's part of a tenant's work, e.g. on people joining. */
	void runAsSystem(Tenant tenant, Runnable work) {
		SystemActor.runAs(tenant, ROLES, work);
	}

}
