package io.conduct.localdev;

import java.util.Set;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account of the local issuer's realm of a tenant: the local profile's stand-in for a
 * Keycloak user, in the control database.
 *
 * @param subject the account's identity, the tokens' {@code sub}
 * @param realm the tenant's key
 * @param username sign-in name, lower case
 * @param email e-mail address
 * @param firstName given name
 * @param lastName family name
 * @param passwordHash BCrypt hash of the password
 * @param enabled whether it may sign in
 * @param roles realm roles
 * @param creationKey the key of the request that created it
 */
@Document("local_accounts")
record LocalAccount(@Id String subject, String realm, String username, String email, String firstName, String lastName,
		String passwordHash, boolean enabled, Set<Role> roles, String creationKey) {

	LocalAccount {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

	LocalAccount with(String newPasswordHash, boolean newEnabled, Set<Role> newRoles) {
		return new LocalAccount(this.subject, this.realm, this.username, this.email, this.firstName, this.lastName,
				newPasswordHash, newEnabled, newRoles, this.creationKey);
	}

}
