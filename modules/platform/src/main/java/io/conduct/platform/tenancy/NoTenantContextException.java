package io.conduct.platform.tenancy;

/**
 * Thrown when code reaches for tenant data outside a tenant context. Tenant data is never
 * reachable without one: this is the fail-closed guard.
 */
public class NoTenantContextException extends IllegalStateException {

	public NoTenantContextException() {
		super("No tenant context: tenant data can only be reached on behalf of a tenant");
	}

}
