package io.conduct.platform.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Keyset paging: the records after a position in an order by one field, then by id, so a
 * page starts where the last one ended by index, whatever the page's depth.
 */
public final class Seek {

	private Seek() {
	}

	/**
	 * The records after the position in the order by {@code field} then {@code _id}, both
	 * in the direction given.
	 */
	public static Criteria after(String field, Object value, String id, Sort.Direction direction) {
		return (direction == Sort.Direction.ASC)
				? new Criteria().orOperator(Criteria.where(field).gt(value),
						Criteria.where(field).is(value).and("_id").gt(id))
				: new Criteria().orOperator(Criteria.where(field).lt(value),
						Criteria.where(field).is(value).and("_id").lt(id));
	}

}
