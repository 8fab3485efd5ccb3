package io.conduct.platform.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import io.conduct.platform.validation.Outcome;

/**
 * Builds mutation payloads: the result under its field name, and {@code userErrors}.
 */
public final class Payload {

	private Payload() {
	}

	public static Map<String, Object> of(String field, Outcome<?> outcome) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put(field, outcome.value());
		payload.put("userErrors", outcome.userErrors());
		return payload;
	}

}
