package io.conduct.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection: a page of nodes with cursors and page info.
 *
 * @param <T> the node type
 * @param edges the nodes of the page, with cursors
 * @param pageInfo where the page stands
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

	/**
	 * Builds a connection from a page of nodes and their cursors.
	 */
	public static <T, N> Connection<T> of(List<N> nodes, List<String> cursors, Function<N, T> mapper,
			boolean hasNextPage, boolean hasPreviousPage) {
		List<Edge<T>> edges = new ArrayList<>(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			edges.add(new Edge<>(cursors.get(i), mapper.apply(nodes.get(i))));
		}
		String start = cursors.isEmpty() ? null : cursors.get(0);
		String end = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
		return new Connection<>(edges, new PageInfo(hasNextPage, hasPreviousPage, start, end));
	}

	/**
	 * A node with its cursor.
	 *
	 * @param <T> the node type
	 * @param cursor where to continue after this node
	 * @param node the node
	 */
	public record Edge<T>(String cursor, T node) {
	}

	/**
	 * Pagination state.
	 *
	 * @param hasNextPage whether more follow
	 * @param hasPreviousPage whether the page started after a cursor
	 * @param startCursor cursor of the first edge
	 * @param endCursor cursor of the last edge
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
