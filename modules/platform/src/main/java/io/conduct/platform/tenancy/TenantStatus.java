package io.conduct.platform.tenancy;

/**
 * Lifecycle of a tenant. Only {@link #ACTIVE} tenants have their issuer trusted.
 */
public enum TenantStatus {

	/** Being onboarded: realm and database are not ready yet. */
	PROVISIONING,

	/** Serving requests. */
	ACTIVE,

	/** Tokens are refused; data is kept. */
	SUSPENDED

}
