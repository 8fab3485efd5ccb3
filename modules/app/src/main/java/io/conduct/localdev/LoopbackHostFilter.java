package io.conduct.localdev;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The local run answers only requests addressed to loopback by name: its Host header must
 * be localhost, 127.0.0.1 or [::1], with the port the request came in on. A page on
 * another site that makes the browser resolve its own name to 127.0.0.1 (DNS rebinding)
 * sends its own name as the Host, and gets 403 instead of a demo identity's token.
 */
class LoopbackHostFilter extends OncePerRequestFilter {

	private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isLoopback(request.getHeader("Host"), request.getLocalPort())) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "The local run answers localhost only");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isLoopback(String host, int port) {
		if (host == null) {
			return false;
		}
		String value = host.trim().toLowerCase(Locale.ROOT);
		int colon = value.lastIndexOf(':');
		boolean hasPort = colon > value.lastIndexOf(']');
		String name = hasPort ? value.substring(0, colon) : value;
		String givenPort = hasPort ? value.substring(colon + 1) : "80";
		return LOOPBACK_NAMES.contains(name) && givenPort.equals(String.valueOf(port));
	}

}
