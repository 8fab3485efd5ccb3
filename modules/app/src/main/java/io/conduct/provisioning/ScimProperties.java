package io.conduct.provisioning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the SCIM endpoints.
 *
 * @param requests requests each tenant's provisioning client makes per window
 * @param failedAttempts requests with a missing or wrong credential admitted per window
 * from one address, before it is refused without looking at the credential
 * @param window the window of both budgets
 * @param maxBodyBytes the largest request body accepted
 * @param maxResults the largest page a list returns
 */
@ConfigurationProperties("conduct.scim")
record ScimProperties(Integer requests, Integer failedAttempts, Duration window, Integer maxBodyBytes,
		Integer maxResults) {

	ScimProperties {
		requests = (requests != null) ? requests : 600;
		failedAttempts = (failedAttempts != null) ? failedAttempts : 20;
		window = (window != null) ? window : Duration.ofMinutes(1);
		maxBodyBytes = (maxBodyBytes != null) ? maxBodyBytes : 64 * 1024;
		maxResults = (maxResults != null) ? maxResults : 200;
	}

}
