package io.conduct.platform.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a trace id for the logs ({@value #LOG_KEY}) and the
 * {@value #HEADER} response header: the one of a W3C {@code traceparent} header when the
 * caller sent one, else a new one.
 */
public class TraceIdFilter extends OncePerRequestFilter {

	/** MDC key of the trace id. */
	public static final String LOG_KEY = "traceId";

	/** Response header carrying the trace id. */
	public static final String HEADER = "X-Trace-Id";

	private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

	private final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String traceId = traceIdOf(request.getHeader("traceparent"));
		MDC.put(LOG_KEY, traceId);
		response.setHeader(HEADER, traceId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(LOG_KEY);
		}
	}

	private String traceIdOf(String traceparent) {
		if (traceparent != null) {
			var matcher = TRACEPARENT.matcher(traceparent);
			if (matcher.matches()) {
				return matcher.group(1);
			}
		}
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
