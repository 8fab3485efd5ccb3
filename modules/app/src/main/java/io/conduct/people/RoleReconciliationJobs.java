package io.conduct.people;

import java.util.EnumSet;

import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reconciles every tenant's roles between directory and realm, every ten minutes by
 * default, on one instance at a time.
 */
@Component
@ConditionalOnProperty(name = "conduct.jobs.enabled", havingValue = "true", matchIfMissing = true)
class RoleReconciliationJobs {

	static final String RECONCILE = "people.roles.reconcile";

	private final ClusterJobs jobs;

	private final RoleReconciliation reconciliation;

	RoleReconciliationJobs(ClusterJobs jobs, RoleReconciliation reconciliation) {
		this.jobs = jobs;
		this.reconciliation = reconciliation;
	}

	@Scheduled(fixedDelayString = "${conduct.people.role-reconciliation-interval:PT10M}", initialDelayString = "PT2M")
	void reconcile() {
		this.jobs.runForEachTenantCounting(RECONCILE,
				(tenant) -> SystemActor.callAs(tenant, EnumSet.of(Role.TENANT_ADMIN), this.reconciliation::reconcile));
	}

}
