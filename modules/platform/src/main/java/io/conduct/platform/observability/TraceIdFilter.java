package io.conduct.platform.observability;

import java.io.IOException;

import io.conduct.platform.tenancy.TenantContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends the request's trace id back as {@value #HEADER} to callers who identified
 * themselves, never to an anonymous one ({@link AnonymousCallerFilter}). The trace is the
 * one Micrometer Tracing started for the request (from the caller's W3C
 * {@code traceparent} where adopted), the same whose id the logs carry
 * ({@value #LOG_KEY}). Runs after the server's observation filter has opened the span.
 */
public class TraceIdFilter extends OncePerRequestFilter {

	/** MDC key of the trace id (Micrometer Tracing's). */
	public static final String LOG_KEY = "traceId";

	/** Response header carrying the trace id. */
	public static final String HEADER = "X-Trace-Id";

	private final Tracer tracer;

	public TraceIdFilter(Tracer tracer) {
		this.tracer = tracer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Span span = this.tracer.currentSpan();
		if (span != null && !AnonymousCallerFilter.isAnonymous(request)) {
			response.setHeader(HEADER, span.context().traceId());
		}
		chain.doFilter(request, response);
	}

	/**
	 * Tags the request's span with its tenant once authentication has set the tenant's
	 * context (runs after the security filters).
	 */
	public static class TenantSpanFilter extends OncePerRequestFilter {

		private final Tracer tracer;

		public TenantSpanFilter(Tracer tracer) {
			this.tracer = tracer;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Span span = this.tracer.currentSpan();
			if (span != null) {
				TenantContext.current()
					.ifPresent((tenant) -> span.tag(GraphQlOperationConvention.TENANT_ATTRIBUTE, tenant.key()));
			}
			chain.doFilter(request, response);
		}

	}

}
