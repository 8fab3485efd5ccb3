package io.conduct.provisioning;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A group of the tenant's provisioning client, in one document: its name (which the
 * tenant's mapping turns into a role) and its members' directory ids.
 *
 * @param id the SCIM id
 * @param displayName the group's name
 * @param nameKey the name in lower case, unique in the tenant
 * @param externalId the client's id
 * @param members the members' ids, in the order they joined
 * @param createdAt when the client created it
 * @param updatedAt when it last changed
 * @param version optimistic lock, also the ETag
 */
@Document("scimGroups")
record ScimGroup(@Id String id, String displayName, String nameKey, String externalId, List<String> members,
		Instant createdAt, Instant updatedAt, @Version Long version) {

	ScimGroup {
		members = (members != null) ? List.copyOf(members) : List.of();
	}

}
