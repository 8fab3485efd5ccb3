package io.conduct.people;

import java.util.List;

import io.conduct.platform.security.Role;

/**
 * Where a role a person holds comes from: granted in Conduct, given by groups of the
 * tenant's provisioning client, or both.
 *
 * @param role the role
 * @param direct whether it was granted in Conduct (then no group's change takes it away)
 * @param groups the names of the groups that give it, in name order
 */
public record PersonRoleSource(Role role, boolean direct, List<String> groups) {

	public PersonRoleSource {
		groups = List.copyOf(groups);
	}

}
