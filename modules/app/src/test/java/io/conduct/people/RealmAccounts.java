package io.conduct.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.platform.security.Role;
import io.conduct.testsupport.TestKeycloak;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Looks at, and tampers with, accounts of a test realm as a Keycloak administrator. */
final class RealmAccounts {

	private RealmAccounts() {
	}

	static UserRepresentation user(String realm, String username) {
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			List<UserRepresentation> found = admin.realm(realm).users().searchByUsername(username, true);
			if (found.isEmpty()) {
				throw new AssertionError("No account " + username + " in realm " + realm);
			}
			return found.get(0);
		}
	}

	/** The Conduct roles mapped to the account in the realm. */
	static Set<Role> roles(String realm, String username) {
		String id = user(realm, username).getId();
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			admin.realm(realm)
				.users()
				.get(id)
				.roles()
				.realmLevel()
				.listAll()
				.forEach((r) -> Role.fromRealmRole(r.getName()).ifPresent(roles::add));
			return roles;
		}
	}

	/** A Keycloak administrator maps a role to the account by hand, outside Conduct. */
	static void addByHand(String realm, String username, Role role) {
		String id = user(realm, username).getId();
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			RoleRepresentation representation = admin.realm(realm).roles().get(role.name()).toRepresentation();
			admin.realm(realm).users().get(id).roles().realmLevel().add(List.of(representation));
		}
	}

	/** A Keycloak administrator removes a role from the account by hand. */
	static void removeByHand(String realm, String username, Role role) {
		String id = user(realm, username).getId();
		try (Keycloak admin = TestKeycloak.get().adminClient()) {
			RoleRepresentation representation = admin.realm(realm).roles().get(role.name()).toRepresentation();
			admin.realm(realm).users().get(id).roles().realmLevel().remove(List.of(representation));
		}
	}

	/** A Keycloak administrator creates an account by hand, outside Conduct. */
	static String createByHand(String realm, String username, String email) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEmail(email);
		user.setEnabled(true);
		user.setFirstName("Mal");
		user.setLastName("Lory");
		try (Keycloak admin = TestKeycloak.get().adminClient();
				var response = admin.realm(realm).users().create(user)) {
			return org.keycloak.admin.client.CreatedResponseUtil.getCreatedId(response);
		}
	}

}
