package io.conduct.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.crypto.RecordKey;
import io.conduct.platform.crypto.RecordKeys;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
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
 * The cases collection of the current tenant: the one place that reads and writes it,
 * with an index behind every query. Each change is one atomic update of one document;
 * changes that must not touch a closed case say so in their condition.
 */
@Component
class CaseStore implements TenantDatabaseSetup {

	// the field paths of the stored Case, shared by the indexes and the queries

	static final String NUMBER = "number";

	static final String DELETED_AT = "deletedAt";

	static final String STATUS = "status";

	static final String CLOSED_AT = "closedAt";

	static final String CATEGORY = "report.category";

	static final String CHANNEL = "report.channel";

	static final String INVOLVED = "report.involved";

	static final String INVOLVED_PERSON = INVOLVED + ".personId";

	static final String RECEIVED_AT = "report.receivedAt";

	static final String REPORTER_REF = "reporter.ref";

	static final String KNOWINGLY_FALSE = "reporter.knowinglyFalse";

	static final String KNOWINGLY_FALSE_FINDING = "reporter.knowinglyFalseFinding";

	static final String KNOWINGLY_FALSE_STATUS = KNOWINGLY_FALSE_FINDING + ".status";

	static final String LOCATOR = "reporter.anonymousAccess.locator";

	static final String LOCKED_UNTIL = "reporter.anonymousAccess.lockedUntil";

	static final String ATTEMPTS = "reporter.anonymousAccess.attempts";

	static final String HANDLER_ROLES = "routing.handlerRoles";

	static final String HANDLER_PEOPLE = "routing.handlerPersonIds";

	static final String INFORMED_ROLES = "routing.informedRoles";

	static final String ESCALATED = "routing.escalated";

	static final String ROUTING_STEPS = "routing.steps";

	static final String ACKNOWLEDGEMENT_DUE = "deadlines.acknowledgementDue";

	static final String ACKNOWLEDGED_AT = "deadlines.acknowledgedAt";

	static final String FEEDBACK_DUE = "deadlines.feedbackDue";

	static final String MEETING_DUE = "deadlines.meetingDue";

	static final String MEETING_HELD_AT = "deadlines.meetingHeldAt";

	static final String MESSAGES = "messages";

	static final String TIMELINE = "timeline";

	static final String MERIT_STATUS = "meritReview.status";

	static final String MERIT_DUE = "meritReview.due";

	static final String MERIT_DETERMINATIONS = "meritReview.determinations";

	static final String INVESTIGATION = "investigation";

	static final String ALLEGATIONS = "investigationRecord.allegations";

	static final String ENTRIES = "investigationRecord.entries";

	static final String RESULTS = "investigationRecord.results";

