package io.conduct.platform.security;

/**
 * Method-security expressions shared by the domains, as constants for annotations.
 */
public final class Authorities {

	/** Any person of a tenant, whatever their role. */
	public static final String ANY_ROLE = "hasAnyRole('EMPLOYEE', 'SUPERVISOR', 'CFO_CAO', 'TREASURER', 'CEO', 'BOARD', "
			+ "'AUDIT_COMMITTEE', 'SPOKESPERSON', 'TENANT_ADMIN', 'PLATFORM_ADMIN')";

	/** The operator's administrator. */
	public static final String PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";

	private Authorities() {
	}

}
