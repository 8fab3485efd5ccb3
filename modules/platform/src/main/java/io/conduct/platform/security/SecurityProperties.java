package io.conduct.platform.security;

import java.time.Duration;
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
 * @param audience the audience a token must name ({@code aud}) to be accepted: the API
 * itself; onboarding gives Conduct's clients an audience mapper that puts it there
 * @param allowHttpIssuers whether issuers reached over plain http are trusted: only the
 * local run (its issuer is on loopback) and tests set it; everywhere else issuers must be
 * https
 * @param allowLoopbackRedirects whether onboarding accepts
 * {@code http://localhost:<port>} redirect URIs (with a trailing {@code /*}), for front
 * ends on a developer's machine; off in production, where only exact https URIs are
 * accepted
 * @param rateLimit how many requests each signed-in person may make
 */
@ConfigurationProperties("conduct.security")
public record SecurityProperties(String operatorTenant, List<String> corsAllowedOrigins, List<String> acceptedClients,
		String audience, boolean allowHttpIssuers, boolean allowLoopbackRedirects, RateLimit rateLimit) {

	/** The audience of Conduct's API in tokens, unless configured otherwise. */
	public static final String DEFAULT_AUDIENCE = "conduct-api";

	public SecurityProperties {
		corsAllowedOrigins = (corsAllowedOrigins != null) ? List.copyOf(corsAllowedOrigins) : List.of();
		acceptedClients = (acceptedClients != null && !acceptedClients.isEmpty()) ? List.copyOf(acceptedClients)
				: List.of("conduct-web");
		audience = (audience != null && !audience.isBlank()) ? audience : DEFAULT_AUDIENCE;
		rateLimit = (rateLimit != null) ? rateLimit : new RateLimit(null, null);
	}

	/**
	 * The budget of requests of one signed-in person (a subject of a tenant), kept in
	 * each instance's memory: with several instances behind a load balancer a person gets
	 * up to that many per instance.
	 *
	 * @param requests requests allowed per period; 0 switches the limit off
	 * @param period the period over which they refill
	 */
	public record RateLimit(Integer requests, Duration period) {

		public RateLimit {
			requests = (requests != null) ? requests : 600;
			period = (period != null) ? period : Duration.ofMinutes(1);
		}

		public boolean isEnabled() {
			return this.requests > 0;
		}

	}

}
