package io.conduct.platform.observability;

import java.time.Duration;

import io.conduct.platform.jobs.JobMetrics;
import io.conduct.platform.tenancy.Tenant;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The scheduled jobs' metrics: {@code conduct.jobs.rounds} (result ran or skipped),
 * {@code conduct.jobs.round.duration}, {@code conduct.jobs.items} and
 * {@code conduct.jobs.failures}, tagged with the job and (allow-listed) tenant.
 */
class MicrometerJobMetrics implements JobMetrics {

	private final MeterRegistry registry;

	private final TenantTags tenants;

	MicrometerJobMetrics(MeterRegistry registry, TenantTags tenants) {
		this.registry = registry;
		this.tenants = tenants;
	}

	@Override
	public void roundRan(String job, Duration took) {
		rounds(job, "ran").increment();
		Timer.builder("conduct.jobs.round.duration")
			.description("How long this instance's rounds of a scheduled job took")
			.tag("job", job)
			.register(this.registry)
			.record(took);
	}

	@Override
	public void roundSkipped(String job) {
		rounds(job, "skipped").increment();
	}

	@Override
	public void failed(String job, Tenant tenant) {
		Counter.builder("conduct.jobs.failures")
			.description("Rounds of a scheduled job, or a tenant's part of one, that failed")
			.tag("job", job)
			.tag(TenantTags.KEY, this.tenants.of(tenant))
			.register(this.registry)
			.increment();
	}

	@Override
	public void itemsProcessed(String job, Tenant tenant, int items) {
		Counter.builder("conduct.jobs.items")
			.description("Items a scheduled job processed")
			.tag("job", job)
			.tag(TenantTags.KEY, this.tenants.of(tenant))
			.register(this.registry)
			.increment(items);
	}

	private Counter rounds(String job, String result) {
		return Counter.builder("conduct.jobs.rounds")
			.description("Rounds of a scheduled job: ran on this instance, or skipped because another held its lock")
			.tag("job", job)
			.tag("result", result)
			.register(this.registry);
	}

}
