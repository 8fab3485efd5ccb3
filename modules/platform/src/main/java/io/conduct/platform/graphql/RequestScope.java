package io.conduct.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What lives as long as one GraphQL request: values worked out once per request (such as
 * the caller's directory entry) and work done once its result is ready (such as writing
 * the audit entries of what it read, in one write). {@link RequestScopeInterceptor} opens
 * one per request; Micrometer context propagation carries it to data fetchers and batch
 * loaders like the tenant ({@link RequestScopeAccessor}). Outside a GraphQL request there
 * is none: values are worked out each time and work is done at once.
 */
public final class RequestScope {

	private static final ThreadLocal<RequestScope> CURRENT = new ThreadLocal<>();

	private final Map<Object, Object> values = new ConcurrentHashMap<>();

	private final List<Runnable> onResult = new ArrayList<>();

	RequestScope() {
	}

	/** The scope of the GraphQL request this thread works for, if any. */
	public static Optional<RequestScope> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/**
	 * The value under the key (never null), worked out once per request; outside a
	 * request, each time.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T memo(Object key, Supplier<T> value) {
		RequestScope scope = CURRENT.get();
		if (scope == null) {
			return value.get();
		}
		Object found = scope.values.get(key);
		if (found == null) {
			found = value.get();
			scope.values.put(key, found);
		}
		return (T) found;
	}

	/**
	 * The value under the key, made once per request; when the request's result is ready
	 * and before it is sent, {@code whenResultReady} gets it.
	 */
	@SuppressWarnings("unchecked")
	public <T> T attach(Object key, Supplier<T> make, Consumer<T> whenResultReady) {
		synchronized (this.onResult) {
			Object found = this.values.get(key);
			if (found == null) {
				T made = make.get();
				this.values.put(key, made);
				this.onResult.add(() -> whenResultReady.accept(made));
				return made;
			}
			return (T) found;
		}
	}

	/** Runs what waits for the request's result, in the order it was attached. */
	void resultReady() {
		List<Runnable> actions;
		synchronized (this.onResult) {
			actions = List.copyOf(this.onResult);
			this.onResult.clear();
		}
		actions.forEach(Runnable::run);
	}

	static RequestScope get() {
		return CURRENT.get();
	}

	static void set(RequestScope scope) {
		CURRENT.set(scope);
	}

	static void clear() {
		CURRENT.remove();
	}

}
