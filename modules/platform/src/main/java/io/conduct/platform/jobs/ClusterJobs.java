package io.conduct.platform.jobs;

import java.time.Duration;
import java.time.Instant;

import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a scheduled job once across all application instances: the first instance to take
 * the job's lock in MongoDB runs it, the others skip that round. Jobs are also written as
 * idempotent steps, so a job interrupted midway (a pod killed, a lock expired) resumes on
 * the next round without repeating what it already did.
 */
public class ClusterJobs {

	private static final Logger logger = LoggerFactory.getLogger(ClusterJobs.class);

	private final LockingTaskExecutor executor;

	private final TenantRegistry tenants;

	private final Duration lockAtMostFor;

	public ClusterJobs(LockingTaskExecutor executor, TenantRegistry tenants, Duration lockAtMostFor) {
		this.executor = executor;
		this.tenants = tenants;
		this.lockAtMostFor = lockAtMostFor;
	}

	/**
	 * Runs the job for every active tenant, once across instances; a tenant whose run
	 * fails does not stop the others.
	 * @param name the job's lock name
	 * @param perTenant the work for one tenant, run in its tenant context
	 * @return whether this instance ran the job (false when another instance held it)
	 */
	public boolean runForEachTenant(String name, TenantJob perTenant) {
		return runOnce(name, () -> {
			for (Tenant tenant : this.tenants.findAll()) {
				if (!tenant.isActive()) {
					continue;
				}
				try {
					perTenant.run(tenant);
				}
				catch (RuntimeException ex) {
					logger.warn("Job {} failed for tenant {}; it runs again next round", name, tenant.key(), ex);
				}
			}
		});
	}

	/**
	 * Runs the job if no other instance is running it.
	 * @param name the job's lock name
	 * @param job the work
	 * @return whether this instance ran it
	 */
	public boolean runOnce(String name, Runnable job) {
		try {
			return this.executor.executeWithLock(() -> {
				job.run();
				return Boolean.TRUE;
			}, new LockConfiguration(Instant.now(), name, this.lockAtMostFor, Duration.ZERO)).wasExecuted();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A job's work for one tenant. */
	@FunctionalInterface
	public interface TenantJob {

		void run(Tenant tenant);

	}

}
