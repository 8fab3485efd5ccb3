package io.conduct.cases;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.graphql.DocumentFields;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the unauthenticated intake from being used to flood a tenant: one public report
 * operation per request (aliases cannot multiply it), and a rate per intake key (never
 * per address, which is not to be kept).
 */
@Component
class PublicIntakeLimits extends SimplePerformantInstrumentation {

	static final Set<String> PUBLIC_FIELDS = Set.of("publicReportSubmit", "publicReport", "publicReportMessagePost");

	private final int perMinute;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	PublicIntakeLimits(@Value("${conduct.cases.intake.requests-per-minute:120}") int perMinute) {
		this.perMinute = perMinute;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		int publicOperations = DocumentFields.count(parameters.getExecutionContext().getDocument(),
				(field) -> PUBLIC_FIELDS.contains(field.getName()));
		if (publicOperations > 1) {
			throw new AbortExecutionException("At most one public report operation per request");
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** Counts a request to a tenant's public intake; refused beyond the rate. */
	void admit(String tenantKey) {
		Bucket bucket = this.buckets.computeIfAbsent(tenantKey,
				(key) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.perMinute)
						.refillGreedy(this.perMinute, Duration.ofMinutes(1))
						.build())
					.build());
		if (!bucket.tryConsume(1)) {
			throw new ConductException(ErrorCode.UNAVAILABLE,
					"Too many requests to this intake; try again in a minute");
		}
	}

}
