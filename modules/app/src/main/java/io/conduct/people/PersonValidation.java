package io.conduct.people;

import java.util.regex.Pattern;

import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

/**
 * The rules every person entry obeys, whether typed in or imported.
 */
final class PersonValidation {

	static final int NAME_LENGTH = 100;

	static final int TEXT_LENGTH = 150;

	private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("^[A-Za-z0-9._/-]{1,40}$");

	private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@+-]{3,100}$");

	private PersonValidation() {
	}

	static Validation validate(PersonInput input) {
		Validation validation = new Validation();
		validation.text("givenName", input.givenName(), NAME_LENGTH);
		validation.text("familyName", input.familyName(), NAME_LENGTH);
		validation.email("email", input.email());
		if (input.username() != null) {
			validation.matches("username", input.username(), USERNAME,
					"3 to 100 letters, digits or . _ @ + - characters");
		}
		if (input.employeeNumber() != null) {
			validation.matches("employeeNumber", input.employeeNumber(), EMPLOYEE_NUMBER,
					"1 to 40 letters, digits or . _ / - characters");
		}
		if (input.type() == null) {
			validation.reject("type", UserErrorCode.REQUIRED, "Required");
		}
		validation.optionalText("title", input.title(), TEXT_LENGTH);
		validation.optionalText("department", input.department(), TEXT_LENGTH);
		if (input.locale() != null) {
			validation.locale("locale", input.locale());
		}
		if (input.country() != null) {
			validation.country("country", input.country());
		}
		return validation;
	}

}
