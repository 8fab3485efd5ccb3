package io.conduct.platform.graphql;

import java.util.Optional;
import java.util.function.Function;

/**
 * A domain's way to resolve {@code node(id:)} for one GraphQL type. Implementations apply
 * the same authorization as the domain's own queries: what the caller may not see is
 * empty.
 */
public interface NodeLoader {

	/** The GraphQL type this loader resolves. */
	String typeName();

	Optional<Object> load(String localId);

	/**
	 * A loader for the type from a lookup by local id, which applies the access rules of
	 * the type's own queries.
	 */
	static NodeLoader of(String typeName, Function<String, ? extends Optional<?>> lookup) {
		return new NodeLoader() {

			@Override
			public String typeName() {
				return typeName;
			}

			@Override
			public Optional<Object> load(String localId) {
				return lookup.apply(localId).map(Object.class::cast);
			}

		};
	}

}
