package io.conduct.platform.security;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Runs work of the system itself (seeding, scheduled jobs) through the same role-checked
 * services as people use, as an identified system actor of a tenant, so that method
 * security and audit apply to it too.
 */
public final class SystemActor {

	/** The subject that system work is recorded under. */
	public static final String SUBJECT = "system";

	private SystemActor() {
	}

	/** Runs tenant work as the system, with the roles given, in the tenant's context. */
	public static <T> T callAs(Tenant tenant, Set<Role> roles, Supplier<T> action) {
		try (TenantContext.Scope scope = TenantContext.enter(tenant)) {
			return callAs(tenant.key(), roles, action);
		}
	}

	/**
	 * Runs work as the system of the given tenant without entering a tenant context: for
	 * platform work such as onboarding, done as the operator's tenant.
	 */
	public static <T> T callAs(String tenantKey, Set<Role> roles, Supplier<T> action) {
		return callAs(tenantKey, SUBJECT, "Conduct system", roles, action);
	}

	/**
	 * Runs tenant work on behalf of a named person of the tenant, as that person with the
	 * roles given: for the local run's demo seed only, which acts as the demo
	 * administrator and the demo Board member so that the two-person rule holds there
	 * too.
	 */
	public static <T> T callAsPerson(Tenant tenant, String subject, Set<Role> roles, Supplier<T> action) {
		try (TenantContext.Scope scope = TenantContext.enter(tenant)) {
			return callAs(tenant.key(), subject, subject, roles, action);
		}
	}

	/**
	 * Runs tenant work for a machine client that the tenant's administrator authorised
	 * (an HR system provisioning people), under the client's own subject so that the
	 * audit trail names it, with the roles given, in the tenant's context.
	 */
	public static <T> T callAsClient(Tenant tenant, String subject, String name, Set<Role> roles, Supplier<T> action) {
		try (TenantContext.Scope scope = TenantContext.enter(tenant)) {
			return callAs(tenant.key(), subject, name, roles, action);
		}
	}

	private static <T> T callAs(String tenantKey, String subject, String name, Set<Role> roles, Supplier<T> action) {
		Jwt jwt = Jwt.withTokenValue("system")
			.header("alg", "none")
			.subject(subject)
			.issuer("urn:conduct:system")
			.issuedAt(Instant.now())
			.claims((claims) -> claims.putAll(Map.of("name", name)))
			.build();
		var authentication = new TenantAuthentication(jwt,
				roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList(), tenantKey);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void runAs(Tenant tenant, Set<Role> roles, Runnable action) {
		callAs(tenant, roles, () -> {
			action.run();
			return null;
		});
	}

}
