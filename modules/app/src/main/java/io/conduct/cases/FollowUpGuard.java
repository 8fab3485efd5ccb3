package io.conduct.cases;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits failed follow-up attempts per receipt key: after {@code max-failures} failures
 * within the lock duration, the key is locked for the rest of it. Keyed by tenant and the
 * key's locator, never by anything about the caller.
 */
@Component
class FollowUpGuard {

	private final int maxFailures;

	private final Duration lockDuration;

	private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

	FollowUpGuard(@Value("${conduct.cases.follow-up.max-failures:5}") int maxFailures,
			@Value("${conduct.cases.follow-up.lock-duration:PT15M}") Duration lockDuration) {
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	boolean isLocked(String tenantKey, String locator) {
		Bucket bucket = this.failures.get(tenantKey + '/' + locator);
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	/** Counts a failure; true when it locks the key. */
	boolean failed(String tenantKey, String locator) {
		Bucket bucket = this.failures.computeIfAbsent(tenantKey + '/' + locator, (key) -> newBucket());
		bucket.tryConsume(1);
		return bucket.getAvailableTokens() <= 0;
	}

	Duration lockDuration() {
		return this.lockDuration;
	}

	/** Forgets keys whose failures have all expired. */
	@Scheduled(fixedDelayString = "${conduct.cases.follow-up.lock-duration:PT15M}")
	void forgetExpired() {
		this.failures.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.maxFailures);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.maxFailures)
				.refillIntervally(this.maxFailures, this.lockDuration)
				.build())
			.build();
	}

}
