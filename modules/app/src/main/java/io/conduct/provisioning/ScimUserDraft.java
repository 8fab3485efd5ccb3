package io.conduct.provisioning;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.conduct.people.Person;
import tools.jackson.databind.JsonNode;

/**
 * The attributes of a SCIM User that Conduct keeps, as a client's request changes them:
 * filled from the directory entry, then changed by a resource (POST, PUT) or by PATCH
 * operations. Attribute names are case-insensitive (RFC 7643, section 2.1). An attribute
 * Conduct does not keep is refused, never dropped silently; roles and passwords are never
 * taken from a provisioning client.
 */
final class ScimUserDraft {

	private static final String ENTERPRISE = ScimSchemas.ENTERPRISE_USER.toLowerCase(Locale.ROOT);

	private static final String CORE = ScimSchemas.CORE_USER.toLowerCase(Locale.ROOT);

	private static final Pattern WORK_EMAIL = Pattern
		.compile("^emails\\[\\s*(type\\s+eq\\s+\"work\"|primary\\s+eq\\s+true)\\s*\\]\\.value$");

	private static final int MAX_TEXT = 320;

	String userName;

	String externalId;

	String givenName;

	String familyName;

	String displayName;

	String email;

	Boolean active;

	String title;

	String locale;

	String employeeNumber;

	String department;

	String managerId;

	private ScimUserDraft() {
	}

	static ScimUserDraft empty() {
		ScimUserDraft draft = new ScimUserDraft();
		draft.active = true;
		return draft;
	}

	static ScimUserDraft of(Person person, String externalId) {
		ScimUserDraft draft = new ScimUserDraft();
		draft.userName = person.username();
		draft.externalId = externalId;
		draft.givenName = person.givenName();
		draft.familyName = person.familyName();
		draft.email = person.email();
		draft.active = person.isActive();
		draft.title = person.title();
		draft.locale = person.locale();
		draft.employeeNumber = person.employeeNumber();
		draft.department = person.department();
		draft.managerId = person.supervisorId();
		return draft;
	}

	ScimUserDraft copy() {
		ScimUserDraft copy = new ScimUserDraft();
		copy.userName = this.userName;
		copy.externalId = this.externalId;
		copy.givenName = this.givenName;
		copy.familyName = this.familyName;
		copy.displayName = this.displayName;
		copy.email = this.email;
		copy.active = this.active;
		copy.title = this.title;
		copy.locale = this.locale;
		copy.employeeNumber = this.employeeNumber;
		copy.department = this.department;
		copy.managerId = this.managerId;
		return copy;
	}

	/**
	 * Replaces every attribute a client may write by those of the resource (POST and
	 * PUT): what the resource leaves out is cleared, except the locale, which the
	 * tenant's default fills.
	 */
	void replaceWith(JsonNode resource) {
		if (resource == null || !resource.isObject()) {
			throw ScimException.invalidSyntax("The body is not a SCIM User resource");
		}
		JsonNode schemas = resource.get("schemas");
		if (schemas == null || !schemas.isArray()
				|| schemas.values()
					.stream()
					.noneMatch((s) -> s.isString() && ScimSchemas.CORE_USER.equalsIgnoreCase(s.stringValue()))) {
			throw ScimException.invalidSyntax("schemas must name " + ScimSchemas.CORE_USER);
		}
		this.userName = null;
		this.externalId = null;
		this.givenName = null;
		this.familyName = null;
		this.displayName = null;
		this.email = null;
		this.active = true;
		this.title = null;
		this.employeeNumber = null;
		this.department = null;
		this.managerId = null;
		for (Map.Entry<String, JsonNode> attribute : resource.properties()) {
			set(attribute.getKey(), attribute.getValue(), false);
		}
	}

