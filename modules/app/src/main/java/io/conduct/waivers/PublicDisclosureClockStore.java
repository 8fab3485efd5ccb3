package io.conduct.waivers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The public-disclosure clocks in the current tenant's database; the only writer of the
 * collection, each change one conditional update of one document.
 */
@Component
class PublicDisclosureClockStore implements TenantDatabaseSetup {

	private static final String DUE = "dueDate";

	private final MongoTemplate tenantData;

	PublicDisclosureClockStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(PublicDisclosureClock.class);
		indexes.createIndex(new Index().on(DUE, Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
		indexes.createIndex(
				new Index().on("status", Sort.Direction.ASC).on(DUE, Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextReminderOn", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("subject", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on(DUE, Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC));
		indexes
			.createIndex(new Index().on("disclosure.recordKeptUntil", Sort.Direction.ASC).on(DUE, Sort.Direction.ASC));
		indexes.createIndex(
				new Index().on("disclosure.websiteAvailableUntil", Sort.Direction.ASC).on(DUE, Sort.Direction.ASC));
	}

	/**
	 * Pending disclosures of amendments of the Code, opened in the period, due on or
	 * after the day (any when null), by due date then id.
	 */
	List<PublicDisclosureClock> pendingAmendments(Instant from, Instant to, LocalDate dueFrom, int limit) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("status").is(PublicDisclosureClock.Status.PENDING));
		all.add(Criteria.where("subject").is(PublicDisclosureClock.Subject.CODE_AMENDMENT));
		if (from != null) {
			all.add(Criteria.where("openedAt").gte(from));
		}
		if (to != null) {
			all.add(Criteria.where("openedAt").lt(to));
		}
		if (dueFrom != null) {
			all.add(Criteria.where(DUE).gte(dueFrom));
		}
		return this.tenantData
			.find(new Query(new Criteria().andOperator(all)).with(Sort.by(Sort.Order.asc(DUE), Sort.Order.asc("_id")))
				.limit(limit), PublicDisclosureClock.class);
	}

	/** Writes the clock unless it exists; returns the stored one. */
	PublicDisclosureClock open(PublicDisclosureClock clock) {
		try {
			return this.tenantData.insert(clock);
		}
		catch (DuplicateKeyException ex) {
			return findById(clock.id()).orElseThrow();
		}
	}

	Optional<PublicDisclosureClock> findById(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, PublicDisclosureClock.class));
	}

	List<PublicDisclosureClock> findAll(Collection<String> ids) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), PublicDisclosureClock.class);
	}

	/** A page by due date, then id, one longer than asked. */
	List<PublicDisclosureClock> page(Filter filter, LocalDate today, Paging paging) {
		List<Criteria> all = new ArrayList<>();
		if (filter.status() != null) {
			all.add(Criteria.where("status").is(filter.status()));
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			all.add(Criteria.where("status").is(PublicDisclosureClock.Status.PENDING).and(DUE).lt(today));
		}
		else if (Boolean.FALSE.equals(filter.overdue())) {
			all.add(new Criteria().orOperator(Criteria.where("status").is(PublicDisclosureClock.Status.DISCLOSED),
					Criteria.where(DUE).gte(today)));
		}
		if (filter.retention() == Retention.MUST_STAY_ONLINE) {
			all.add(Criteria.where("disclosure.websiteAvailableUntil").gte(today));
		}
		else if (filter.retention() == Retention.MUST_BE_KEPT) {
			all.add(Criteria.where("disclosure.recordKeptUntil").gte(today));
		}
		if (paging.after() != null) {
			all.add(Seek.after(DUE, dayOf(paging.after()), paging.after().id(), Sort.Direction.ASC));
		}
		Query query = new Query();
		if (!all.isEmpty()) {
			query.addCriteria(new Criteria().andOperator(all));
		}
		return this.tenantData.find(
				query.with(Sort.by(Sort.Order.asc(DUE), Sort.Order.asc("_id"))).limit(paging.probe()),
				PublicDisclosureClock.class);
	}

	/**
	 * The day a cursor of this order holds; a cursor that is not ours is a bad request.
	 */
	private static LocalDate dayOf(Cursors.Position position) {
		try {
			return LocalDate.parse(position.sortKey());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw io.conduct.platform.errors.ConductException.badRequest("Invalid cursor");
		}
	}

	static String cursorOf(PublicDisclosureClock clock) {
		return Cursors.encode(clock.dueDate().toString(), clock.id());
	}

	/** Pending clocks whose next reminder falls on or before the day. */
	List<PublicDisclosureClock> remindersDueBy(LocalDate day, int limit) {
		return this.tenantData.find(Query
			.query(Criteria.where("status").is(PublicDisclosureClock.Status.PENDING).and("nextReminderOn").lte(day))
			.limit(limit), PublicDisclosureClock.class);
	}

	/** Records a reminder once, and the day of the next one ({@code null} for none). */
	Optional<PublicDisclosureClock> recordReminder(String id, PublicDisclosureClock.Reminder reminder,
			LocalDate nextReminderOn) {
		return Optional.ofNullable(this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("remindersSent.kind").ne(reminder.kind())),
				new Update().push("remindersSent", reminder).set("nextReminderOn", nextReminderOn),
				FindAndModifyOptions.options().returnNew(true), PublicDisclosureClock.class));
	}

	/** Records the disclosure of a pending clock; empty when it was disclosed already. */
	Optional<PublicDisclosureClock> recordDisclosure(String id, PublicDisclosureClock.Disclosure disclosure) {
		return Optional.ofNullable(this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("status").is(PublicDisclosureClock.Status.PENDING)),
				new Update().set("disclosure", disclosure)
					.set("status", PublicDisclosureClock.Status.DISCLOSED)
					.set("nextReminderOn", null),
				FindAndModifyOptions.options().returnNew(true), PublicDisclosureClock.class));
	}

	/**
	 * Which clocks to list.
	 *
	 * @param status only in this state
	 * @param overdue only pending ones past their due date (true), or the others (false)
	 * @param retention only disclosures still under this duty
	 */
	record Filter(PublicDisclosureClock.Status status, Boolean overdue, Retention retention) {

		static final Filter NONE = new Filter(null, null, null);

	}

	/** A duty that lasts after a disclosure. */
	enum Retention {

		MUST_STAY_ONLINE, MUST_BE_KEPT

	}

}
