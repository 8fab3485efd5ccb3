package io.conduct.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Conduct, granted per tenant as Keycloak realm roles of the tenant's realm.
 */
public enum Role {

	/** Everyone who works for the tenant. */
	EMPLOYEE,

	/** Receives reports from the people they supervise and passes them on at once. */
	SUPERVISOR,

	/**
	 * Chief Financial Officer or Chief Accounting Officer: the Code's compliance officer.
	 */
	CFO_CAO,

	/** Receives reports of violations of law. */
	TREASURER,

	/** Chief Executive Officer. */
	CEO,

	/** Member of the Board of Directors. */
	BOARD,

	/** Member of the Audit Committee. */
	AUDIT_COMMITTEE,

	/** Authorized to answer media, analysts, investors and security holders. */
	SPOKESPERSON,

	/** Administers the tenant's people and roles. */
	TENANT_ADMIN,

	/** The operator's administrator: onboards and suspends tenants. */
	PLATFORM_ADMIN;

	/**
	 * Whether the role handles reports or decides what the Code gives to its officers and
	 * its Board: a tenant administrator cannot grant it alone (the Board or the Audit
	 * Committee approves each grant), and its holders sign in with a second factor.
	 */
	public boolean isHandler() {
		return switch (this) {
			case CFO_CAO, TREASURER, CEO, BOARD, AUDIT_COMMITTEE -> true;
			default -> false;
		};
	}

	/**
	 * Whether its holders must sign in with a second factor: the handlers, and the
	 * administrators, who decide who holds roles.
	 */
	public boolean requiresSecondFactor() {
		return isHandler() || this == TENANT_ADMIN || this == PLATFORM_ADMIN;
	}

	/**
	 * Whether the tenant's directory decides who holds it: every role but the operator's,
	 * which the operator grants in its own realm.
	 */
	public boolean isDirectoryManaged() {
		return this != PLATFORM_ADMIN;
	}

	/** Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<Role> fromRealmRole(String realmRole) {
		return Arrays.stream(values()).filter((role) -> role.name().equals(realmRole)).findFirst();
	}

	public static Optional<Role> fromAuthority(String authority) {
		return authority.startsWith("ROLE_") ? fromRealmRole(authority.substring(5)) : Optional.empty();
	}

}
