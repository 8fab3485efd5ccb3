package io.conduct.waivers;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.stereotype.Component;

/**
 * The waivers' round for every active tenant, once across instances: finish disclosure
 * clocks whose step was cut short (waivers, implicit waivers, the group's amendments),
 * raise the implicit-waiver prompts whose days have passed, and write the reminders of
 * disclosures falling due. Each part is idempotent, so a round cut short is completed by
 * the next without repeats.
 */
@Component
class WaiverWork {

	static final String JOB = "waivers.round";

	/** The system works as the tenant's CFO/CAO would. */
	private static final Set<Role> ROLES = EnumSet.of(Role.CFO_CAO, Role.TENANT_ADMIN);

	private final ClusterJobs jobs;

	private final WaiverRequests requests;

	private final ImplicitWaivers implicit;

	private final PublicDisclosures disclosures;

	private final CodeAmendments amendments;

	WaiverWork(ClusterJobs jobs, WaiverRequests requests, ImplicitWaivers implicit, PublicDisclosures disclosures,
			CodeAmendments amendments) {
		this.jobs = jobs;
		this.requests = requests;
		this.implicit = implicit;
		this.disclosures = disclosures;
		this.amendments = amendments;
	}

	/** Runs the round unless another instance is running it; returns whether it ran. */
	boolean runRound(Instant now) {
		return this.jobs.runForEachTenant(JOB, (tenant) -> runFor(tenant, now));
	}

	void runFor(Tenant tenant, Instant now) {
		SystemActor.runAs(tenant, ROLES, () -> {
			this.requests.finishPendingClocks();
			this.implicit.finishPendingClocks();
			this.amendments.finishPendingClocks();
			this.implicit.raiseDue(now);
			this.disclosures.sendReminders(now);
		});
	}

}
