package io.conduct.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The attributes of a SCIM Group that Conduct keeps (its name, the client's id, its
 * members), as a request changes them: a resource (POST, PUT) or PATCH operations the way
 * Entra ID and Okta send them. Unknown attributes are refused.
 */
final class ScimGroupDraft {

	static final int MAX_MEMBERS = 10_000;

	private static final Pattern MEMBER_FILTER = Pattern
		.compile("^members\\[\\s*value\\s+eq\\s+\"([^\"]{1,100})\"\\s*\\]$", Pattern.CASE_INSENSITIVE);

	private static final String CORE = ScimSchemas.CORE_GROUP.toLowerCase(Locale.ROOT);

	String displayName;

	String externalId;

	final Set<String> members = new LinkedHashSet<>();

	static ScimGroupDraft of(ScimGroup group) {
		ScimGroupDraft draft = new ScimGroupDraft();
		draft.displayName = group.displayName();
		draft.externalId = group.externalId();
		draft.members.addAll(group.members());
		return draft;
	}

	static ScimGroupDraft from(JsonNode resource) {
		if (resource == null || !resource.isObject()) {
			throw ScimException.invalidSyntax("The body is not a SCIM Group resource");
		}
		JsonNode schemas = resource.get("schemas");
		if (schemas == null || !schemas.isArray()
				|| schemas.values()
					.stream()
					.noneMatch((s) -> s.isString() && ScimSchemas.CORE_GROUP.equalsIgnoreCase(s.stringValue()))) {
			throw ScimException.invalidSyntax("schemas must name " + ScimSchemas.CORE_GROUP);
		}
		ScimGroupDraft draft = new ScimGroupDraft();
		for (Map.Entry<String, JsonNode> attribute : resource.properties()) {
			switch (name(attribute.getKey())) {
				case "schemas", "id", "meta" -> {
					// the server's own
				}
				default -> draft.set(attribute.getKey(), attribute.getValue(), false);
			}
		}
		if (draft.displayName == null) {
			throw ScimException.invalidValue("displayName is required");
		}
		return draft;
	}

	void apply(ScimPatchOperation operation) {
		String path = operation.path();
		if (path == null) {
			JsonNode value = operation.value();
			if (value == null || !value.isObject() || operation.op() == ScimPatchOperation.Op.REMOVE) {
				throw ScimException.invalidSyntax("An operation without a path takes an object of attributes");
			}
			// Okta replaces the name with {"id": ..., "displayName": ...}
			value.properties().forEach((attribute) -> {
				if (!"id".equals(name(attribute.getKey()))) {
					change(operation.op(), attribute.getKey(), attribute.getValue());
				}
			});
			return;
		}
		Matcher member = MEMBER_FILTER.matcher(path.trim());
		if (member.matches()) {
			if (operation.op() != ScimPatchOperation.Op.REMOVE) {
				throw ScimException.invalidPath("A filtered members path only removes: " + path);
			}
			this.members.remove(member.group(1));
			return;
		}
		if (operation.op() == ScimPatchOperation.Op.REMOVE) {
			switch (name(path)) {
				case "members" -> {
					if (operation.value() == null || operation.value().isNull()) {
						this.members.clear();
					}
					else {
						memberIds(path, operation.value()).forEach(this.members::remove);
					}
				}
				case "externalid" -> this.externalId = null;
				case "displayname" -> throw ScimException.mutability("displayName is required and cannot be removed");
				default -> throw unknown(path, true);
			}
			return;
		}
		change(operation.op(), path, operation.value());
	}

	private void change(ScimPatchOperation.Op op, String path, JsonNode value) {
		if ("members".equals(name(path)) && op == ScimPatchOperation.Op.ADD) {
			this.members.addAll(memberIds(path, value));
			return;
		}
		set(path, value, true);
	}

	private void set(String path, JsonNode value, boolean inPatch) {
		switch (name(path)) {
			case "displayname" -> {
				String text = text(path, value);
				if (text == null) {
					throw ScimException.invalidValue("displayName is required");
				}
				this.displayName = text;
			}
			case "externalid" -> this.externalId = text(path, value);
			case "members" -> {
				this.members.clear();
				this.members.addAll(memberIds(path, value));
			}
			default -> throw unknown(path, inPatch);
		}
	}

	private static String name(String path) {
		String name = path.trim().toLowerCase(Locale.ROOT);
		return name.startsWith(CORE + ":") ? name.substring(CORE.length() + 1) : name;
	}

	private List<String> memberIds(String path, JsonNode value) {
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw ScimException.invalidValue(path + " must be a list of members");
		}
		List<String> ids = new ArrayList<>();
		for (JsonNode member : value.values()) {
			if (!member.isObject()) {
				throw ScimException.invalidValue(path + " must be a list of members with a value");
			}
			for (String key : member.propertyNames()) {
				if (!List.of("value", "$ref", "display", "type").contains(key.toLowerCase(Locale.ROOT))) {
					throw ScimException.invalidSyntax("Unknown attribute members." + key);
				}
			}
			JsonNode type = member.get("type");
			if (type != null && !type.isNull() && !"user".equalsIgnoreCase(type.asString(""))) {
				throw ScimException.invalidValue("A member is a User: groups do not nest");
			}
			String id = text(path + ".value", member.get("value"));
			if (id == null || id.length() > 100) {
				throw ScimException.invalidValue(path + ".value is required");
			}
			ids.add(id);
		}
		return ids;
	}

	private static String text(String path, JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw ScimException.invalidValue(path + " must be a string");
		}
		String text = value.stringValue().trim();
		if (text.length() > 200) {
			throw ScimException.invalidValue(path + " takes at most 200 characters");
		}
		return text.isEmpty() ? null : text;
	}

	private static ScimException unknown(String path, boolean inPatch) {
		String detail = "Unknown attribute " + path + ": Conduct keeps a group's displayName, externalId and members";
		return inPatch ? ScimException.invalidPath(detail) : ScimException.invalidSyntax(detail);
	}

	void checkSize() {
		if (this.members.size() > MAX_MEMBERS) {
			throw ScimException.invalidValue("A group has at most " + MAX_MEMBERS + " members");
		}
	}

}
