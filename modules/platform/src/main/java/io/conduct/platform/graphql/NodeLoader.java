package io.conduct.platform.graphql;

import java.util.Optional;

/**
 * A domain's way to resolve {@code node(id:)} for one GraphQL type. Implementations apply
 * the same authorization as the domain's own queries: what the caller may not see is
 * empty.
 */
public interface NodeLoader {

	/** The GraphQL type this loader resolves. */
	String typeName();

	Optional<Object> load(String localId);

}
