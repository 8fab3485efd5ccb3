package io.conduct.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a SCIM PATCH (RFC 7644, section 3.5.2), as the clients send them: the
 * op in any case (Entra ID sends {@code "Replace"}), with a path, or without one and an
 * object of attributes (whose names may be paths themselves, e.g.
 * {@code "name.givenName"}).
 *
 * @param op add, replace or remove
 * @param path the attribute, or null
 * @param value the new value
 */
record ScimPatchOperation(Op op, String path, JsonNode value) {

	private static final int MAX_PATH = 200;

	private static final int MAX_OPERATIONS = 100;

	enum Op {

		ADD, REPLACE, REMOVE

	}

	static ScimPatchOperation of(JsonNode operation) {
		if (operation == null || !operation.isObject()) {
			throw ScimException.invalidSyntax("Each operation is an object with op, path and value");
		}
		String op = null;
		String path = null;
		JsonNode value = null;
		for (Map.Entry<String, JsonNode> field : operation.properties()) {
			switch (field.getKey().toLowerCase(Locale.ROOT)) {
				case "op" -> op = field.getValue().isString() ? field.getValue().stringValue() : null;
				case "path" -> path = field.getValue().isString() ? field.getValue().stringValue() : null;
				case "value" -> value = field.getValue();
				default -> throw ScimException.invalidSyntax("Unknown member " + field.getKey() + " of an operation");
			}
		}
		if (op == null) {
			throw ScimException.invalidSyntax("op must be add, replace or remove");
		}
		Op kind = switch (op.toLowerCase(Locale.ROOT)) {
			case "add" -> Op.ADD;
			case "replace" -> Op.REPLACE;
			case "remove" -> Op.REMOVE;
			default -> throw ScimException.invalidSyntax("op must be add, replace or remove, not " + op);
		};
		if (path != null && (path.isBlank() || path.length() > MAX_PATH)) {
			throw ScimException.invalidPath("The path is empty or too long");
		}
		if (kind == Op.REMOVE && path == null) {
			throw new ScimException(400, "noTarget", "remove needs a path");
		}
		return new ScimPatchOperation(kind, path, value);
	}

	void applyTo(ScimUserDraft draft) {
		if (this.op == Op.REMOVE) {
			draft.remove(this.path);
		}
		else if (this.path != null) {
			draft.set(this.path, this.value, true);
		}
		else {
			if (this.value == null || !this.value.isObject()) {
				throw ScimException.invalidSyntax("An operation without a path takes an object of attributes");
			}
			this.value.properties().forEach((attribute) -> draft.set(attribute.getKey(), attribute.getValue(), true));
		}
	}

	/** The operations of a PatchOp message, checked as a whole first. */
	static List<JsonNode> listOf(JsonNode request) {
		if (request == null || !request.isObject()) {
			throw ScimException.invalidSyntax("The body is not a SCIM PatchOp message");
		}
		JsonNode operations = null;
		for (Map.Entry<String, JsonNode> field : request.properties()) {
			String name = field.getKey();
			if ("operations".equalsIgnoreCase(name)) {
				operations = field.getValue();
			}
			else if (!"schemas".equalsIgnoreCase(name)) {
				throw ScimException.invalidSyntax("Unknown attribute " + name + " of a PatchOp message");
			}
		}
		if (operations == null || !operations.isArray() || operations.isEmpty()) {
			throw ScimException.invalidSyntax("Operations must list at least one operation");
		}
		if (operations.size() > MAX_OPERATIONS) {
			throw ScimException.invalidValue("At most " + MAX_OPERATIONS + " operations per request");
		}
		return new ArrayList<>(operations.values());
	}

}