	/**
	 * Sets the attribute the path names (an attribute name or a PATCH path).
	 * @param inPatch whether the path comes from a PATCH operation (an unknown one is
	 * {@code invalidPath} there, {@code invalidSyntax} in a resource)
	 */
	void set(String path, JsonNode value, boolean inPatch) {
		String attribute = path.trim().toLowerCase(Locale.ROOT);
		if (attribute.startsWith(CORE + ":")) {
			attribute = attribute.substring(CORE.length() + 1);
		}
		if (attribute.equals(ENTERPRISE)) {
			requireObject(path, value).properties()
				.forEach((entry) -> setEnterprise(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue(), inPatch));
			return;
		}
		if (attribute.startsWith(ENTERPRISE + ":")) {
			setEnterprise(attribute.substring(ENTERPRISE.length() + 1), value, inPatch);
			return;
		}
		if (WORK_EMAIL.matcher(attribute).matches()) {
			this.email = requiredText(path, value);
			return;
		}
		switch (attribute) {
			case "schemas", "id", "meta" -> {
				if (inPatch) {
					throw ScimException.mutability(path + " is read-only");
				}
			}
			case "username" -> this.userName = requiredText(path, value);
			case "externalid" -> this.externalId = optionalText(path, value);
			case "name" -> requireObject(path, value).properties()
				.forEach((entry) -> set("name." + entry.getKey(), entry.getValue(), inPatch));
			case "name.givenname" -> this.givenName = optionalText(path, value);
			case "name.familyname" -> this.familyName = optionalText(path, value);
			case "name.formatted", "displayname" -> {
				// derived from the given and family name; a fallback for a missing one
				String text = optionalText(path, value);
				this.displayName = (text != null) ? text : this.displayName;
			}
			case "emails" -> this.email = workEmail(path, value);
			case "active" -> this.active = bool(path, value);
			case "title" -> this.title = optionalText(path, value);
			case "locale", "preferredlanguage" -> {
				String tag = optionalText(path, value);
				this.locale = (tag != null) ? tag.replace('_', '-') : null;
			}
			case "roles", "entitlements", "groups", "x509certificates" ->
				throw ScimException.mutability(path + " is not provisioned: roles are granted in Conduct, "
						+ "handler roles only with the Board's or the Audit Committee's approval");
			case "password" -> throw ScimException
				.mutability("password is not provisioned: each person chooses theirs from the enrolment e-mail");
			default -> throw unknown(path, inPatch);
		}
	}

	/** Clears the attribute the path names (PATCH remove). */
	void remove(String path) {
		String attribute = path.trim().toLowerCase(Locale.ROOT);
		if (attribute.startsWith(CORE + ":")) {
			attribute = attribute.substring(CORE.length() + 1);
		}
		switch (attribute) {
			case "externalid" -> this.externalId = null;
			case "title" -> this.title = null;
			case "locale", "preferredlanguage" -> this.locale = null;
			case "displayname", "name.formatted" -> this.displayName = null;
			default -> {
				if (attribute.equals(ENTERPRISE + ":manager") || attribute.startsWith(ENTERPRISE + ":manager.")) {
					this.managerId = null;
				}
				else if (attribute.equals(ENTERPRISE + ":department")) {
					this.department = null;
				}
				else if (attribute.equals(ENTERPRISE + ":employeenumber")) {
					this.employeeNumber = null;
				}
				else if (attribute.equals("username") || attribute.startsWith("name") || attribute.startsWith("emails")
						|| attribute.equals("active")) {
					throw ScimException.mutability(path + " is required and cannot be removed");
				}
				else {
					throw unknown(path, true);
				}
			}
		}
	}

	private void setEnterprise(String attribute, JsonNode value, boolean inPatch) {
		switch (attribute) {
			case "employeenumber" -> this.employeeNumber = optionalText(attribute, value);
			case "department" -> this.department = optionalText(attribute, value);
			case "manager" -> this.managerId = managerId(value);
			case "manager.value" -> this.managerId = optionalText("manager.value", value);
			default -> throw unknown(ScimSchemas.ENTERPRISE_USER + ":" + attribute, inPatch);
		}
	}

