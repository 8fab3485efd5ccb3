package io.conduct.platform.budget;

import java.net.InetSocketAddress;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Puts the request's {@link RequestSource} (its client address, as the servlet container
 * resolved it: behind a trusted proxy, the forwarded one) into the GraphQL context, for
 * budgets per source. The address goes no further than that.
 */
public class RequestSourceInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		InetSocketAddress remote = request.getRemoteAddress();
		RequestSource source = (remote != null) ? RequestSource.ofAddress(remote.getAddress()) : RequestSource.UNKNOWN;
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(RequestSource.CONTEXT_KEY, source)).build());
		return chain.next(request);
	}

}
