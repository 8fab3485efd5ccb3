package io.conduct.people;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a person holds a role only because a group gave it: the person did not hold it
 * when the first group gave it, and no administrator granted it since. Only such a role
 * is taken away when the last group giving it loses the person.
 *
 * @param id person and role
 * @param personId the person
 * @param role the role
 */
@Document("groupGivenRoles")
record GroupGivenRole(@Id String id, String personId, Role role) {

	static String idOf(String personId, Role role) {
		return personId + "|" + role.name();
	}

}
