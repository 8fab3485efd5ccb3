package io.conduct.provisioning;

/**
 * A SCIM error response (RFC 7644, section 3.12): the HTTP status and, where the RFC
 * defines one, the {@code scimType}.
 */
class ScimException extends RuntimeException {

	private final int status;

	private final String scimType;

	ScimException(int status, String scimType, String detail) {
		super(detail);
		this.status = status;
		this.scimType = scimType;
	}

	static ScimException invalidSyntax(String detail) {
		return new ScimException(400, "invalidSyntax", detail);
	}

	static ScimException invalidValue(String detail) {
		return new ScimException(400, "invalidValue", detail);
	}

	static ScimException invalidPath(String detail) {
		return new ScimException(400, "invalidPath", detail);
	}

	static ScimException invalidFilter(String detail) {
		return new ScimException(400, "invalidFilter", detail);
	}

	static ScimException mutability(String detail) {
		return new ScimException(400, "mutability", detail);
	}

	static ScimException uniqueness(String detail) {
		return new ScimException(409, "uniqueness", detail);
	}

	static ScimException notFound(String detail) {
		return new ScimException(404, null, detail);
	}

	static ScimException preconditionFailed(String detail) {
		return new ScimException(412, null, detail);
	}

	int status() {
		return this.status;
	}

	String scimType() {
		return this.scimType;
	}

	ScimError body() {
		return new ScimError(java.util.List.of(ScimError.SCHEMA), String.valueOf(this.status), this.scimType,
				getMessage());
	}

}
