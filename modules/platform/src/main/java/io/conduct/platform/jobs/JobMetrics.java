package io.conduct.platform.jobs;

import java.time.Duration;

import io.conduct.platform.tenancy.Tenant;

/**
 * What {@link ClusterJobs} reports about the rounds it runs: rounds run or skipped
 * (another instance held the lock), how long they took, items processed and failures, per
 * tenant where a tenant is known.
 */
public interface JobMetrics {

	/** Reports nothing. */
	JobMetrics NONE = new JobMetrics() {
	};

	/** This instance ran a round of the job. */
	default void roundRan(String job, Duration took) {
	}

	/** Another instance held the job's lock: this instance skipped the round. */
	default void roundSkipped(String job) {
	}

	/** A round (or a tenant's part of it) failed. */
	default void failed(String job, Tenant tenant) {
	}

	/** A tenant's part of a round processed this many items. */
	default void itemsProcessed(String job, Tenant tenant, int items) {
	}

}
