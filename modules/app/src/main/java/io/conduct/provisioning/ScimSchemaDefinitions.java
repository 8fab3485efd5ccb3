package io.conduct.provisioning;

import java.util.List;
import java.util.Optional;

import static io.conduct.provisioning.ScimAttribute.bool;
import static io.conduct.provisioning.ScimAttribute.complex;
import static io.conduct.provisioning.ScimAttribute.reference;
import static io.conduct.provisioning.ScimAttribute.string;

/**
 * The schemas Conduct's SCIM service speaks, with exactly the attributes it keeps: what a
 * client reads here is what the endpoints accept ({@link ScimUserDraft}), and an
 * attribute left out is refused, never dropped. The common attributes {@code id},
 * {@code externalId} and {@code meta} belong to every resource and are not repeated (RFC
 * 7643, section 3.1).
 */
final class ScimSchemaDefinitions {

	static final List<ScimSchemaResource> ALL = List.of(user(), group(), enterpriseUser());

	private ScimSchemaDefinitions() {
	}

	static Optional<ScimSchemaResource> find(String id) {
		return ALL.stream().filter((schema) -> schema.id().equalsIgnoreCase(id)).findFirst();
	}

	private static ScimSchemaResource user() {
		return schema(ScimSchemas.CORE_USER, "User",
				"A person of the tenant's directory; roles and passwords are never provisioned",
				string("userName", "The person's sign-in name in the tenant's realm; set once").asRequired()
					.withMutability("immutable")
					.uniqueServer(),
				complex("name", "The person's name", false, string("givenName", "Given name"),
						string("familyName", "Family name"),
						string("formatted", "The whole name, used only where given or family name is missing")),
				string("displayName", "The name shown, used only where given or family name is missing"),
				complex("emails", "The person's work address (one is kept: the primary, else the work one)", true,
						string("value", "The address").uniqueServer(),
						string("type", "The kind of address").canonical("work", "home", "other"),
						bool("primary", "Whether it is the primary address"),
						string("display", "Accepted and not kept").withReturned("never")),
				bool("active",
						"False once the person is offboarded (their records are kept); offboarding is final here"),
				string("title", "Job title"), string("locale", "The person's language (a language tag)"),
				string("preferredLanguage", "The person's language, the same value as locale"));
	}

	private static ScimSchemaResource enterpriseUser() {
		return schema(ScimSchemas.ENTERPRISE_USER, "EnterpriseUser", "The enterprise extension of a User",
				string("employeeNumber", "The directory's employee number").uniqueServer(),
				string("department", "The department"),
				complex("manager",
						"The person's supervisor in the directory (a cycle in the reporting line is refused)", false,
						string("value", "The supervisor's id"),
						reference("$ref", "The supervisor's URL, returned and not read", "User")));
	}

	private static ScimSchemaResource group() {
		return schema(ScimSchemas.CORE_GROUP, "Group",
				"A group of provisioned people; membership gives the role the tenant maps the group's name to "
						+ "(identityProviderGroupRolesSet), and a group whose name is not mapped gives none",
				string("displayName", "The group's name, as the mapping names it").asRequired().uniqueServer(),
				complex("members", "The group's members: people the client provisioned", true,
						string("value", "The member's id").withMutability("immutable"),
						reference("$ref", "The member's URL, returned and not read", "User").withMutability(
								"immutable"),
						string("display", "The member's name").withMutability("readOnly"),
						string("type", "The kind of member").canonical("User").withMutability("immutable")));
	}

	private static ScimSchemaResource schema(String id, String name, String description, ScimAttribute... attributes) {
		return new ScimSchemaResource(List.of(ScimSchemaResource.SCHEMA), id, name, description, List.of(attributes),
				null);
	}

}
