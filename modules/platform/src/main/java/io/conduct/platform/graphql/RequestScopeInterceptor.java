package io.conduct.platform.graphql;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Opens a {@link RequestScope} for each GraphQL request and, once the result is ready and
 * before it is sent, runs what waits for it (such as the audit write of what the request
 * read). If that fails the request fails: nothing is shown that could not be recorded.
 */
public class RequestScopeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.defer(() -> {
			RequestScope scope = new RequestScope();
			return chain.next(request)
				.contextWrite((context) -> context.put(RequestScopeAccessor.KEY, scope))
				.map((response) -> {
					scope.resultReady();
					return response;
				});
		});
	}

}
