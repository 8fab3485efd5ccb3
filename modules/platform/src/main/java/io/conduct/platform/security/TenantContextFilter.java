package io.conduct.platform.security;

import java.io.IOException;

import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the authenticated request in its tenant's context: the tenant of the realm that
 * issued the validated token, never a header or an argument.
 */
public class TenantContextFilter extends OncePerRequestFilter {

	private final TenantRegistry registry;

	public TenantContextFilter(TenantRegistry registry) {
		this.registry = registry;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof TenantAuthentication tenantAuthentication)) {
			chain.doFilter(request, response);
			return;
		}
		var tenant = this.registry.findByKey(tenantAuthentication.tenantKey());
		if (tenant.isEmpty() || !tenant.get().isActive()) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		try (TenantContext.Scope scope = TenantContext.enter(tenant.get())) {
			chain.doFilter(request, response);
		}
	}

}
