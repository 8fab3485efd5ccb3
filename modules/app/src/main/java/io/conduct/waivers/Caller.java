package io.conduct.waivers;

import java.util.Set;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.TenantAuthentication;

/**
 * Who is acting: their identity, their roles in the token, and their directory entry if
 * they have one (people deciding are recorded by it and compared with the requester).
 *
 * @param subject the token's subject
 * @param person their directory entry, or {@code null}
 * @param name their name for the record
 * @param roles their roles
 */
record Caller(String subject, Person person, String name, Set<Role> roles) {

	static Caller current(PeopleDirectory people) {
		TenantAuthentication authentication = CurrentUser.required();
		Person person = people.findCaller().orElse(null);
		String claimed = authentication.getToken().getClaimAsString("name");
		String name = (person != null) ? person.displayName()
				: (claimed != null && !claimed.isBlank()) ? claimed : authentication.getName();
		return new Caller(authentication.getName(), person, name, authentication.roles());
	}

	String personId() {
		return (this.person != null) ? this.person.id() : null;
	}

	boolean has(Role role) {
		return this.roles.contains(role);
	}

}
