package io.conduct.platform.security;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how many requests each signed-in person makes: one token bucket per subject of a
 * tenant, so that one account (stolen, scripted or buggy) cannot exhaust the API for the
 * others. Requests beyond the budget get 429 with {@code Retry-After}. The buckets live
 * in this instance's memory (bounded, and forgotten when idle); callers without a token
 * are not counted here: the public intake has budgets of its own.
 */
public class SignedInRateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_TRACKED = 100_000;

	private final SecurityProperties.RateLimit limit;

	private final Cache<String, Bucket> buckets;

	public SignedInRateLimitFilter(SecurityProperties.RateLimit limit) {
		this.limit = limit;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(MAX_TRACKED)
			.expireAfterAccess(limit.period().multipliedBy(2))
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.limit.isEnabled()
				|| !(SecurityContextHolder.getContext().getAuthentication() instanceof TenantAuthentication caller)) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = this.buckets.get(caller.tenantKey() + '\n' + caller.getName(), (key) -> newBucket())
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.sendError(429, "Too many requests");
			return;
		}
		chain.doFilter(request, response);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limit.requests())
				.refillGreedy(this.limit.requests(), this.limit.period())
				.build())
			.build();
	}

}
