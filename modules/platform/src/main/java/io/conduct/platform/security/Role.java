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
