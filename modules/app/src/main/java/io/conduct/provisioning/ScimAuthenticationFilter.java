package io.conduct.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conduct.platform.budget.RequestSource;
import io.conduct.platform.budget.SourceBudgets;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits a SCIM request with the current credential of the tenant its path names, and
 * only then: a credential of another tenant, a rotated one or none gets 401. Admitted
 * requests run as the tenant's provisioning client (its own subject in the audit trail),
 * with the people module's administration rights; each tenant's client has a budget of
 * requests per window, and failed attempts from one address another, so that neither a
 * runaway sync nor guessing exhausts the service (429 with {@code Retry-After}).
 */
class ScimAuthenticationFilter extends OncePerRequestFilter {

	private static final Pattern TENANT_PATH = Pattern.compile("^/scim/v2/([a-z0-9][a-z0-9-]{0,62})(/.*)?$");

	private static final String REQUESTS = "scim-requests";

	private static final String FAILURES = "scim-failed-attempts";

	private static final int MAX_TRACKED = 100_000;

	private final TenantRegistry registry;

	private final ScimCredentials credentials;

	private final ScimProperties properties;

	private final JsonMapper json;

	private final SourceBudgets budgets;

	ScimAuthenticationFilter(TenantRegistry registry, ScimCredentials credentials, ScimProperties properties,
			JsonMapper json) {
		this.registry = registry;
		this.credentials = credentials;
		this.properties = properties;
		this.json = json;
		this.budgets = new SourceBudgets(Clock.systemUTC(), properties.window(), MAX_TRACKED);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestSource address = addressOf(request);
		if (this.budgets.isSpent(FAILURES, address, this.properties.failedAttempts())) {
			refuse(response, 429, "Too many failed attempts: wait and retry");
			return;
		}
		Matcher path = TENANT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		Optional<Tenant> tenant = path.matches() ? this.registry.findByKey(path.group(1)) : Optional.empty();
		String header = request.getHeader("Authorization");
		String presented = (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7))
				? header.substring(7).trim() : null;
		Optional<StoredScimCredential> credential = tenant.filter(Tenant::isActive)
			.flatMap((t) -> TenantContext.callAs(t, () -> this.credentials.authenticate(presented)));
		if (credential.isEmpty()) {
			this.budgets.tryTake(FAILURES, address, this.properties.failedAttempts());
			response.setHeader("WWW-Authenticate", "Bearer realm=\"scim\"");
			refuse(response, 401, "A valid SCIM credential of this tenant is required");
			return;
		}
		if (!this.budgets.tryTake(REQUESTS, RequestSource.ofSubject(tenant.get().key(), "scim"),
				this.properties.requests())) {
			refuse(response, 429, "Too many requests: wait and retry");
			return;
		}
		try {
			SystemActor.callAsClient(tenant.get(), "scim:" + credential.get().credentialId(),
					"SCIM client " + credential.get().label(), Set.of(Role.TENANT_ADMIN), () -> {
						try {
							chain.doFilter(request, response);
							return null;
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						catch (ServletException ex) {
							throw new IllegalStateException(ex);
						}
					});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static RequestSource addressOf(HttpServletRequest request) {
		try {
			return RequestSource.ofAddress(java.net.InetAddress.getByName(request.getRemoteAddr()));
		}
		catch (java.net.UnknownHostException ex) {
			return RequestSource.UNKNOWN;
		}
	}

	private void refuse(HttpServletResponse response, int status, String detail) throws IOException {
		if (status == 429) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, this.budgets.untilRefill().toSeconds())));
		}
		response.setStatus(status);
		response.setContentType("application/scim+json");
		this.json.writeValue(response.getOutputStream(), new ScimException(status, null, detail).body());
	}

}
