package io.conduct.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts reports the intake refused ({@value #METRIC}), by operation and reason. Reasons
 * are closed sets (a user error code, an error classification), never free text, so the
 * number of series stays bounded; nothing about the reporter is a tag.
 */
public class IntakeRejections {

	/** The counter's name. */
	public static final String METRIC = "conduct.intake.rejections";

	private final MeterRegistry registry;

	private final TenantTags tenants;

	public IntakeRejections(MeterRegistry registry, TenantTags tenants) {
		this.registry = registry;
		this.tenants = tenants;
	}

	/**
	 * Counts one refusal.
	 * @param operation the intake operation (its root field)
	 * @param reason why: a value of a closed set
	 */
	public void record(String operation, Enum<?> reason) {
		record(operation, reason.name());
	}

	void record(String operation, String reason) {
		Counter.builder(METRIC)
			.description("Reports the intake refused, by operation and reason")
			.tag("operation", operation)
			.tag("reason", reason)
			.tag(TenantTags.KEY, this.tenants.current())
			.register(this.registry)
			.increment();
	}

}
