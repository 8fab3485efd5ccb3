package io.conduct.provisioning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a SCIM error response.
 *
 * @param schemas the error message schema
 * @param status the HTTP status, as a string (RFC 7644)
 * @param scimType the kind of error, where the RFC names one
 * @param detail what is wrong, for a person to read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScimError(List<String> schemas, String status, String scimType, String detail) {

	static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

}
