package io.conduct.platform.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Budgets shared by every instance: one counter per budget, scope (e.g. a tenant) and
 * fixed window, in the control database, taken with one atomic {@code findAndModify} and
 * removed by a TTL index after the window. A scope names what the budget is for (a
 * tenant, a kind of request), never who asks.
 *
 * <p>
 * Budgets count real elapsed time, not the business clock.
 */
public class SharedBudgets {

	static final String COLLECTION = "budget_windows";

	private final MongoTemplate control;

	private final Clock clock;

	public SharedBudgets(MongoTemplate control, Clock clock) {
		this.control = control;
		this.clock = clock;
		control.indexOps(COLLECTION).createIndex(new Index("expireAt", Sort.Direction.ASC).expire(Duration.ZERO));
	}

	/**
	 * Takes one from the budget of the scope in the current window, across instances;
	 * false when the budget is spent.
	 */
	public boolean tryTake(String budget, String scope, int limit, Duration window) {
		long windowMillis = window.toMillis();
		long index = this.clock.millis() / windowMillis;
		String id = budget + '/' + scope + '/' + index;
		Instant expireAt = Instant.ofEpochMilli((index + 2) * windowMillis);
		Query query = Query.query(Criteria.where("_id").is(id));
		Update update = new Update().inc("count", 1).setOnInsert("expireAt", Date.from(expireAt));
		Document counter;
		try {
			counter = take(query, update);
		}
		catch (DuplicateKeyException ex) {
			// another instance made the window's counter at the same moment: count on it
			counter = take(query, update);
		}
		return ((Number) counter.get("count")).longValue() <= limit;
	}

	private Document take(Query query, Update update) {
		return this.control.findAndModify(query, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, COLLECTION);
	}

}
