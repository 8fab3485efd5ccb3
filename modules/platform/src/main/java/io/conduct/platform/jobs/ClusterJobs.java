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

	private final JobMetrics metrics;

	public ClusterJobs(LockingTaskExecutor executor, TenantRegistry tenants, Duration lockAtMostFor) {
		this(executor, tenants, lockAtMostFor, JobMetrics.NONE);
	}

	public ClusterJobs(LockingTaskExecutor executor, TenantRegistry tenants, Duration lockAtMostFor,
			JobMetrics metrics) {
		this.executor = executor;
		this.tenants = tenants;
		this.lockAtMostFor = lockAtMostFor;
		this.metrics = metrics;
	}

	/**
	 * Runs the job for every active tenant, once across instances; a tenant whose run
	 * fails does not stop the others.
	 * @param name the job's lock name
	 * @param perTenant the work for one tenant, run in its tenant context
	 * @return whether this instance ran the job (false when another instance held it)
	 */
	public boolean runForEachTenant(String name, TenantJob perTenant) {
		return runForEachTenantCounting(name, (tenant) -> {
			perTenant.run(tenant);
			return 0;
		});
	}

	/**
	 * Like {@link #runForEachTenant}, for a job that tells how many items it processed
	 * for each tenant (reported as the job's items processed).
	 */
	public boolean runForEachTenantCounting(String name, CountingTenantJob perTenant) {
		return runOnce(name, () -> {
			for (Tenant tenant : this.tenants.findAll()) {
				if (!tenant.isActive()) {
					continue;
				}
				try {
					this.metrics.itemsProcessed(name, tenant, perTenant.run(tenant));
				}
				catch (RuntimeException ex) {
					this.metrics.failed(name, tenant);
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
		long started = System.nanoTime();
		try {
			boolean ran = this.executor.executeWithLock(() -> {
				job.run();
				return Boolean.TRUE;
			}, new LockConfiguration(Instant.now(), name, this.lockAtMostFor, Duration.ZERO)).wasExecuted();
			if (ran) {
				this.metrics.roundRan(name, Duration.ofNanos(System.nanoTime() - started));
			}
			else {
				this.metrics.roundSkipped(name);
			}
			return ran;
		}
		catch (RuntimeException | Error ex) {
			this.metrics.failed(name, null);
			throw ex;
		}
		catch (Throwable ex) {
			this.metrics.failed(name, null);
			throw new IllegalStateException(ex);
		}
	}

	/** A job's work for one tenant. */
	@FunctionalInterface
	public interface TenantJob {

		void run(Tenant tenant);

	}

	/** A job's work for one tenant, which tells how many items it processed. */
	@FunctionalInterface
	public interface CountingTenantJob {

		int run(Tenant tenant);

	}

}
