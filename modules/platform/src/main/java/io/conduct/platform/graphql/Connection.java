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
	 * A page read with {@link Paging#probe()} records: the extra one, if read, only tells
	 * that another page follows.
	 * @param probed the records read, at most one more than the page
	 * @param paging the page asked for
	 * @param cursor each record's cursor
	 */
	public static <T> Connection<T> of(List<T> probed, Paging paging, Function<T, String> cursor) {
		boolean hasNext = probed.size() > paging.first();
		List<T> page = hasNext ? probed.subList(0, paging.first()) : probed;
		return of(page, page.stream().map(cursor).toList(), Function.identity(), hasNext, !paging.isFirstPage());
	}

	/**
	 * A page of a list computed in memory (a report, the rows of one document), in the
	 * order of a unique key: the page starts after the cursor's key.
	 * @param sorted the whole list, sorted by {@code key} in ascending string order
	 * @param paging the page asked for
	 * @param key each element's unique key
	 */
	public static <T> Connection<T> slice(List<T> sorted, Paging paging, Function<T, String> key) {
		List<T> rest = (paging.after() == null) ? sorted
				: sorted.stream().filter((t) -> key.apply(t).compareTo(paging.after().id()) > 0).toList();
		List<T> probed = (rest.size() > paging.probe()) ? rest.subList(0, paging.probe()) : rest;
		return of(probed, paging, (t) -> Cursors.encode(key.apply(t), key.apply(t)));
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
