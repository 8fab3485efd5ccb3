package io.conduct.waivers;

import java.util.List;
import java.util.function.Function;

import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Paging;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Connections from pages read one longer than asked, and the criteria that continue one.
 */
final class Pages {

	private Pages() {
	}

	/**
	 * A connection of the page's records, telling from the extra record whether more
	 * follow.
	 */
	static <T> Connection<T> connection(List<T> probed, Paging paging, Function<T, String> cursor) {
		boolean hasNext = probed.size() > paging.first();
		List<T> page = hasNext ? probed.subList(0, paging.first()) : probed;
		return Connection.of(page, page.stream().map(cursor).toList(), Function.identity(), hasNext,
				!paging.isFirstPage());
	}

	/**
	 * The day a cursor of an order by a day holds; a cursor that is not ours is a bad
	 * request.
	 */
	static java.time.LocalDate day(io.conduct.platform.graphql.Cursors.Position position) {
		try {
			return java.time.LocalDate.parse(position.sortKey());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw io.conduct.platform.errors.ConductException.badRequest("Invalid cursor");
		}
	}

	/**
	 * The records after a position in an order by a field, then by id, both ascending or
	 * both descending.
	 */
	static Criteria after(String field, Object value, String id, boolean ascending) {
		return ascending
				? new Criteria().orOperator(Criteria.where(field).gt(value),
						Criteria.where(field).is(value).and("_id").gt(id))
				: new Criteria().orOperator(Criteria.where(field).lt(value),
						Criteria.where(field).is(value).and("_id").lt(id));
	}

}
