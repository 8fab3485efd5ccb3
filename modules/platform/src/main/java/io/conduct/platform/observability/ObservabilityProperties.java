package io.conduct.platform.observability;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the metrics may tell about tenants and which operations are the intake.
 *
 * @param tenantTags the tenants whose key may appear as the {@code tenant} tag of a
 * metric; every other tenant is counted under {@value TenantTags#OTHER}, so the number of
 * series stays bounded however many tenants are onboarded
 * @param intakeOperations the root fields that take reports in (a trailing {@code *}
 * matches a prefix); their refusals are counted as intake rejections
 */
@ConfigurationProperties("conduct.observability")
public record ObservabilityProperties(List<String> tenantTags, List<String> intakeOperations) {

	public ObservabilityProperties {
		tenantTags = (tenantTags != null) ? List.copyOf(tenantTags) : List.of();
		intakeOperations = (intakeOperations != null) ? List.copyOf(intakeOperations)
				: List.of("publicReport*", "reportSubmit");
	}

}
