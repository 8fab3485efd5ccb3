package io.conduct.platform.graphql;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import io.conduct.platform.errors.ErrorCode;

/**
 * Maps graphql-java's own classifications (syntax, validation, aborted execution) to
 * {@link ErrorCode}s, so that clients see one vocabulary.
 */
final class GraphQlErrors {

	private static final Map<String, ErrorCode> BY_GRAPHQL_CLASSIFICATION = Map.ofEntries(
			Map.entry("InvalidSyntax", ErrorCode.BAD_REQUEST), Map.entry("ValidationError", ErrorCode.BAD_REQUEST),
			Map.entry("OperationNotSupported", ErrorCode.BAD_REQUEST),
			Map.entry("ExecutionAborted", ErrorCode.BAD_REQUEST), Map.entry("BAD_REQUEST", ErrorCode.BAD_REQUEST),
			Map.entry("UNAUTHORIZED", ErrorCode.UNAUTHENTICATED), Map.entry("FORBIDDEN", ErrorCode.FORBIDDEN),
			Map.entry("NOT_FOUND", ErrorCode.NOT_FOUND), Map.entry("DataFetchingException", ErrorCode.INTERNAL),
			Map.entry("INTERNAL_ERROR", ErrorCode.INTERNAL),
			Map.entry("NullValueInNonNullableField", ErrorCode.INTERNAL));

	private GraphQlErrors() {
	}

	static ErrorCode codeOf(GraphQLError error) {
		ErrorClassification classification = error.getErrorType();
		if (classification instanceof ErrorCode code) {
			return code;
		}
		Object extension = (error.getExtensions() != null) ? error.getExtensions().get("classification") : null;
		String name = (extension != null) ? extension.toString()
				: (classification != null) ? classification.toString() : "";
		for (ErrorCode code : ErrorCode.values()) {
			if (code.name().equals(name)) {
				return code;
			}
		}
		return BY_GRAPHQL_CLASSIFICATION.getOrDefault(name, ErrorCode.INTERNAL);
	}

}
