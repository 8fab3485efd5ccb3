package io.conduct.platform.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Spring for GraphQL's request observation ({@code graphql.request}: outcome and
 * operation type), plus the operation's root field ({@code graphql.operation}: bounded by
 * the schema, where the client's operation name is not) and the tenant (allow-listed).
 * The tenant's key is also a span attribute.
 */
class GraphQlOperationConvention extends DefaultExecutionRequestObservationConvention {

	static final String OPERATION = "graphql.operation";

	static final String TENANT_ATTRIBUTE = "conduct.tenant";

	private final TenantTags tenants;

	GraphQlOperationConvention(TenantTags tenants) {
		this.tenants = tenants;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context).and(
				KeyValue.of(OPERATION, RootFields.operationTag(context.getExecutionContext())),
				KeyValue.of(TenantTags.KEY, this.tenants.current()));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
		KeyValues values = super.getHighCardinalityKeyValues(context);
		return io.conduct.platform.tenancy.TenantContext.current()
			.map((tenant) -> values.and(KeyValue.of(TENANT_ATTRIBUTE, tenant.key())))
			.orElse(values);
	}

}
