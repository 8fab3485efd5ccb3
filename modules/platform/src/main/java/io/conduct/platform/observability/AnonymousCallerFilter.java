package io.conduct.platform.observability;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public intake's rule for traces: no trace id is adopted from an anonymous caller (a
 * request without an {@code Authorization} header: the public intake and anything else
 * that comes without a token), so a trace an anonymous reporter's browser, proxy or
 * ingress started cannot be joined to what Conduct records; and none is returned to it
 * ({@link TraceIdFilter}). Such a request gets a trace of its own for the logs. Runs
 * before the server's observation filter, which reads the propagation headers.
 */
public class AnonymousCallerFilter extends OncePerRequestFilter {

	/** Request attribute set (to {@code Boolean.TRUE}) on anonymous requests. */
	public static final String ANONYMOUS = AnonymousCallerFilter.class.getName() + ".anonymous";

	/** Trace context headers of the propagation formats Spring Boot reads (W3C, B3). */
	static final Set<String> PROPAGATION_HEADERS = Set.of("traceparent", "tracestate", "baggage", "b3", "x-b3-traceid",
			"x-b3-spanid", "x-b3-parentspanid", "x-b3-sampled", "x-b3-flags");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(ANONYMOUS, Boolean.TRUE);
		chain.doFilter(new WithoutTraceContext(request), response);
	}

	static boolean isAnonymous(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ANONYMOUS));
	}

	private static final class WithoutTraceContext extends HttpServletRequestWrapper {

		WithoutTraceContext(HttpServletRequest request) {
			super(request);
		}

		private static boolean hidden(String name) {
			return name != null && PROPAGATION_HEADERS.contains(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames());
			return Collections.enumeration(names.stream().filter((name) -> !hidden(name)).toList());
		}

	}

}
