package io.conduct.people;

import java.time.Instant;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a group of the tenant's provisioning client gives a person a role: one document
 * per person, role and group, so that a role stays while any group still gives it.
 *
 * @param id person, role and group
 * @param personId the person
 * @param role the role the group's name is mapped to
 * @param groupId the group's id
 * @param groupName the group's name, as the administrator sees it
 * @param since when the person joined the group
 */
@Document("groupRoleGrants")
record GroupRoleGrant(@Id String id, String personId, Role role, String groupId, String groupName, Instant since) {

	static String idOf(String personId, Role role, String groupId) {
		return personId + "|" + role.name() + "|" + groupId;
	}

}
