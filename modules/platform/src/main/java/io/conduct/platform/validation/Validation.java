package io.conduct.platform.validation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;

/**
 * Collects what is wrong with a mutation's input as {@link UserError}s, field by field,
 * so the user sees every problem at once. Fields are named by their path below
 * {@code input}.
 */
public final class Validation {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final List<UserError> errors = new ArrayList<>();

	public List<UserError> errors() {
		return List.copyOf(this.errors);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public Validation reject(String field, UserErrorCode code, String message) {
		this.errors.add(new UserError(path(field), message, code));
		return this;
	}

	/** A required text of at most {@code maxLength} characters. */
	public boolean text(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			reject(field, UserErrorCode.REQUIRED, "Required");
			return false;
		}
		return optionalText(field, value, maxLength);
	}

	public boolean optionalText(String field, String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			reject(field, UserErrorCode.TOO_LONG, "At most " + maxLength + " characters");
			return false;
		}
		return true;
	}

	public boolean matches(String field, String value, Pattern pattern, String description) {
		if (value == null || !pattern.matcher(value).matches()) {
			reject(field, UserErrorCode.INVALID, "Must be " + description);
			return false;
		}
		return true;
	}

	/** An ISO 3166-1 alpha-2 country code. */
	public boolean country(String field, String value) {
		if (value == null || !COUNTRIES.contains(value)) {
			reject(field, UserErrorCode.INVALID, "Must be an ISO 3166-1 alpha-2 country code, e.g. DE");
			return false;
		}
		return true;
	}

	/** An IANA time zone id (region based, not an offset). */
	public boolean timeZone(String field, String value) {
		try {
			if (value != null && value.contains("/") && ZoneId.getAvailableZoneIds().contains(value)) {
				ZoneId.of(value);
				return true;
			}
		}
		catch (DateTimeException ex) {
			// reported below
		}
		reject(field, UserErrorCode.INVALID, "Must be an IANA time zone, e.g. Europe/Berlin");
		return false;
	}

	/** A well-formed BCP 47 language tag with a known language. */
	public boolean locale(String field, String value) {
		if (value != null && value.length() <= 35) {
			try {
				Locale locale = new Locale.Builder().setLanguageTag(value).build();
				if (!locale.getLanguage().isEmpty()
						&& Arrays.asList(Locale.getISOLanguages()).contains(locale.getLanguage())) {
					return true;
				}
			}
			catch (java.util.IllformedLocaleException ex) {
				// reported below
			}
		}
		reject(field, UserErrorCode.INVALID, "Must be a BCP 47 language tag, e.g. de-DE");
		return false;
	}

	/** An ISO 4217 currency code. */
	public boolean currency(String field, String value) {
		if (value != null && value.length() == 3) {
			try {
				Currency.getInstance(value);
				return true;
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		reject(field, UserErrorCode.INVALID, "Must be an ISO 4217 currency code, e.g. EUR");
		return false;
	}

	public boolean email(String field, String value) {
		if (value == null || value.length() > 254 || !EMAIL.matcher(value).matches()) {
			reject(field, UserErrorCode.INVALID, "Must be an e-mail address");
			return false;
		}
		return true;
	}

	public boolean oneOf(String field, String value, Collection<String> allowed) {
		if (value == null || !allowed.contains(value)) {
			reject(field, UserErrorCode.INVALID, "Must be one of " + String.join(", ", allowed));
			return false;
		}
		return true;
	}

	public boolean range(String field, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			reject(field, UserErrorCode.INVALID, "Must be between " + min + " and " + max);
			return false;
		}
		return true;
	}

	public boolean maxItems(String field, Collection<?> values, int max) {
		if (values != null && values.size() > max) {
			reject(field, UserErrorCode.TOO_MANY, "At most " + max + " entries");
			return false;
		}
		return true;
	}

	private static List<String> path(String field) {
		List<String> path = new ArrayList<>();
		path.add("input");
		if (!field.isEmpty()) {
			path.addAll(Arrays.asList(field.split("\\.")));
		}
		return path;
	}

}
