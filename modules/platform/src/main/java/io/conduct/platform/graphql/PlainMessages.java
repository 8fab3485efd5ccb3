package io.conduct.platform.graphql;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites graphql-java's validation messages for people: a missing required input field
 * reads {@code input.feedback is required}, and no message shows graphql-java's internal
 * rendering of a value ({@code ObjectValue{objectFields=...}}).
 */
final class PlainMessages {

	private static final Pattern MISSING_IN_LITERAL = Pattern.compile(
			"^Validation error \\([^)]*\\) : argument '([\\w.]+)' with value '.*' is missing required fields '\\[(.*)\\]'$",
			Pattern.DOTALL);

	private static final Pattern NULL_IN_VARIABLE = Pattern.compile(
			"^Variable '(\\w+)' has an invalid value: Field '([\\w.]+)' has coerced Null value for NonNull type '.*'$",
			Pattern.DOTALL);

	private static final Pattern INTERNAL_VALUE = Pattern.compile(" with value '[A-Za-z]+Value\\{.*\\}'",
			Pattern.DOTALL);

	/** What some scalars add: their parser's own exception, internal, or 'null'. */
	private static final Pattern SCALAR_CAUSE = Pattern.compile("\\.? because of : '.*'$", Pattern.DOTALL);

	private PlainMessages() {
	}

	static String of(String message) {
		if (message == null) {
			return null;
		}
		Matcher missing = MISSING_IN_LITERAL.matcher(message);
		if (missing.matches()) {
			String argument = missing.group(1);
			return Arrays.stream(missing.group(2).split(","))
				.map(String::trim)
				.filter((field) -> !field.isEmpty())
				.map((field) -> argument + "." + field + " is required")
				.collect(Collectors.joining("; "));
		}
		Matcher nullInVariable = NULL_IN_VARIABLE.matcher(message);
		if (nullInVariable.matches()) {
			return nullInVariable.group(1) + "." + nullInVariable.group(2) + " is required";
		}
		return SCALAR_CAUSE.matcher(INTERNAL_VALUE.matcher(message).replaceAll("")).replaceAll("");
	}

}
