package io.conduct.provisioning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One attribute of a SCIM schema as {@code /Schemas} describes it (RFC 7643, section 7):
 * what a client may send, what the server keeps unique and what it returns.
 *
 * @param name the attribute's name
 * @param type string, boolean, complex or reference
 * @param multiValued whether it is a list
 * @param description what it means in Conduct
 * @param required whether a resource needs it
 * @param caseExact whether values compare case-sensitively
 * @param mutability readOnly, readWrite, immutable or writeOnly
 * @param returned always, never, default or request
 * @param uniqueness none, server or global
 * @param canonicalValues the values it takes, where they are a closed set
 * @param referenceTypes what a reference names
 * @param subAttributes a complex attribute's own attributes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScimAttribute(String name, String type, boolean multiValued, String description, boolean required,
		boolean caseExact, String mutability, String returned, String uniqueness, List<String> canonicalValues,
		List<String> referenceTypes, List<ScimAttribute> subAttributes) {

	static ScimAttribute string(String name, String description) {
		return new ScimAttribute(name, "string", false, description, false, false, "readWrite", "default", "none", null,
				null, null);
	}

	static ScimAttribute bool(String name, String description) {
		return new ScimAttribute(name, "boolean", false, description, false, false, "readWrite", "default", null, null,
				null, null);
	}

	static ScimAttribute reference(String name, String description, String... types) {
		return new ScimAttribute(name, "reference", false, description, false, false, "readWrite", "default", null,
				null, List.of(types), null);
	}

	static ScimAttribute complex(String name, String description, boolean multiValued, ScimAttribute... sub) {
		return new ScimAttribute(name, "complex", multiValued, description, false, false, "readWrite", "default", null,
				null, null, List.of(sub));
	}

	ScimAttribute asRequired() {
		return new ScimAttribute(this.name, this.type, this.multiValued, this.description, true, this.caseExact,
				this.mutability, this.returned, this.uniqueness, this.canonicalValues, this.referenceTypes,
				this.subAttributes);
	}

	ScimAttribute withMutability(String value) {
		return new ScimAttribute(this.name, this.type, this.multiValued, this.description, this.required,
				this.caseExact, value, this.returned, this.uniqueness, this.canonicalValues, this.referenceTypes,
				this.subAttributes);
	}

	ScimAttribute withReturned(String value) {
		return new ScimAttribute(this.name, this.type, this.multiValued, this.description, this.required,
				this.caseExact, this.mutability, value, this.uniqueness, this.canonicalValues, this.referenceTypes,
				this.subAttributes);
	}

	ScimAttribute uniqueServer() {
		return new ScimAttribute(this.name, this.type, this.multiValued, this.description, this.required,
				this.caseExact, this.mutability, this.returned, "server", this.canonicalValues, this.referenceTypes,
				this.subAttributes);
	}

	ScimAttribute canonical(String... values) {
		return new ScimAttribute(this.name, this.type, this.multiValued, this.description, this.required,
				this.caseExact, this.mutability, this.returned, this.uniqueness, List.of(values), this.referenceTypes,
				this.subAttributes);
	}

}
