package io.conduct.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id:)}: resolves an opaque global id through the loader of its type.
 * Unknown, malformed or invisible ids all answer {@code null}, so ids reveal nothing.
 */
@Controller
public class NodeController {

	private final Map<String, NodeLoader> loaders;

	public NodeController(List<NodeLoader> loaders) {
		this.loaders = loaders.stream()
			.collect(Collectors.toUnmodifiableMap(NodeLoader::typeName, Function.identity()));
	}

	@QueryMapping
	public Object node(@Argument String id) {
		return GlobalId.decode(id)
			.flatMap((globalId) -> java.util.Optional.ofNullable(this.loaders.get(globalId.type()))
				.flatMap((loader) -> loader.load(globalId.localId())))
			.orElse(null);
	}

}
