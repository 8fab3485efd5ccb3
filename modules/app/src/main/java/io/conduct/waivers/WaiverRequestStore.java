package io.conduct.waivers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import org.bson.Document;

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
 * The waiver requests in the current tenant's database; the only writer of the
 * collection. Each step is one conditional update on the state it expects, so two people
 * acting at once cannot both decide.
 */
@Component
class WaiverRequestStore implements TenantDatabaseSetup {

	private static final String REQUESTED_AT = "requestedAt";

	private static final String PERIOD_START = "periodStart";

	private static final String COUNTERS = "waiver_counters";

	private final MongoTemplate tenantData;

	WaiverRequestStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(WaiverRequest.class);
		indexes.createIndex(new Index("number", Sort.Direction.ASC).unique());
		indexes.createIndex(new Index().on(REQUESTED_AT, Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("requesterPersonId", Sort.Direction.ASC)
			.on(REQUESTED_AT, Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on(REQUESTED_AT, Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("route", Sort.Direction.ASC)
			.on(REQUESTED_AT, Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("supervisorPersonId", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on(REQUESTED_AT, Sort.Direction.ASC));
		indexes.createIndex(new Index().on("clockPending", Sort.Direction.ASC));
		// the Board's matters across the group, by the day each waits for
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on(PERIOD_START, Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC));
	}

	/**
	 * Requests awaiting the Board, by the first day of their period then id, after the
	 * position; none of the people excluded.
	 */
	List<WaiverRequest> awaitingBoard(Collection<String> excludedPersonIds, Instant from, Instant to,
			LocalDate dayAfter, String idAfter, int limit) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("status").is(WaiverStatus.AWAITING_BOARD));
		if (!excludedPersonIds.isEmpty()) {
			all.add(Criteria.where("requesterPersonId").nin(excludedPersonIds));
		}
		if (from != null) {
			all.add(Criteria.where(REQUESTED_AT).gte(from));
		}
		if (to != null) {
			all.add(Criteria.where(REQUESTED_AT).lt(to));
		}
		if (dayAfter != null) {
			all.add(Seek.after(PERIOD_START, dayAfter, idAfter, Sort.Direction.ASC));
		}
		return this.tenantData.find(new Query(new Criteria().andOperator(all))
			.with(Sort.by(Sort.Order.asc(PERIOD_START), Sort.Order.asc("_id")))
			.limit(limit), WaiverRequest.class);
	}

	/** The next number of the tenant for the year, e.g. {@code W-2026-0003}. */
	String nextNumber(Instant at, ZoneId zone) {
		int year = LocalDate.ofInstant(at, zone).getYear();
		Document counter = this.tenantData.findAndModify(Query.query(Criteria.where("_id").is("waiver-" + year)),
				new Update().inc("seq", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Document.class, COUNTERS);
		return "W-%d-%04d".formatted(year, ((Number) counter.get("seq")).longValue());
	}

	WaiverRequest insert(WaiverRequest request) {
		return this.tenantData.insert(request);
	}

	Optional<WaiverRequest> findById(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, WaiverRequest.class));
	}