	private static final String COUNTERS = "counters";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, RECEIVED_AT, "_id");

	private final MongoTemplate tenantData;

	private final CaseContent content;

	CaseStore(MongoTemplate tenantData, RecordKeys keys) {
		this.tenantData = tenantData;
		this.content = new CaseContent(keys);
	}

	/** The key the content of a case is sealed with (files too), made on first use. */
	RecordKey keyFor(String caseId) {
		return this.content.keyFor(caseId);
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(Case.class);
		indexes.createIndex(new Index(NUMBER, Sort.Direction.ASC).unique());
		indexes.createIndex(new Index(LOCATOR, Sort.Direction.ASC).unique().sparse());
		indexes.createIndex(newestFirst(REPORTER_REF));
		indexes.createIndex(newestFirst(HANDLER_ROLES));
		indexes.createIndex(newestFirst(INFORMED_ROLES));
		indexes.createIndex(newestFirst(HANDLER_PEOPLE));
		indexes.createIndex(new Index().on(MERIT_STATUS, Sort.Direction.ASC).on(MERIT_DUE, Sort.Direction.ASC));
		indexes.createIndex(new Index().on(CATEGORY, Sort.Direction.ASC).on(RECEIVED_AT, Sort.Direction.ASC));
		indexes.createIndex(
				new Index().on(ENTRIES + ".personId", Sort.Direction.ASC).on(ENTRIES + ".at", Sort.Direction.ASC));
		// the escalated matters, most urgent first (status, the deadline it waits for,
		// id)
		for (CaseStatus status : CaseStatus.values()) {
			indexes.createIndex(new Index().on(STATUS, Sort.Direction.ASC)
				.on(dueFieldOf(status), Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC));
		}
	}

	private static Index newestFirst(String key) {
		return new Index().on(key, Sort.Direction.ASC)
			.on(RECEIVED_AT, Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC);
	}

	Case insert(Case newCase) {
		return this.content.open(this.tenantData.insert(this.content.seal(newCase, keyFor(newCase.id()))));
	}

	Optional<Case> findById(String id) {
		return Optional.ofNullable(this.content.open(this.tenantData.findById(id, Case.class)));
	}

	Optional<Case> findByLocator(String locator) {
		return Optional.ofNullable(this.content
			.open(this.tenantData.findOne(Query.query(Criteria.where(LOCATOR).is(locator)), Case.class)));
	}

	/**
	 * The next case number of the tenant for the year of {@code at} in its zone, e.g.
	 * {@code DE-2026-0007}: one atomic increment of a counter document.
	 */
	String nextNumber(Tenant tenant, Instant at) {
		int year = at.atZone(ZoneId.of(tenant.timeZone())).getYear();
		Document counter = this.tenantData.findAndModify(Query.query(Criteria.where("_id").is("case-" + year)),
				new Update().inc("seq", 1), FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class,
				COUNTERS);
		return "%s-%d-%04d".formatted(tenant.country(), year, ((Number) counter.get("seq")).longValue());
	}

	/**
	 * Cases handled by, or informing, these roles, or handled by this person; never one
	 * the person is involved in. Newest first, after the position.
	 */
	List<Case> visibleTo(Collection<String> roles, String personId, CaseFilter filter, Instant now,
			Cursors.Position after, int limit) {
		List<Criteria> handled = new ArrayList<>();
		if (!roles.isEmpty()) {
			handled.add(Criteria.where(HANDLER_ROLES).in(roles));
			handled.add(Criteria.where(INFORMED_ROLES).in(roles));
		}
		if (personId != null) {
			handled.add(Criteria.where(HANDLER_PEOPLE).is(personId));
		}
		if (handled.isEmpty()) {
			return List.of();
		}
		List<Criteria> all = new ArrayList<>();
		all.add(new Criteria().orOperator(handled));
		if (personId != null) {
			all.add(Criteria.where(INVOLVED_PERSON).ne(personId));
		}
		if (!filter.statuses().isEmpty()) {
			all.add(Criteria.where(STATUS).in(filter.statuses()));
		}
		if (!filter.categories().isEmpty()) {
			all.add(Criteria.where(CATEGORY).in(filter.categories()));
		}
		if (!filter.channels().isEmpty()) {
			all.add(Criteria.where(CHANNEL).in(filter.channels()));
		}
		if (filter.escalated() != null) {
			all.add(Criteria.where(ESCALATED).is(filter.escalated()));
		}
		if (filter.overdue() != null) {
			Criteria overdue = new Criteria().orOperator(
					Criteria.where(STATUS).is(CaseStatus.RECEIVED).and(ACKNOWLEDGEMENT_DUE).lt(now),
					Criteria.where(STATUS).ne(CaseStatus.CLOSED).and(FEEDBACK_DUE).lt(now),
					Criteria.where(STATUS)
						.ne(CaseStatus.CLOSED)
						.and(MEETING_DUE)
						.lt(now)
						.and(MEETING_HELD_AT)
						.is(null));
			all.add(filter.overdue() ? overdue : new Criteria().norOperator(overdue));
		}
		if (after != null) {
			all.add(after(after));
		}
		return this.content.open(this.tenantData
			.find(new Query(new Criteria().andOperator(all)).with(NEWEST_FIRST).limit(limit), Case.class));
	}

	/**
	 * The cases escalated to these roles (handled by or informing them) for one of the
	 * kinds, none involving these people, most urgent first: open before closed, each by
	 * the deadline it waits for, then by id. One query a status, each on its index of
	 * status, deadline and id.
	 */
	List<Case> escalated(Collection<Role> roles, Collection<String> excludedPersonIds, EscalatedCase.Filter filter,
			EscalatedCase.Position after, int limit) {
		if (roles.isEmpty()) {
			return List.of();
		}
		List<Case> found = new ArrayList<>();
		for (CaseStatus status : CaseStatus.values()) {
			if (!filter.statuses().isEmpty() && !filter.statuses().contains(status)) {
				continue;
			}
			int rank = (status == CaseStatus.CLOSED) ? 1 : 0;
			if (after != null && rank < after.rank()) {
				continue;
			}
			String due = dueFieldOf(status);
			List<Criteria> all = new ArrayList<>();
			all.add(Criteria.where(STATUS).is(status));
			all.add(new Criteria().orOperator(Criteria.where(HANDLER_ROLES).in(roles),
					Criteria.where(INFORMED_ROLES).in(roles)));
			all.add(EscalationKinds
				.anyOf(filter.kinds().isEmpty() ? List.of(EscalationKind.values()) : filter.kinds()));
			if (!excludedPersonIds.isEmpty()) {
				all.add(Criteria.where(INVOLVED_PERSON).nin(excludedPersonIds));
			}
			if (filter.from() != null) {
				all.add(Criteria.where(RECEIVED_AT).gte(filter.from()));
			}
			if (filter.to() != null) {
				all.add(Criteria.where(RECEIVED_AT).lt(filter.to()));
			}
			if (after != null && rank == after.rank()) {
				all.add(new Criteria().orOperator(Criteria.where(due).gt(after.due()),
						Criteria.where(due).is(after.due()).and("_id").gt(after.idAfter())));
			}
			found.addAll(this.tenantData
				.find(new Query(new Criteria().andOperator(all)).with(Sort.by(Sort.Direction.ASC, due, "_id"))
					.limit(limit), Case.class));
		}
		return found;
	}

	/**
	 * The cases received in the period, tallied by category and channel in one
	 * aggregation (on the index of the moment received): flags a case, then sums.
	 */
	List<Document> tallies(Instant from, Instant to, Instant now) {
		Document closed = eq("$" + STATUS, CaseStatus.CLOSED.name());
		Document anonymous = eq("$report.reporterMode", ReporterMode.ANONYMOUS.name());
		Document ackAt = new Document("$ifNull", List.of("$" + ACKNOWLEDGED_AT, false));
		Document feedbackDue = new Document("$ifNull", List.of("$" + FEEDBACK_DUE, false));
		Document overdue = and(new Document("$not", List.of(closed)),
				new Document("$or",
						List.of(and(eq("$" + STATUS, CaseStatus.RECEIVED.name()),
								new Document("$lt", List.of("$" + ACKNOWLEDGEMENT_DUE, now))),
								and(feedbackDue, new Document("$lt", List.of("$" + FEEDBACK_DUE, now))))));
		Document flags = new Document("category", "$" + CATEGORY).append("channel", "$" + CHANNEL)
			.append("anonymous", flag(anonymous))
			.append("anonymousFollowedUp",
					flag(and(anonymous, contains("$" + TIMELINE + ".type", CaseEventType.REPORTER_MESSAGE.name()))))
			.append("closed", flag(closed))
			.append("substantiated",
					flag(and(closed,
							contains("$" + ALLEGATIONS + ".finding", Allegation.Finding.SUBSTANTIATED.name()))))
			.append("acknowledgementDue",
					flag(new Document("$or",
							List.of(ackAt, new Document("$lt", List.of("$" + ACKNOWLEDGEMENT_DUE, now))))))
			.append("acknowledgedInTime",
					flag(and(ackAt, new Document("$lte", List.of("$" + ACKNOWLEDGED_AT, "$" + ACKNOWLEDGEMENT_DUE)))))
			.append("feedbackDue",
					flag(and(feedbackDue,
							new Document("$or",
									List.of(closed, new Document("$lt", List.of("$" + FEEDBACK_DUE, now)))))))
			.append("feedbackInTime",
					flag(and(closed, feedbackDue, new Document("$lte", List.of("$" + CLOSED_AT, "$" + FEEDBACK_DUE)))))
			.append("retaliationReviews",
					flag(contains("$" + TIMELINE + ".type", CaseEventType.RETALIATION_REVIEW_RECORDED.name())))
			.append("open", flag(new Document("$not", List.of(closed))))
			.append("overdue", flag(overdue))
			.append("daysToClose", new Document("$cond",
					java.util.Arrays.asList(closed, new Document("$divide", List
						.of(new Document("$subtract", List.of("$" + CLOSED_AT, "$" + RECEIVED_AT)), 86_400_000)),
							null)));
		Document sums = new Document("_id", new Document("category", "$category").append("channel", "$channel"))
			.append("received", new Document("$sum", 1));
		for (String field : List.of("anonymous", "anonymousFollowedUp", "closed", "substantiated", "acknowledgementDue",
				"acknowledgedInTime", "feedbackDue", "feedbackInTime", "retaliationReviews", "open", "overdue")) {
			sums.append(field, new Document("$sum", "$" + field));
		}
		sums.append("daysToClose", new Document("$push", "$daysToClose"));
		List<Document> pipeline = List.of(
				new Document("$match", new Document(RECEIVED_AT, new Document("$gte", from).append("$lt", to))),
				new Document("$project", flags), new Document("$group", sums));
		return this.tenantData.getCollection(this.tenantData.getCollectionName(Case.class))
			.aggregate(pipeline)
			.into(new ArrayList<>());
	}

	private static Document eq(String field, Object value) {
		return new Document("$eq", List.of(field, value));
	}

	private static Document and(Object... conditions) {
		return new Document("$and", List.of(conditions));
	}

	private static Document flag(Document condition) {
		return new Document("$cond", List.of(condition, 1, 0));
	}

	/** Whether the array at the path (missing: none) holds the value. */
	private static Document contains(String arrayPath, String value) {
		return new Document("$in", List.of(value, new Document("$ifNull", List.of(arrayPath, List.of()))));
	}

	/** The deadline a case of the status waits for (when it closed, once closed). */
	static String dueFieldOf(CaseStatus status) {
		return switch (status) {
			case RECEIVED -> ACKNOWLEDGEMENT_DUE;
			case ACKNOWLEDGED -> FEEDBACK_DUE;
			case CLOSED -> CLOSED_AT;
		};
	}

	/**
	 * The open cases of the categories, read only for who handles them, who is informed
	 * and who investigates (the other parts of the cases read are empty).
	 */
	List<Case> openOfCategories(Collection<ReportCategory> categories) {
		Query query = Query.query(Criteria.where(CATEGORY).in(categories).and(STATUS).ne(CaseStatus.CLOSED));
		query.fields().include(STATUS, "routing", INVESTIGATION);
		return this.tenantData.find(query, Case.class);
	}

	/**
	 * The cases a reporter made (by their keyed hash), newest first, after the position.
	 */
	List<Case> reportedBy(String reporterRef, Cursors.Position after, int limit) {
		Criteria criteria = Criteria.where(REPORTER_REF).is(reporterRef);
		if (after != null) {
			criteria = new Criteria().andOperator(criteria, after(after));
		}
		return this.content
			.open(this.tenantData.find(Query.query(criteria).with(NEWEST_FIRST).limit(limit), Case.class));
	}

	/** Cases after a position in the newest-first order. */
	private static Criteria after(Cursors.Position position) {
		Instant receivedAt = position.instant();
		return new Criteria().orOperator(Criteria.where(RECEIVED_AT).lt(receivedAt),
				Criteria.where(RECEIVED_AT).is(receivedAt).and("_id").lt(position.id()));
	}

	/** The cursor of a case in the newest-first order. */
	static String cursorOf(Case reported) {
		return Cursors.encode(reported.receivedAt(), reported.id());
	}

	/** Whether the person was interviewed as a witness since the moment. */
	boolean interviewedSince(String personId, Instant since) {
		return this.tenantData.exists(Query.query(Criteria.where(ENTRIES)
			.elemMatch(Criteria.where("type")
				.is(InvestigationRecord.Entry.Type.INTERVIEW)
				.and("personId")
				.is(personId)
				.and("at")
				.gte(since))), Case.class);
	}

	/**
	 * Whether the reporter made a report since the moment that was not found knowingly
	 * false.
	 */
	boolean reportedInGoodFaithSince(String reporterRef, Instant since) {
		return this.tenantData.exists(Query.query(
				Criteria.where(REPORTER_REF).is(reporterRef).and(RECEIVED_AT).gte(since).and(KNOWINGLY_FALSE).ne(true)),
				Case.class);
	}

	List<Case> pendingMeritReviewsDueBefore(Instant now) {
		return this.content.open(this.tenantData
			.find(Query.query(Criteria.where(MERIT_STATUS).is(MeritReview.Status.PENDING).and(MERIT_DUE).lt(now))
				.limit(500), Case.class));
	}

	List<Case> receivedBetween(ReportCategory category, Instant from, Instant to) {
		return this.content.open(receivedBetween(category, from, to, 0));
	}

	/**
	 * At most {@code limit} (0: all) of a category received in the period, in order, as
	 * stored: their content still sealed (for readers of what is not secret).
	 */
	List<Case> receivedBetween(ReportCategory category, Instant from, Instant to, int limit) {
		return this.tenantData.find(Query.query(Criteria.where(CATEGORY).is(category).and(RECEIVED_AT).gte(from).lt(to))
			.with(Sort.by(RECEIVED_AT))
			.limit(limit), Case.class);
	}

	/**
	 * Adds someone involved and the case's new routing, if the case is still as it was
	 * read (its version); an investigator who is now involved is no longer assigned.
	 * Empty if it changed meanwhile.
	 */
	Optional<Case> reroute(Case before, Report.Involved involved, Routing routing, boolean forwardMerit,
			List<CaseEvent> events) {
		RecordKey key = keyFor(before.id());
		Update update = new Update().push(INVOLVED, this.content.seal(involved, key))
			.set(HANDLER_ROLES, routing.handlerRoles())
			.set(HANDLER_PEOPLE, routing.handlerPersonIds())
			.set(INFORMED_ROLES, routing.informedRoles())
			.set(ROUTING_STEPS, routing.steps())
			.set(ESCALATED, routing.escalated())
			.push(TIMELINE)
			.each(this.content.seal(events, key).toArray());
		if (forwardMerit) {
			update.set(MERIT_STATUS, MeritReview.Status.FORWARDED);
		}
		if (before.investigation() != null && before.investigation().investigatorIds().contains(involved.personId())) {
			update.pull(INVESTIGATION + ".investigatorIds", involved.personId());
		}
		return change(before.id(), Criteria.where("version").is(before.version()), update);
	}

	/** Appends an event to the timeline. */
	Optional<Case> recordEvent(String caseId, CaseEvent event) {
		return change(caseId, null, new Update().push(TIMELINE, sealed(caseId, event)));
	}

	/** Appends a message and its event. */
	Optional<Case> addMessage(String caseId, Message message, CaseEvent event) {
		RecordKey key = keyFor(caseId);
		return change(caseId, null, new Update().push(MESSAGES, this.content.seal(message, key))
			.push(TIMELINE, this.content.seal(event, key)));
	}

	private CaseEvent sealed(String caseId, CaseEvent event) {
		return this.content.seal(event, keyFor(caseId));
	}

	/** Marks the case acknowledged if it was not already; empty otherwise. */
	Optional<Case> acknowledge(String caseId, Instant at, Instant feedbackDue, DeadlineSource feedbackSetBy,
			Message message, CaseEvent event) {
		return change(caseId, Criteria.where(STATUS).is(CaseStatus.RECEIVED),
				new Update().set(STATUS, CaseStatus.ACKNOWLEDGED)
					.set(ACKNOWLEDGED_AT, at)
					.set(FEEDBACK_DUE, feedbackDue)
					.set("deadlines.feedbackSetBy", feedbackSetBy)
					.push(MESSAGES, this.content.seal(message, keyFor(caseId)))
					.push(TIMELINE, sealed(caseId, event)));
	}

	/**
	 * Records the reporter's request for a meeting and its deadline, unless one is
	 * pending or the case is closed; empty otherwise.
	 */
	Optional<Case> requestMeeting(String caseId, Instant at, Instant due, DeadlineSource setBy) {
		return change(caseId,
				new Criteria().andOperator(open(),
						new Criteria().orOperator(Criteria.where(MEETING_DUE).is(null),
								Criteria.where(MEETING_HELD_AT).ne(null))),
				new Update().set("deadlines.meetingRequestedAt", at)
					.set(MEETING_DUE, due)
					.set("deadlines.meetingSetBy", setBy)
					.set(MEETING_HELD_AT, null));
	}

	/** Records that the meeting asked for was held; empty if none is pending. */
	Optional<Case> meetingHeld(String caseId, Instant at) {
		return change(caseId, Criteria.where(MEETING_DUE).ne(null).and(MEETING_HELD_AT).is(null),
				new Update().set(MEETING_HELD_AT, at));
	}

	/** Closes the case with its feedback message; empty if it was already closed. */
	Optional<Case> close(String caseId, Instant at, Message feedback, CaseEvent event) {
		return change(caseId, open(),
				new Update().set(STATUS, CaseStatus.CLOSED)
					.set(CLOSED_AT, at)
					.push(MESSAGES, this.content.seal(feedback, keyFor(caseId)))
					.push(TIMELINE, sealed(caseId, event)));
	}

	/** Records a merit determination while the review is pending; empty if it is not. */
	Optional<Case> addDetermination(String caseId, MeritReview.Determination determination, boolean decidesWithoutMerit,
			CaseEvent event) {
		Update update = new Update().push(MERIT_DETERMINATIONS, this.content.seal(determination, keyFor(caseId)))
			.push(TIMELINE, sealed(caseId, event));
		if (decidesWithoutMerit) {
			update.set(MERIT_STATUS, MeritReview.Status.WITHOUT_MERIT);
		}
		return change(caseId, meritReviewPending(), update);
	}

	/**
	 * Forwards a pending accounting concern to the Audit Committee; empty if not pending.
	 */
	Optional<Case> forwardToAuditCommittee(String caseId, CaseEvent event) {
		return change(caseId, meritReviewPending(),
				new Update().set(MERIT_STATUS, MeritReview.Status.FORWARDED)
					.addToSet(HANDLER_ROLES, Role.AUDIT_COMMITTEE)
					.push(TIMELINE, sealed(caseId, event)));
	}

	/** Opens or changes the way the case is looked into, unless it is closed. */
	Optional<Case> openInvestigation(String caseId, Investigation.Kind kind, Instant at, String by, CaseEvent event) {
		return change(caseId, open(),
				new Update().set(INVESTIGATION + ".kind", kind)
					.set(INVESTIGATION + ".openedAt", at)
					.set(INVESTIGATION + ".openedBy", by)
					.push(TIMELINE, sealed(caseId, event)));
	}

	/** Assigns an investigator, who may then read and work on the case. */
	Optional<Case> addInvestigator(String caseId, String personId, CaseEvent event) {
		return change(caseId, open().and(INVESTIGATION).exists(true),
				new Update().addToSet(INVESTIGATION + ".investigatorIds", personId)
					.addToSet(HANDLER_PEOPLE, personId)
					.push(TIMELINE, sealed(caseId, event)));
	}

	/** Adds an allegation, unless the case is closed. */
	Optional<Case> addAllegation(String caseId, Allegation allegation, CaseEvent event) {
		return change(caseId, open(), new Update().push(ALLEGATIONS, this.content.seal(allegation, keyFor(caseId)))
			.push(TIMELINE, sealed(caseId, event)));
	}

	/** Records the finding on an allegation of the case, unless it is closed. */
	Optional<Case> recordFinding(String caseId, String allegationId, Allegation.Finding finding, String note, String by,
			Instant at, CaseEvent event) {
		String allegation = ALLEGATIONS + ".$.";
		return change(caseId, open().and(ALLEGATIONS + ".id").is(allegationId),
				new Update().set(allegation + "finding", finding)
					.set(allegation + "findingNote", keyFor(caseId).seal(note, "allegation.findingNote"))
					.set(allegation + "findingBy", by)
					.set(allegation + "findingAt", at)
					.push(TIMELINE, sealed(caseId, event)));
	}

	/** Adds a task, an interview or evidence, unless the case is closed. */
	Optional<Case> addEntry(String caseId, InvestigationRecord.Entry entry, CaseEvent event) {
		return change(caseId, open(), new Update().push(ENTRIES, this.content.seal(entry, keyFor(caseId)))
			.push(TIMELINE, sealed(caseId, event)));
	}

	/** Records the results, informing the Board when they go to it; unless closed. */
	Optional<Case> submitResults(String caseId, InvestigationRecord.Results results, CaseEvent event) {
		Update update = new Update().set(RESULTS, this.content.seal(results, keyFor(caseId)))
			.push(TIMELINE, sealed(caseId, event));
		if (results.toBoard()) {
			update.addToSet(INFORMED_ROLES, Role.BOARD);
		}
		return change(caseId, open(), update);
	}

	/**
	 * Records a proposal that the report was knowingly false, unless one is pending or
	 * was accepted; the Audit Committee, who decides, is informed of the case.
	 */
	Optional<Case> proposeKnowinglyFalse(String caseId, ReporterRecord.KnowinglyFalseFinding proposal,
			CaseEvent event) {
		return change(caseId,
				Criteria.where(KNOWINGLY_FALSE_STATUS)
					.nin(ReporterRecord.KnowinglyFalseFinding.Status.PROPOSED,
							ReporterRecord.KnowinglyFalseFinding.Status.FOUND),
				new Update().set(KNOWINGLY_FALSE_FINDING, this.content.seal(proposal, keyFor(caseId)))
					.addToSet(INFORMED_ROLES, Role.AUDIT_COMMITTEE)
					.push(TIMELINE, sealed(caseId, event)));
	}

	/**
	 * Records the Audit Committee's decision on the pending proposal made by
	 * {@code proposedBy}; empty if none is pending.
	 */
	Optional<Case> decideKnowinglyFalse(String caseId, String proposedBy, ReporterRecord.KnowinglyFalseFinding decided,
			CaseEvent event) {
		Update update = new Update().set(KNOWINGLY_FALSE_FINDING, this.content.seal(decided, keyFor(caseId)))
			.push(TIMELINE, sealed(caseId, event));
		if (decided.status() == ReporterRecord.KnowinglyFalseFinding.Status.FOUND) {
			update.set(KNOWINGLY_FALSE, true);
		}
		return change(caseId,
				Criteria.where(KNOWINGLY_FALSE_STATUS)
					.is(ReporterRecord.KnowinglyFalseFinding.Status.PROPOSED)
					.and(KNOWINGLY_FALSE_FINDING + ".proposedBy")
					.is(proposedBy),
				update);
	}

	/**
	 * Records a decision on a measure of the case; a measure held for a retaliation
	 * review informs the Audit Committee, who may review it and so must see the case.
	 */
	Optional<Case> recordMeasureEvent(String caseId, CaseEvent event, boolean informAuditCommittee) {
		Update update = new Update().push(TIMELINE, sealed(caseId, event));
		if (informAuditCommittee) {
			update.addToSet(INFORMED_ROLES, Role.AUDIT_COMMITTEE);
		}
		return change(caseId, null, update);
	}

	/**
	 * Takes a follow-up attempt on the case the locator finds, before its credentials are
	 * verified: one atomic increment, refused once {@code max} attempts are taken since
	 * the last success, or while the key is locked. The attempt that uses up the last one
	 * locks the key until {@code lockUntil} (a success lifts it at once), so that a lock
	 * holds even if that attempt never finishes. A lock that ran out is lifted first. The
	 * outcome says whether the attempt may go on.
	 */
	FollowUpAttempt takeFollowUpAttempt(String locator, int max, Instant now, Instant lockUntil) {
		for (int round = 0; round < 2; round++) {
			Query available = Query.query(new Criteria().andOperator(Criteria.where(LOCATOR).is(locator),
					new Criteria().orOperator(Criteria.where(ATTEMPTS).lt(max), Criteria.where(ATTEMPTS).is(null)),
					new Criteria().orOperator(Criteria.where(LOCKED_UNTIL).is(null),
							Criteria.where(LOCKED_UNTIL).lte(now))));
			Case taken = this.tenantData.findAndModify(available, new Update().inc(ATTEMPTS, 1),
					FindAndModifyOptions.options().returnNew(true), Case.class);
			if (taken != null) {
				Integer attempts = taken.reporter().anonymousAccess().attempts();
				if (attempts != null && attempts >= max) {
					this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(taken.id())),
							Update.update(LOCKED_UNTIL, lockUntil), Case.class);
				}
				return new FollowUpAttempt(this.content.open(taken), false);
			}
			Case found = findByLocator(locator).orElse(null);
			if (found == null) {
				return new FollowUpAttempt(null, false);
			}
			Instant lockedUntil = found.reporter().anonymousAccess().lockedUntil();
			if (lockedUntil == null) {
				// the attempts ran out without a lock (its writer stopped midway): lock
				// now
				this.tenantData.updateFirst(Query.query(Criteria.where(LOCATOR).is(locator).and(LOCKED_UNTIL).is(null)),
						Update.update(LOCKED_UNTIL, lockUntil), Case.class);
				return new FollowUpAttempt(found, true);
			}
			if (lockedUntil.isAfter(now)) {
				return new FollowUpAttempt(found, true);
			}
			// the lock ran out: start counting again, once, whoever gets here first
			this.tenantData.updateFirst(
					Query.query(Criteria.where(LOCATOR).is(locator).and(LOCKED_UNTIL).is(lockedUntil)),
					new Update().set(ATTEMPTS, 0).unset(LOCKED_UNTIL), Case.class);
		}
		return new FollowUpAttempt(findByLocator(locator).orElse(null), true);
	}

	/** A follow-up succeeded: its attempts start again, and no lock holds. */
	void followUpSucceeded(String caseId) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(caseId)),
				new Update().set(ATTEMPTS, 0).unset(LOCKED_UNTIL), Case.class);
	}

	/**
	 * A follow-up attempt taken.
	 *
	 * @param found the case the locator finds, if any
	 * @param locked whether the key is locked or its attempts are used up: the attempt
	 * must not go on
	 */
	record FollowUpAttempt(Case found, boolean locked) {
	}

	/**
	 * Cases whose content was not deleted, in id order after the id, for the retention
	 * job.
	 */
	List<Case> notDeleted(String afterId, int limit) {
		Criteria criteria = Criteria.where(DELETED_AT).exists(false);
		if (afterId != null) {
			criteria = criteria.and("_id").gt(afterId);
		}
		return this.content
			.open(this.tenantData.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), Case.class));
	}

	/**
	 * Leaves a deleted case only what is no one's words: its number, dates, category,
	 * channel, status, routing, deadlines, the types and times of its timeline, the kinds
	 * and findings of its allegations. Run after its key is destroyed.
	 */
	void stripContent(Case deleted, Instant at) {
		List<Allegation> findings = deleted.investigationRecord()
			.allegations()
			.stream()
			.map((a) -> new Allegation(a.id(), a.kind(), CaseContent.SHREDDED, a.subjectPersonId(), a.finding(), null,
					a.findingBy(), a.findingAt()))
			.toList();
		List<CaseEvent> timeline = deleted.timeline()
			.stream()
			.map((e) -> new CaseEvent(e.type(), e.at(), e.actorSubject(), null))
			.toList();
		Update update = new Update().set(DELETED_AT, at)
			.set("report.description", CaseContent.SHREDDED)
			.unset("report.occurredWhen")
			.unset("report.location")
			.unset("report.othersAware")
			.set(INVOLVED, List.of())
			.set("report.attachments", List.of())
			.set(MESSAGES, List.of())
			.set(TIMELINE, timeline)
			.set(ALLEGATIONS, findings)
			.set(ENTRIES, List.of())
			.unset(RESULTS)
			.unset("reporter.identity")
			.unset("reporter.anonymousAccess")
			.unset(KNOWINGLY_FALSE_FINDING + ".proposalNote")
			.unset(KNOWINGLY_FALSE_FINDING + ".decisionNote");
		if (deleted.meritReview() != null) {
			update.set(MERIT_DETERMINATIONS, List.of());
		}
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(deleted.id())), update.inc("version", 1),
				Case.class);
	}

	/** When the content of a case was deleted, if it was. */
	Instant deletedAt(String caseId) {
		Query query = Query.query(Criteria.where("_id").is(caseId));
		query.fields().include(DELETED_AT);
		Document found = this.tenantData.findOne(query, Document.class, "cases");
		return (found != null && found.get(DELETED_AT) instanceof java.util.Date date) ? date.toInstant() : null;
	}

	private static Criteria open() {
		return Criteria.where(STATUS).ne(CaseStatus.CLOSED);
	}

	private static Criteria meritReviewPending() {
		return Criteria.where(MERIT_STATUS).is(MeritReview.Status.PENDING);
	}

	/** One atomic change of the case, if it meets the condition; the case as changed. */
	private Optional<Case> change(String caseId, Criteria condition, Update update) {
		Query query = Query.query(Criteria.where("_id").is(caseId));
		if (condition != null) {
			query.addCriteria(condition);
		}
		return Optional.ofNullable(this.content.open(this.tenantData.findAndModify(query, update.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Case.class)));
	}

}
