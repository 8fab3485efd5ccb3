package io.conduct.platform.observability;

import java.util.Set;

import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;

/**
 * The value of a metric's {@code tenant} tag: the tenant's key when it is on the
 * configured allow-list, else {@value #OTHER}; {@value #NONE} outside a tenant's context.
 * A person's id is never a tag.
 */
public final class TenantTags {

	/** The tag key. */
	public static final String KEY = "tenant";

	/** Tenants not on the allow-list. */
	public static final String OTHER = "other";

	/**
	 * Work outside any tenant's context (the public intake before it knows its tenant,
	 * platform work).
	 */
	public static final String NONE = "none";

	private final Set<String> allowed;

	public TenantTags(ObservabilityProperties properties) {
		this.allowed = Set.copyOf(properties.tenantTags());
	}

	public String of(String tenantKey) {
		if (tenantKey == null) {
			return NONE;
		}
		return this.allowed.contains(tenantKey) ? tenantKey : OTHER;
	}

	public String of(Tenant tenant) {
		return of((tenant != null) ? tenant.key() : null);
	}

	/** The tag of the tenant whose context the current thread is in. */
	public String current() {
		return of(TenantContext.current().map(Tenant::key).orElse(null));
	}

}
