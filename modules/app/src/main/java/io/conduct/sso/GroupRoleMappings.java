package io.conduct.sso;

import java.util.EnumSet;
import java.util.Set;

import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The current tenant's mapping of named groups to roles, as its administrator set it with
 * {@code identityProviderGroupRolesSet}, read-only: the one mapping that both a
 * provider's sign-in and the provisioning client's groups follow. A name mapped by
 * several of the tenant's providers gives each role they map it to; names match exactly.
 */
@Service
public class GroupRoleMappings {

	private final MongoTemplate tenantData;

	GroupRoleMappings(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	/** The roles the group's name is mapped to; none when it is not mapped. */
	public Set<Role> rolesOf(String groupName) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (groupName == null) {
			return roles;
		}
		String name = groupName.trim();
		this.tenantData
			.find(Query.query(Criteria.where("tenantKey").is(TenantContext.required().key())),
					IdentityProviderConnection.class)
			.forEach((connection) -> connection.groupRoles()
				.stream()
				.filter((mapping) -> mapping.group().equals(name) && IdentityProviders.isMappable(mapping.role()))
				.forEach((mapping) -> roles.add(mapping.role())));
		return roles;
	}

}
