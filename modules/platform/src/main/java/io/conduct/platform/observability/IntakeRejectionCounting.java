package io.conduct.platform.observability;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Counts the intake's refusals from what it answered, so no domain has to: for every root
 * field that is an intake operation, each user error (by its code) and each error on that
 * field (by its classification) is one rejection. It runs outermost, after
 * {@link io.conduct.platform.graphql.RequestGuardInterceptor} has classified the errors.
 */
class IntakeRejectionCounting implements WebGraphQlInterceptor {

	private final IntakeRejections rejections;

	private final List<String> operations;

	IntakeRejectionCounting(IntakeRejections rejections, ObservabilityProperties properties) {
		this.rejections = rejections;
		this.operations = properties.intakeOperations();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext(this::count);
	}

	private void count(WebGraphQlResponse response) {
		List<RootFields.RootField> fields = response.getExecutionInput()
			.getGraphQLContext()
			.getOrDefault(RootFields.CONTEXT_KEY, List.of());
		Map<String, Object> data = response.getExecutionResult().getData();
		for (RootFields.RootField field : fields) {
			if (!isIntake(field.name())) {
				continue;
			}
			Object payload = (data != null) ? data.get(field.responseKey()) : null;
			if (payload instanceof Map<?, ?> map && map.get("userErrors") instanceof List<?> userErrors) {
				userErrors.stream()
					.map((error) -> (error instanceof Map<?, ?> e) ? e.get("code") : null)
					.map((code) -> Objects.toString(code, "UNKNOWN"))
					.forEach((code) -> this.rejections.record(field.name(), code));
			}
			response.getExecutionResult()
				.getErrors()
				.stream()
				.filter((error) -> isOn(error, field))
				.forEach((error) -> this.rejections.record(field.name(), String.valueOf(error.getErrorType())));
		}
	}

	private static boolean isOn(GraphQLError error, RootFields.RootField field) {
		return error.getPath() != null && !error.getPath().isEmpty()
				&& field.responseKey().equals(error.getPath().get(0));
	}

	boolean isIntake(String name) {
		return this.operations.stream()
			.anyMatch((pattern) -> pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1))
					: name.equals(pattern));
	}

}