	List<WaiverRequest> findAll(Collection<String> ids) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), WaiverRequest.class);
	}

	/** Changes a request that is still in the expected state; empty when it is not. */
	Optional<WaiverRequest> transition(String id, WaiverStatus expected, Update update) {
		return Optional.ofNullable(
				this.tenantData.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(expected)),
						update, FindAndModifyOptions.options().returnNew(true), WaiverRequest.class));
	}

	/** Marks the request's disclosure clock as written. */
	void clockWritten(String id) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("clockPending", false),
				WaiverRequest.class);
	}

	/** Requests whose disclosure clock is still to be written. */
	List<WaiverRequest> withClockPending(int limit) {
		return this.tenantData.find(Query.query(Criteria.where("clockPending").is(true)).limit(limit),
				WaiverRequest.class);
	}

	/** A person's own requests, newest first, one longer than the page. */
	List<WaiverRequest> ofRequester(String personId, Paging paging) {
		return newestFirst(List.of(Criteria.where("requesterPersonId").is(personId)), paging);
	}

	/** The register, newest first, one longer than the page. */
	List<WaiverRequest> register(Filter filter, ZoneId zone, Paging paging) {
		return newestFirst(criteria(filter, zone), paging);
	}

	/** The register for export, newest first, at most {@code limit} requests. */
	List<WaiverRequest> registerExport(Filter filter, ZoneId zone, int limit) {
		Query query = new Query(new Criteria().andOperator(criteria(filter, zone)));
		return this.tenantData.find(query.with(newestFirstSort()).limit(limit), WaiverRequest.class);
	}

	/**
	 * Requests awaiting one of the steps, oldest first, one longer than the page: those
	 * in the states given, and those awaiting the supervisor named, but not the caller's
	 * own.
	 */
	List<WaiverRequest> awaiting(Collection<WaiverStatus> statuses, String supervisorPersonId,
			String exceptRequesterSubject, Paging paging) {
		List<Criteria> either = new ArrayList<>();
		if (!statuses.isEmpty()) {
			either.add(Criteria.where("status").in(statuses));
		}
		if (supervisorPersonId != null) {
			either.add(Criteria.where("supervisorPersonId")
				.is(supervisorPersonId)
				.and("status")
				.is(WaiverStatus.AWAITING_SUPERVISOR));
		}
		if (either.isEmpty()) {
			return List.of();
		}
		List<Criteria> all = new ArrayList<>(List.of(new Criteria().orOperator(either),
				Criteria.where("requesterSubject").ne(exceptRequesterSubject)));
		if (paging.after() != null) {
			all.add(Seek.after(REQUESTED_AT, paging.after().instant(), paging.after().id(), Sort.Direction.ASC));
		}
		return this.tenantData.find(new Query(new Criteria().andOperator(all))
			.with(Sort.by(Sort.Order.asc(REQUESTED_AT), Sort.Order.asc("_id")))
			.limit(paging.probe()), WaiverRequest.class);
	}

	static String cursorOf(WaiverRequest request) {
		return Cursors.encode(request.requestedAt(), request.id());
	}

	private List<WaiverRequest> newestFirst(List<Criteria> criteria, Paging paging) {
		List<Criteria> all = new ArrayList<>(criteria);
		if (paging.after() != null) {
			all.add(Seek.after(REQUESTED_AT, paging.after().instant(), paging.after().id(), Sort.Direction.DESC));
		}
		Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
		return this.tenantData.find(query.with(newestFirstSort()).limit(paging.probe()), WaiverRequest.class);
	}

	private static Sort newestFirstSort() {
		return Sort.by(Sort.Order.desc(REQUESTED_AT), Sort.Order.desc("_id"));
	}

	private static List<Criteria> criteria(Filter filter, ZoneId zone) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("_id").exists(true));
		if (filter == null) {
			return all;
		}
		if (filter.status() != null) {
			all.add(Criteria.where("status").is(filter.status()));
		}
		if (filter.route() != null) {
			all.add(Criteria.where("route").is(filter.route()));
		}
		if (filter.requestedFromDate() != null) {
			all.add(Criteria.where(REQUESTED_AT).gte(filter.requestedFromDate().atStartOfDay(zone).toInstant()));
		}
		if (filter.requestedToDate() != null) {
			all.add(Criteria.where(REQUESTED_AT)
				.lt(filter.requestedToDate().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return all;
	}

	/**
	 * Which requests of the register.
	 *
	 * @param status only in this state
	 * @param route only on this route
	 * @param requestedFromDate only made on or after this day
	 * @param requestedToDate only made on or before this day
	 */
	record Filter(WaiverStatus status, WaiverRoute route, LocalDate requestedFromDate, LocalDate requestedToDate) {
	}

}
