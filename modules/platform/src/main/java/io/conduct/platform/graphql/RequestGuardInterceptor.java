package io.conduct.platform.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.conduct.platform.errors.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Refuses oversized documents before they are parsed, and gives every error of the
 * response a Conduct {@link ErrorCode}, so that syntax, validation and limit errors share
 * the classification of the rest. Errors from unexpected places lose their message.
 */
public class RequestGuardInterceptor implements WebGraphQlInterceptor {

	private final int maxDocumentCharacters;

	public RequestGuardInterceptor(int maxDocumentCharacters) {
		this.maxDocumentCharacters = maxDocumentCharacters;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String document = request.getDocument();
		if (document != null && document.length() > this.maxDocumentCharacters) {
			GraphQLError error = GraphqlErrorBuilder.newError()
				.errorType(ErrorCode.BAD_REQUEST)
				.message("Document has " + document.length() + " characters, more than the limit of "
						+ this.maxDocumentCharacters)
				.build();
			ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		}
		return chain.next(request).map(this::classify);
	}

	private WebGraphQlResponse classify(WebGraphQlResponse response) {
		if (response.getErrors().isEmpty()) {
			return response;
		}
		List<GraphQLError> errors = response.getExecutionResult().getErrors().stream().map(this::classify).toList();
		return response.transform((builder) -> builder.errors(errors));
	}

	private GraphQLError classify(GraphQLError error) {
		ErrorCode code = GraphQlErrors.codeOf(error);
		boolean hidden = code == ErrorCode.INTERNAL && !hasReference(error);
		var builder = GraphqlErrorBuilder.newError()
			.errorType(code)
			.message(hidden ? "Internal error" : PlainMessages.of(error.getMessage()))
			.locations(error.getLocations());
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		if (error.getExtensions() != null) {
			var extensions = new java.util.LinkedHashMap<>(error.getExtensions());
			extensions.remove("classification");
			builder.extensions(extensions);
		}
		return builder.build();
	}

	private static boolean hasReference(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("reference");
	}

}
