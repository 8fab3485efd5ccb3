package io.conduct.platform.records;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A collection walked in id order, a page at a time, as a retention run reads it. */
public final class IdPages {

	private IdPages() {
	}

	/** The documents after the id given (null: from the first), in id order. */
	public static <T> List<T> after(MongoOperations database, Class<T> type, String afterId, int size) {
		Query query = (afterId != null) ? Query.query(Criteria.where("_id").gt(afterId)) : new Query();
		return database.find(query.with(Sort.by("_id")).limit(size), type);
	}

}
