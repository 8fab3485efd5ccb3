package io.conduct.provisioning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person as a SCIM User resource (RFC 7643, sections 4.1 and 4.3).
 *
 * @param schemas the core schema and the enterprise extension
 * @param id the directory id
 * @param externalId the provisioning client's id
 * @param userName the sign-in name in the tenant's realm
 * @param name given and family name
 * @param displayName given and family name together
 * @param emails the one work address
 * @param active false once offboarded
 * @param title job title
 * @param locale the person's language
 * @param preferredLanguage the same language
 * @param enterprise employee number, department, manager
 * @param meta resource type, times, location, version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScimUserResource(List<String> schemas, String id, String externalId, String userName, Name name,
		String displayName, List<Email> emails, boolean active, String title, String locale, String preferredLanguage,
		@JsonProperty(ScimSchemas.ENTERPRISE_USER) Enterprise enterprise, Meta meta) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Name(String givenName, String familyName, String formatted) {
	}

	record Email(String value, String type, boolean primary) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Enterprise(String employeeNumber, String department, Manager manager) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Manager(String value, @JsonProperty("$ref") String ref) {
	}

	record Meta(String resourceType, String created, String lastModified, String location, String version) {
	}

}
