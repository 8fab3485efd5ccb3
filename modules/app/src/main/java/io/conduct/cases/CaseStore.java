package io.conduct.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.errors.ConductException;
import io.conduct.platform.mongo.TenantDatabaseSetup;
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
 * The cases collection of the current tenant, with an index behind every query.
 */
@Component
class CaseStore implements TenantDatabaseSetup {

	private static final String COUNTERS = "counters";

	private final MongoTemplate tenantData;

	CaseStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(Case.class);
		indexes.createIndex(new Index("number", Sort.Direction.ASC).unique());
		indexes.createIndex(new Index("anonymousAccess.locator", Sort.Direction.ASC).unique().sparse());
		indexes.createIndex(new Index().on("reporterRef", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("handlerRoles", Sort.Direction.ASC)
			.on("receivedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(
				new Index().on("meritReview.status", Sort.Direction.ASC).on("meritReview.due", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("category", Sort.Direction.ASC).on("receivedAt", Sort.Direction.ASC));
		indexes
			.createIndex(new Index().on("entries.personId", Sort.Direction.ASC).on("entries.at", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("informedRoles", Sort.Direction.ASC)
			.on("receivedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("handlerPersonIds", Sort.Direction.ASC)
			.on("receivedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
	}

	Case insert(Case newCase) {
		return this.tenantData.insert(newCase);
	}

	Optional<Case> findById(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, Case.class));
	}

	Optional<Case> findByLocator(String locator) {
		return Optional.ofNullable(this.tenantData
			.findOne(Query.query(Criteria.where("anonymousAccess.locator").is(locator)), Case.class));
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
	 * the person is involved in. Newest first, after the cursor.
	 */
	List<Case> visibleTo(Collection<String> roles, String personId, CaseFilter filter, Instant now, String afterId,
			Instant afterReceivedAt, int limit) {
		List<Criteria> handled = new ArrayList<>();
		if (!roles.isEmpty()) {
			handled.add(Criteria.where("handlerRoles").in(roles));
			handled.add(Criteria.where("informedRoles").in(roles));
		}
		if (personId != null) {
			handled.add(Criteria.where("handlerPersonIds").is(personId));
		}
		if (handled.isEmpty()) {
			return List.of();
		}
		List<Criteria> all = new ArrayList<>();
		all.add(new Criteria().orOperator(handled));
		if (personId != null) {
			all.add(Criteria.where("involved.personId").ne(personId));
		}
		if (!filter.statuses().isEmpty()) {
			all.add(Criteria.where("status").in(filter.statuses()));
		}
		if (!filter.categories().isEmpty()) {
			all.add(Criteria.where("category").in(filter.categories()));
		}
		if (!filter.channels().isEmpty()) {
			all.add(Criteria.where("channel").in(filter.channels()));
		}
		if (filter.escalated() != null) {
			all.add(Criteria.where("escalated").is(filter.escalated()));
		}
		if (filter.overdue() != null) {
			Criteria overdue = new Criteria().orOperator(
					Criteria.where("status").is(CaseStatus.RECEIVED).and("acknowledgementDue").lt(now),
					Criteria.where("status").ne(CaseStatus.CLOSED).and("feedbackDue").lt(now));
			all.add(filter.overdue() ? overdue : new Criteria().norOperator(overdue));
		}
		if (afterId != null) {
			all.add(new Criteria().orOperator(Criteria.where("receivedAt").lt(afterReceivedAt),
					Criteria.where("receivedAt").is(afterReceivedAt).and("_id").lt(afterId)));
		}
		return this.tenantData
			.find(new Query(new Criteria().andOperator(all)).with(Sort.by(Sort.Direction.DESC, "receivedAt", "_id"))
				.limit(limit), Case.class);
	}

	List<Case> reportedBy(String reporterRef) {
		return this.tenantData.find(Query.query(Criteria.where("reporterRef").is(reporterRef))
			.with(Sort.by(Sort.Direction.DESC, "receivedAt"))
			.limit(200), Case.class);
	}

	/** Appends a message and its event in one atomic write. */
	Case addMessage(String caseId, Case.Message message, Case.Event event) {
		return update(caseId, null, new Update().push("messages", message).push("timeline", event));
	}

	/** Marks the case acknowledged if it was not already; empty otherwise. */
	Optional<Case> acknowledge(String caseId, Instant at, Instant feedbackDue, Case.Message message, Case.Event event) {
		Case updated = this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(caseId).and("status").is(CaseStatus.RECEIVED)),
				new Update().set("status", CaseStatus.ACKNOWLEDGED)
					.set("acknowledgedAt", at)
					.set("feedbackDue", feedbackDue)
					.push("messages", message)
					.push("timeline", event)
					.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Case.class);
		return Optional.ofNullable(updated);
	}

	/** Records a merit determination while the review is pending; empty if it is not. */
	Optional<Case> addDetermination(String caseId, MeritReview.Determination determination, boolean decidesWithoutMerit,
			Case.Event event) {
		Update update = new Update().push("meritReview.determinations", determination).push("timeline", event);
		if (decidesWithoutMerit) {
			update.set("meritReview.status", MeritReview.Status.WITHOUT_MERIT);
		}
		return Optional.ofNullable(this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(caseId).and("meritReview.status").is(MeritReview.Status.PENDING)),
				update.inc("version", 1), FindAndModifyOptions.options().returnNew(true), Case.class));
	}

	/**
	 * Forwards a pending accounting concern to the Audit Committee; empty if not pending.
	 */
	Optional<Case> forwardToAuditCommittee(String caseId, Case.Event event) {
		return Optional.ofNullable(this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(caseId).and("meritReview.status").is(MeritReview.Status.PENDING)),
				new Update().set("meritReview.status", MeritReview.Status.FORWARDED)
					.addToSet("handlerRoles", io.conduct.platform.security.Role.AUDIT_COMMITTEE)
					.push("timeline", event)
					.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Case.class));
	}

	List<Case> pendingMeritReviewsDueBefore(Instant now) {
		return this.tenantData.find(Query
			.query(Criteria.where("meritReview.status").is(MeritReview.Status.PENDING).and("meritReview.due").lt(now))
			.limit(500), Case.class);
	}

	List<Case> receivedBetween(ReportCategory category, Instant from, Instant to) {
		return this.tenantData
			.find(Query.query(Criteria.where("category").is(category).and("receivedAt").gte(from).lt(to))
				.with(Sort.by("receivedAt")), Case.class);
	}

	/** Closes the case with its feedback message; empty if it was already closed. */
	Optional<Case> close(String caseId, Instant at, Case.Message feedback, Case.Event event) {
		return Optional.ofNullable(this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(caseId).and("status").ne(CaseStatus.CLOSED)),
				new Update().set("status", CaseStatus.CLOSED)
					.set("closedAt", at)
					.push("messages", feedback)
					.push("timeline", event)
					.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Case.class));
	}

	/** Opens or changes the way the case is looked into, unless it is closed. */
	Optional<Case> openInvestigation(String caseId, Investigation.Kind kind, Instant at, String by, Case.Event event) {
		return Optional.ofNullable(this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(caseId).and("status").ne(CaseStatus.CLOSED)),
				new Update().set("investigation.kind", kind)
					.set("investigation.openedAt", at)
					.set("investigation.openedBy", by)
					.push("timeline", event)
					.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Case.class));
	}

	/** Assigns an investigator, who may then read and work on the case. */
	Optional<Case> addInvestigator(String caseId, String personId, Case.Event event) {
		return Optional.ofNullable(this.tenantData.findAndModify(Query.query(
				Criteria.where("_id").is(caseId).and("status").ne(CaseStatus.CLOSED).and("investigation").exists(true)),
				new Update().addToSet("investigation.investigatorIds", personId)
					.addToSet("handlerPersonIds", personId)
					.push("timeline", event)
					.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Case.class));
	}

	void lockFollowUp(String caseId, Instant until) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(caseId)),
				Update.update("anonymousAccess.lockedUntil", until), Case.class);
	}

	private Case update(String caseId, Criteria condition, Update update) {
		Query query = Query.query(Criteria.where("_id").is(caseId));
		if (condition != null) {
			query.addCriteria(condition);
		}
		Case updated = this.tenantData.findAndModify(query, update.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Case.class);
		if (updated == null) {
			throw ConductException.notFound("Case");
		}
		return updated;
	}

}