	/**
	 * The manager's id: Entra ID sends it as a plain string in PATCH, others as a complex
	 * value with {@code value}; an empty one clears it.
	 */
	private static String managerId(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isObject()) {
			return optionalText("manager.value", value.get("value"));
		}
		return optionalText("manager", value);
	}

	/** The primary address, else the work one, else the first. */
	private static String workEmail(String path, JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isArray()) {
			throw ScimException.invalidValue(path + " must be a list of e-mail addresses");
		}
		JsonNode chosen = null;
		for (JsonNode address : value.values()) {
			if (!address.isObject()) {
				throw ScimException.invalidValue(path + " must be a list of e-mail addresses");
			}
			for (String key : address.propertyNames()) {
				if (!Objects.equals(key.toLowerCase(Locale.ROOT), "value")
						&& !Objects.equals(key.toLowerCase(Locale.ROOT), "type")
						&& !Objects.equals(key.toLowerCase(Locale.ROOT), "primary")
						&& !Objects.equals(key.toLowerCase(Locale.ROOT), "display")) {
					throw ScimException.invalidSyntax("Unknown attribute emails." + key);
				}
			}
			if (chosen == null || address.path("primary").asBoolean(false)
					|| ("work".equalsIgnoreCase(address.path("type").asString(""))
							&& !chosen.path("primary").asBoolean(false))) {
				chosen = address;
			}
		}
		return (chosen != null) ? requiredText(path + ".value", chosen.get("value")) : null;
	}

	private static JsonNode requireObject(String path, JsonNode value) {
		if (value == null || !value.isObject()) {
			throw ScimException.invalidValue(path + " must be a complex value");
		}
		return value;
	}

	private static String requiredText(String path, JsonNode value) {
		String text = optionalText(path, value);
		if (text == null) {
			throw ScimException.invalidValue(path + " is required");
		}
		return text;
	}

	private static String optionalText(String path, JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw ScimException.invalidValue(path + " must be a string");
		}
		String text = value.stringValue().trim();
		if (text.length() > MAX_TEXT) {
			throw ScimException.invalidValue(path + " takes at most " + MAX_TEXT + " characters");
		}
		return text.isEmpty() ? null : text;
	}

	/** A boolean; Entra ID sends some as the strings "True" and "False". */
	private static Boolean bool(String path, JsonNode value) {
		if (value != null && value.isBoolean()) {
			return value.booleanValue();
		}
		if (value != null && value.isString()
				&& ("true".equalsIgnoreCase(value.stringValue()) || "false".equalsIgnoreCase(value.stringValue()))) {
			return Boolean.parseBoolean(value.stringValue().toLowerCase(Locale.ROOT));
		}
		throw ScimException.invalidValue(path + " must be true or false");
	}

	private static ScimException unknown(String path, boolean inPatch) {
		String detail = "Unknown attribute " + path + ": Conduct keeps userName, externalId, name, displayName, "
				+ "emails, active, title, locale and the enterprise extension's employeeNumber, department and manager";
		return inPatch ? ScimException.invalidPath(detail) : ScimException.invalidSyntax(detail);
	}

	/**
	 * The given name, or the first word of the display name when the client sent only
	 * that.
	 */
	String effectiveGivenName() {
		if (this.givenName != null || this.displayName == null) {
			return this.givenName;
		}
		String[] words = this.displayName.split("\\s+", 2);
		return words[0];
	}

	/**
	 * The family name, or the rest of the display name when the client sent only that.
	 */
	String effectiveFamilyName() {
		if (this.familyName != null || this.displayName == null) {
			return this.familyName;
		}
		String[] words = this.displayName.split("\\s+", 2);
		return (words.length > 1) ? words[1] : words[0];
	}

	/** The e-mail address, or the userName when it is one and no address was sent. */
	String effectiveEmail() {
		return (this.email != null || this.userName == null || !this.userName.contains("@")) ? this.email
				: this.userName;
	}

}
