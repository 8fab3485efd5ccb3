package io.conduct.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * The tenant on whose behalf the current thread works. Set from the validated token for
 * requests, and propagated to data fetchers, batch loaders, async tasks and event
 * listeners through {@link TenantContextAccessor}. The log key {@value #LOG_KEY} carries
 * it.
 */
public final class TenantContext {

	/** MDC key of the current tenant's key. */
	public static final String LOG_KEY = "tenant";

	private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<Tenant> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/**
	 * The current tenant.
	 * @throws NoTenantContextException when there is none
	 */
	public static Tenant required() {
		Tenant tenant = CURRENT.get();
		if (tenant == null) {
			throw new NoTenantContextException();
		}
		return tenant;
	}

	public static void runAs(Tenant tenant, Runnable action) {
		callAs(tenant, () -> {
			action.run();
			return null;
		});
	}

	public static <T> T callAs(Tenant tenant, Supplier<T> action) {
		try (Scope scope = enter(tenant)) {
			return action.get();
		}
	}

	/**
	 * Makes the tenant current until the returned scope is closed, which restores the
	 * previous one.
	 */
	public static Scope enter(Tenant tenant) {
		Tenant previous = CURRENT.get();
		set(tenant);
		return () -> set(previous);
	}

	/** A tenant made current; closing it restores the one before. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	static void set(Tenant tenant) {
		if (tenant == null) {
			clear();
			return;
		}
		CURRENT.set(tenant);
		MDC.put(LOG_KEY, tenant.key());
	}

	static void clear() {
		CURRENT.remove();
		MDC.remove(LOG_KEY);
	}

}
