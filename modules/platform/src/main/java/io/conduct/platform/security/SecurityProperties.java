package io.conduct.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings.
 *
 * @param operatorTenant key of the operator's tenant, the only one whose realm can grant
 * {@code PLATFORM_ADMIN}
 * @param corsAllowedOrigins origins of the front ends allowed to call the API from a
 * browser
 */
@ConfigurationProperties("conduct.security")
public record SecurityProperties(String operatorTenant, List<String> corsAllowedOrigins) {

	public SecurityProperties {
		corsAllowedOrigins = (corsAllowedOrigins != null) ? List.copyOf(corsAllowedOrigins) : List.of();
	}

}
