package io.conduct.provisioning;

/** The SCIM schema URNs Conduct speaks. */
final class ScimSchemas {

	static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

	static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

	static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

	static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	private ScimSchemas() {
	}

}
