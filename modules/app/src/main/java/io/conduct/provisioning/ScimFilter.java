package io.conduct.provisioning;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filters provisioning clients send to find a user (RFC 7644, section 3.4.2.2):
 * equality on userName, externalId or the e-mail address. Anything else is an
 * {@code invalidFilter}.
 *
 * @param attribute which key
 * @param value the value compared
 */
record ScimFilter(Attribute attribute, String value) {

	private static final Pattern EQUALITY = Pattern.compile(
			"^\\s*([A-Za-z][A-Za-z0-9._:\\[\\]\" ]*?)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.){0,320})\"\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final int MAX_LENGTH = 500;

	/** The attributes a filter compares. */
	enum Attribute {

		USER_NAME, EXTERNAL_ID, EMAIL, DISPLAY_NAME

	}

	static ScimFilter parse(String filter) {
		Matcher matcher = matched(filter, ScimFilter::unsupported);
		String value = valueOf(matcher);
		String name = matcher.group(1).trim().toLowerCase(Locale.ROOT);
		if (name.startsWith(ScimSchemas.CORE_USER.toLowerCase(Locale.ROOT) + ":")) {
			name = name.substring(ScimSchemas.CORE_USER.length() + 1);
		}
		return switch (name) {
			case "username" -> new ScimFilter(Attribute.USER_NAME, value);
			case "externalid" -> new ScimFilter(Attribute.EXTERNAL_ID, value);
			case "emails", "emails.value", "emails[type eq \"work\"].value" -> new ScimFilter(Attribute.EMAIL, value);
			default -> throw unsupported();
		};
	}

	/** A filter of Groups: displayName or externalId equality. */
	static ScimFilter parseGroups(String filter) {
		java.util.function.Supplier<ScimException> unsupported = () -> ScimException
			.invalidFilter("Conduct filters groups by equality only: displayName eq \"...\" or externalId eq \"...\"");
		Matcher matcher = matched(filter, unsupported);
		String name = matcher.group(1).trim().toLowerCase(Locale.ROOT);
		if (name.startsWith(ScimSchemas.CORE_GROUP.toLowerCase(Locale.ROOT) + ":")) {
			name = name.substring(ScimSchemas.CORE_GROUP.length() + 1);
		}
		return switch (name) {
			case "displayname" -> new ScimFilter(Attribute.DISPLAY_NAME, valueOf(matcher));
			case "externalid" -> new ScimFilter(Attribute.EXTERNAL_ID, valueOf(matcher));
			default -> throw unsupported.get();
		};
	}

	private static Matcher matched(String filter, java.util.function.Supplier<ScimException> unsupported) {
		if (filter.length() > MAX_LENGTH) {
			throw ScimException.invalidFilter("The filter takes at most " + MAX_LENGTH + " characters");
		}
		Matcher matcher = EQUALITY.matcher(filter);
		if (!matcher.matches()) {
			throw unsupported.get();
		}
		return matcher;
	}

	private static String valueOf(Matcher matcher) {
		return matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
	}

	static ScimException unsupported() {
		return ScimException.invalidFilter(
				"Conduct filters users by equality only: userName eq \"...\", externalId eq \"...\" or emails.value eq \"...\"");
	}

}
