package io.conduct.provisioning;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a SCIM request's body up to the limit: a larger one is refused before it is
 * parsed.
 */
@Component
class ScimBodies {

	private final JsonMapper json;

	private final ScimProperties properties;

	ScimBodies(JsonMapper json, ScimProperties properties) {
		this.json = json;
		this.properties = properties;
	}

	JsonNode read(HttpServletRequest request) throws IOException {
		int limit = this.properties.maxBodyBytes();
		if (request.getContentLengthLong() > limit) {
			throw tooLarge(limit);
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes(limit + 1);
		}
		if (bytes.length > limit) {
			throw tooLarge(limit);
		}
		try {
			return this.json.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw ScimException.invalidSyntax("The body is not valid JSON");
		}
	}

	private static ScimException tooLarge(int limit) {
		// RFC 7644 names no scimType for a body too large; 413 says it
		return new ScimException(413, null, "The body is larger than " + limit + " bytes");
	}

}
