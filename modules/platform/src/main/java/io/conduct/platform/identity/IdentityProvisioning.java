package io.conduct.platform.identity;

import java.util.List;
import java.util.Set;

import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;

/**
 * The identity provider behind the tenants' realms: Keycloak in production and tests, the
 * local issuer in the local profile. Every operation is idempotent, so onboarding and
 * imports can be retried after a failure at any point.
 */
public interface IdentityProvisioning {

	/** The issuer URI that tokens of the tenant's realm carry. */
	String issuerFor(String tenantKey);

	/**
	 * Creates the tenant's realm if missing, and brings its roles, client and policies to
	 * the expected state.
	 */
	void ensureRealm(Tenant tenant, List<String> redirectUris);

	/**
	 * Creates the account if no account with that username exists, and returns its
	 * subject.
	 */
	String ensureAccount(String tenantKey, Account account);

	/** Sets a password that must be changed at the next sign-in. */
	void setTemporaryPassword(String tenantKey, String subject, String temporaryPassword);

	void setEnabled(String tenantKey, String subject, boolean enabled);

	void grantRoles(String tenantKey, String subject, Set<Role> roles);

	void revokeRoles(String tenantKey, String subject, Set<Role> roles);

	/** The Conduct roles the account holds in the realm. */
	Set<Role> roles(String tenantKey, String subject);

	/**
	 * An account of a tenant's realm.
	 *
	 * @param username the sign-in name, unique in the realm
	 * @param email e-mail address
	 * @param firstName given name
	 * @param lastName family name
	 */
	record Account(String username, String email, String firstName, String lastName) {
	}

}
