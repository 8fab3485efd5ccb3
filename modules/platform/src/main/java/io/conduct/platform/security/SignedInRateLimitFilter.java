package io.conduct.platform.security;

import java.io.IOException;
import java.time.Clock;

import io.conduct.platform.budget.RequestSource;
import io.conduct.platform.budget.SourceBudgets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how many requests each signed-in person makes: a budget per subject of a tenant
 * and period, so that one account (stolen, scripted or buggy) cannot exhaust the API for
 * the others. Requests beyond the budget get 429 with {@code Retry-After}. The budgets
 * are {@link SourceBudgets} of their own, in this instance's memory (bounded, dropped at
 * the end of each period); callers without a token are not counted here: the public
 * intake has budgets of its own.
 */
public class SignedInRateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_TRACKED = 100_000;

	private static final String BUDGET = "signed-in-requests";

	private final SecurityProperties.RateLimit limit;

	private final SourceBudgets budgets;

	public SignedInRateLimitFilter(SecurityProperties.RateLimit limit) {
		this.limit = limit;
		this.budgets = new SourceBudgets(Clock.systemUTC(), limit.period(), MAX_TRACKED);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.limit.isEnabled()
				|| !(SecurityContextHolder.getContext().getAuthentication() instanceof TenantAuthentication caller)) {
			chain.doFilter(request, response);
			return;
		}
		RequestSource source = RequestSource.ofSubject(caller.tenantKey(), caller.getName());
		if (!this.budgets.tryTake(BUDGET, source, this.limit.requests())) {
			long seconds = Math.max(1, this.budgets.untilRefill().toSeconds());
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.sendError(429, "Too many requests");
			return;
		}
		chain.doFilter(request, response);
	}

}
