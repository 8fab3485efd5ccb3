package io.conduct.provisioning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A group as a SCIM Group resource (RFC 7643, section 4.2).
 *
 * @param schemas the core group schema
 * @param id the SCIM id
 * @param externalId the client's id
 * @param displayName the group's name
 * @param members its members, left out when the client excludes them
 * @param meta resource type, times, location, version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScimGroupResource(List<String> schemas, String id, String externalId, String displayName, List<Member> members,
		ScimUserResource.Meta meta) {

	/**
	 * A member.
	 *
	 * @param value the person's id
	 * @param ref the person's SCIM URL
	 * @param display the person's name
	 * @param type always User
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Member(String value, @JsonProperty("$ref") String ref, String display, String type) {
	}

}
