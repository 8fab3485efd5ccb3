package io.conduct.provisioning;

import java.util.List;

/**
 * A schema as {@code /Schemas} serves it (RFC 7643, section 7).
 *
 * @param schemas the schema of schema definitions
 * @param id the schema's URN
 * @param name its short name
 * @param description what it describes in Conduct
 * @param attributes the attributes Conduct keeps, and only those
 * @param meta resource type and location
 */
record ScimSchemaResource(List<String> schemas, String id, String name, String description,
		List<ScimAttribute> attributes, Meta meta) {

	static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

	ScimSchemaResource located(String base) {
		return new ScimSchemaResource(this.schemas, this.id, this.name, this.description, this.attributes,
				new Meta("Schema", base + "/Schemas/" + this.id));
	}

	/**
	 * Where the schema is.
	 *
	 * @param resourceType always Schema
	 * @param location its URL
	 */
	record Meta(String resourceType, String location) {
	}

}
