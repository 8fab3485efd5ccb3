package io.conduct.platform.graphql;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Micrometer context propagation carry the {@link RequestScope} to the threads that
 * run a request's data fetchers and batch loaders. Registered through
 * {@code META-INF/services}.
 */
public class RequestScopeAccessor implements ThreadLocalAccessor<RequestScope> {

	/** The key under which the scope travels in a context snapshot. */
	public static final String KEY = "conduct.request-scope";

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public RequestScope getValue() {
		return RequestScope.get();
	}

	@Override
	public void setValue(RequestScope value) {
		RequestScope.set(value);
	}

	@Override
	public void setValue() {
		RequestScope.clear();
	}

}
