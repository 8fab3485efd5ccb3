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
 * @param acceptedClients the clients of the tenants' realms whose tokens the API accepts
 * (the token's {@code azp}); a token the realm issued to another application is refused
 */
@ConfigurationProperties("conduct.security")
public record SecurityProperties(String operatorTenant, List<String> corsAllowedOrigins, List<String> acceptedClients) {

	public SecurityProperties {
		corsAllowedOrigins = (corsAllowedOrigins != null) ? List.copyOf(corsAllowedOrigins) : List.of();
		acceptedClients = (acceptedClients != null && !acceptedClients.isEmpty()) ? List.copyOf(acceptedClients)
				: List.of("conduct-web");
	}

}
