package io.conduct.platform.validation;

import java.util.List;

import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;

/**
 * The result of a use case: a value, or what the user must fix.
 *
 * @param <T> the value's type
 * @param value the value, {@code null} when there are user errors
 * @param userErrors what the user must fix; empty on success
 */
public record Outcome<T>(T value, List<UserError> userErrors) {

	public Outcome {
		userErrors = List.copyOf(userErrors);
	}

	public static <T> Outcome<T> of(T value) {
		return new Outcome<>(value, List.of());
	}

	public static <T> Outcome<T> rejected(List<UserError> errors) {
		return new Outcome<>(null, errors);
	}

	public static <T> Outcome<T> rejected(Validation validation) {
		return rejected(validation.errors());
	}

	public static <T> Outcome<T> rejected(String field, UserErrorCode code, String message) {
		return rejected(new Validation().reject(field, code, message));
	}

	public boolean isSuccess() {
		return this.userErrors.isEmpty();
	}

}
