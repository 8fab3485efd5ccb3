package io.conduct.platform.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;

/**
 * The identity provider behind the tenants' realms: Keycloak in production and tests, the
 * local issuer in the local profile. Accounts are created, never taken over: an account
 * the realm already has is refused unless this same request created it (its creation
 * key), so a retried onboarding resumes and nobody adopts a stranger's account. Roles are
 * brought in line with the directory, which decides them. Every operation can be retried.
 */
public interface IdentityProvisioning {

	/** The issuer URI that tokens of the tenant's realm carry. */
	String issuerFor(String tenantKey);

	/**
	 * Creates the tenant's realm if missing, and brings its roles, client and policies to
	 * the expected state.
	 * @throws RealmTakenException if a realm of that name exists that Conduct did not
	 * create for this tenant
	 */
	void ensureRealm(Tenant tenant, List<String> redirectUris);

	/**
	 * Creates a new account, with no password: its holder chooses one when enrolling
	 * ({@link #enrol}).
	 * @param creationKey identifies the request creating it: an account made earlier with
	 * the same key (a retry) is returned, any other account with that username or e-mail
	 * address is refused
	 * @return the account's subject
	 * @throws AccountTakenException if the username or e-mail address is another
	 * account's
	 */
	String createAccount(String tenantKey, Account account, String creationKey);

	/**
	 * Asks the account's holder to choose their password and confirm their e-mail address
	 * themself (Keycloak's required actions, sent as an enrolment e-mail): no password
	 * ever passes through an administrator.
	 * @return whether the enrolment e-mail went out (false when the realm could not send
	 * it; it can be sent again)
	 */
	boolean enrol(String tenantKey, String subject);

	void setEnabled(String tenantKey, String subject, boolean enabled);

	/**
	 * Whether nobody ever signed in with the account: it has no credential (its enrolment
	 * e-mail was never followed) and no identity provider is linked to it. Such an
	 * account can give way to the one a provider signs its holder in with.
	 */
	default boolean isUnused(String tenantKey, String subject) {
		return false;
	}

	/**
	 * The account's e-mail address and names follow the directory (an HR system's change
	 * included).
	 * @throws AccountTakenException when another account of the realm has the address
	 */
	void updateContact(String tenantKey, String subject, String email, String firstName, String lastName);

	/**
	 * Brings the account's directory-managed roles ({@link Role#isDirectoryManaged()}) to
	 * exactly those given: grants what is missing, revokes what is extra, touches nothing
	 * else. Running it again changes nothing.
	 * @return what it changed
	 */
	RoleChanges alignRoles(String tenantKey, String subject, Set<Role> intended);

	/** The Conduct roles the account holds in the realm. */
	Set<Role> roles(String tenantKey, String subject);

	/**
	 * Every account of the realm that holds a directory-managed role, with those roles,
	 * for the reconciliation.
	 */
	Map<String, Set<Role>> roleHolders(String tenantKey);

	/**
	 * Takes away the directory-managed roles the realm gives other than by a mapping to
	 * an account: through a group, or contained in another realm role (such as the
	 * realm's default roles), which would give them to people the directory does not
	 * name.
	 * @return what it took away, for the record ({@code group /finance: CFO_CAO})
	 */
	List<String> revokeIndirectGrants(String tenantKey);

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

	/**
	 * What aligning an account's roles changed.
	 *
	 * @param granted roles added in the realm
	 * @param revoked roles removed from it
	 */
	record RoleChanges(Set<Role> granted, Set<Role> revoked) {

		public static final RoleChanges NONE = new RoleChanges(Set.of(), Set.of());

		public RoleChanges {
			granted = Set.copyOf(granted);
			revoked = Set.copyOf(revoked);
		}

		public boolean isEmpty() {
			return this.granted.isEmpty() && this.revoked.isEmpty();
		}

		/** The changes that bring the held roles to the intended ones. */
		public static RoleChanges between(Set<Role> held, Set<Role> intended) {
			Set<Role> granted = new java.util.HashSet<>(intended);
			granted.removeAll(held);
			Set<Role> revoked = new java.util.HashSet<>(held);
			revoked.removeAll(intended);
			granted.removeIf((role) -> !role.isDirectoryManaged());
			revoked.removeIf((role) -> !role.isDirectoryManaged());
			return new RoleChanges(granted, revoked);
		}

	}

}
