package io.conduct.platform.tenancy;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Micrometer context propagation carry the tenant across threads: Spring for GraphQL
 * uses it for data fetchers and batch loaders, and the context-propagating task decorator
 * for async tasks and event listeners. Registered through {@code META-INF/services}.
 */
public class TenantContextAccessor implements ThreadLocalAccessor<Tenant> {

	/** The key under which the tenant travels in a context snapshot. */
	public static final String KEY = "conduct.tenant";

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public Tenant getValue() {
		return TenantContext.current().orElse(null);
	}

	@Override
	public void setValue(Tenant value) {
		TenantContext.set(value);
	}

	@Override
	public void setValue() {
		TenantContext.clear();
	}

}
