package io.conduct.certifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.mongo.BulkWrites;
import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Campaigns, assignments and settings in the current tenant's database, with an index
 * behind every query. Writes are single-document or idempotent upserts, so a job
 * interrupted midway can simply run again.
 */
@Component
class CampaignStore implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	CampaignStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var campaigns = database.indexOps(CertificationCampaign.class);
		campaigns.createIndex(new Index().on("status", Sort.Direction.ASC).on("openedAt", Sort.Direction.DESC));
		campaigns.createIndex(new Index().on("openedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		var assignments = database.indexOps(CertificationAssignment.class);
		assignments.createIndex(new Index().on("personId", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on("dueAt", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC));
		assignments.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("nextStepAt", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC));
		assignments.createIndex(new Index().on("campaignId", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on("dueAt", Sort.Direction.ASC));
		assignments.createIndex(new Index().on("campaignId", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on("department", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC));
		assignments.createIndex(new Index().on("campaignId", Sort.Direction.ASC).on("assignedAt", Sort.Direction.ASC));
		assignments.createIndex(new Index().on("personId", Sort.Direction.ASC)
			.on("assignedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
	}

	Optional<CertificationSettings> settings() {
		return Optional.ofNullable(this.tenantData.findById(CertificationSettings.ID, CertificationSettings.class));
	}

	CertificationSettings save(CertificationSettings settings) {
		return this.tenantData.save(settings);
	}

	Optional<CertificationCampaign> campaign(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, CertificationCampaign.class));
	}

	/** Campaigns by id, in one query. */
	Map<String, CertificationCampaign> campaigns(Collection<String> ids) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), CertificationCampaign.class)
			.stream()
			.collect(Collectors.toMap(CertificationCampaign::id, (c) -> c));
	}

	List<CertificationCampaign> openCampaigns() {
		return this.tenantData.find(Query.query(Criteria.where("status").is(CertificationCampaign.Status.OPEN)),
				CertificationCampaign.class);
	}

	/** Newest first, after the position, at most {@code limit}. */
	List<CertificationCampaign> page(Cursors.Position after, int limit) {
		Query query = new Query();
		if (after != null) {
			query.addCriteria(Seek.after("openedAt", after.instant(), after.id(), Sort.Direction.DESC));
		}
		return this.tenantData.find(query.with(Sort.by(Sort.Direction.DESC, "openedAt", "_id")).limit(limit),
				CertificationCampaign.class);
	}

	/** The cursor of a campaign in the newest-first order. */
	static String cursorOf(CertificationCampaign campaign) {
		return Cursors.encode(campaign.openedAt(), campaign.id());
	}

	/** Campaigns opened in the period, oldest first. */
	List<CertificationCampaign> openedBetween(Instant from, Instant to) {
		return this.tenantData.find(Query.query(Criteria.where("openedAt").gte(from).lt(to))
			.with(Sort.by(Sort.Direction.ASC, "openedAt", "_id")), CertificationCampaign.class);
	}

	/** Inserts the campaign unless one with its id exists; returns the stored one. */
	CertificationCampaign insertIfAbsent(CertificationCampaign campaign) {
		try {
			return this.tenantData.insert(campaign);
		}
		catch (DuplicateKeyException ex) {
			return campaign(campaign.id()).orElseThrow();
		}
	}

	void markFullyAssigned(String campaignId) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(campaignId)),
				Update.update("fullyAssigned", true), CertificationCampaign.class);
	}

	/** Closes an open campaign; false when it was not open. */
	boolean close(String campaignId, Instant now) {
		return this.tenantData
			.updateFirst(
					Query.query(
							Criteria.where("_id").is(campaignId).and("status").is(CertificationCampaign.Status.OPEN)),
					Update.update("status", CertificationCampaign.Status.CLOSED).set("closedAt", now),
					CertificationCampaign.class)
			.getModifiedCount() == 1;
	}

	void postponeClosing(String campaignId, Instant closesAt) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(campaignId)),
				Update.update("closesAt", closesAt), CertificationCampaign.class);
	}

	List<CertificationCampaign> openClosingBy(Instant now) {
		return this.tenantData.find(
				Query.query(Criteria.where("status").is(CertificationCampaign.Status.OPEN).and("closesAt").lte(now)),
				CertificationCampaign.class);
	}

	/** Writes the assignments that do not exist yet, in one bulk write. */
	void assignAll(List<CertificationAssignment> assignments) {
		if (assignments.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.tenantData.bulkOps(BulkOperations.BulkMode.UNORDERED, CertificationAssignment.class);
		for (CertificationAssignment assignment : assignments) {
			Document fields = new Document();
			this.tenantData.getConverter().write(assignment, fields);
			Update update = new Update();
			fields.forEach((key, value) -> {
				if (!"_id".equals(key) && !"_class".equals(key)) {
					update.setOnInsert(key, value);
				}
			});
			bulk.upsert(Query.query(Criteria.where("_id").is(assignment.id())), update);
		}
		// two instances upserting the same assignment at once: one is written, as wanted
		BulkWrites.executeIgnoringDuplicates(bulk, assignments.size());
	}

	Optional<CertificationAssignment> assignment(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, CertificationAssignment.class));
	}

	/**
	 * The person's assignments after the position, at most {@code limit}: the pending
	 * ones first, soonest due first, then the settled ones, newest first. A position
	 * names its part ({@link #cursorOf}), so each part is one indexed range.
	 */
	List<CertificationAssignment> assignmentsOf(String personId, Cursors.Position after, int limit) {
		List<CertificationAssignment> found = new java.util.ArrayList<>();
		boolean inSettled = after != null && after.sortKey().startsWith(SETTLED);
		if (!inSettled) {
			Criteria pending = Criteria.where("personId")
				.is(personId)
				.and("status")
				.is(CertificationAssignment.Status.PENDING);
			Query query = Query.query(pending);
			if (after != null) {
				query.addCriteria(Seek.after("dueAt", momentOf(after, PENDING), after.id(), Sort.Direction.ASC));
			}
			found.addAll(this.tenantData.find(query.with(Sort.by("dueAt", "_id")).limit(limit),
					CertificationAssignment.class));
		}
		if (found.size() < limit) {
			Criteria settled = Criteria.where("personId")
				.is(personId)
				.and("status")
				.ne(CertificationAssignment.Status.PENDING);
			Query query = Query.query(settled);
			if (inSettled) {
				query.addCriteria(Seek.after("assignedAt", momentOf(after, SETTLED), after.id(), Sort.Direction.DESC));
			}
			found.addAll(this.tenantData.find(
					query.with(Sort.by(Sort.Direction.DESC, "assignedAt", "_id")).limit(limit - found.size()),
					CertificationAssignment.class));
		}
		return found;
	}

	private static final String PENDING = "P";

	private static final String SETTLED = "S";

	/** The cursor of an assignment in the order of {@link #assignmentsOf}. */
	static String cursorOf(CertificationAssignment assignment) {
		return assignment.isPending() ? Cursors.encode(PENDING + assignment.dueAt().toEpochMilli(), assignment.id())
				: Cursors.encode(SETTLED + assignment.assignedAt().toEpochMilli(), assignment.id());
	}

	private static Instant momentOf(Cursors.Position position, String part) {
		try {
			return Instant.ofEpochMilli(Long.parseLong(position.sortKey().substring(part.length())));
		}
		catch (NumberFormatException | IndexOutOfBoundsException ex) {
			throw io.conduct.platform.errors.ConductException.badRequest("Invalid cursor");
		}
	}

	List<CertificationAssignment> pendingOf(String personId) {
		return this.tenantData.find(Query
			.query(Criteria.where("personId").is(personId).and("status").is(CertificationAssignment.Status.PENDING))
			.with(Sort.by("dueAt")), CertificationAssignment.class);
	}

	/**
	 * Pending assignments whose next ladder step has fallen due, longest due first; once
	 * handled, an assignment's next step lies ahead and it leaves this list.
	 */
	List<CertificationAssignment> ladderDue(Instant now, int limit) {
		return this.tenantData.find(Query
			.query(Criteria.where("status").is(CertificationAssignment.Status.PENDING).and("nextStepAt").lte(now))
			.with(Sort.by("nextStepAt", "_id"))
			.limit(limit), CertificationAssignment.class);
	}

	/** Records steps done; {@code $addToSet} keeps a step recorded twice once. */
	void recordSteps(String id, List<String> steps, Instant nextStepAt, Instant overdueSince) {
		recordSteps(List.of(new StepsTaken(id, steps, nextStepAt, overdueSince)));
	}

	/** Records the steps of many assignments in one bulk write. */
	void recordSteps(List<StepsTaken> taken) {
		if (taken.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.tenantData.bulkOps(BulkOperations.BulkMode.UNORDERED, CertificationAssignment.class);
		for (StepsTaken t : taken) {
			Update update = new Update().set("nextStepAt", t.nextStepAt());
			if (!t.steps().isEmpty()) {
				update.addToSet("steps").each(t.steps().toArray());
			}
			if (t.overdueSince() != null) {
				update.set("overdueSince", t.overdueSince());
			}
			// a certification or a withdrawal that came in meanwhile stays as it is
			bulk.updateOne(
					Query.query(
							Criteria.where("_id").is(t.id()).and("status").is(CertificationAssignment.Status.PENDING)),
					update);
		}
		bulk.execute();
	}

	/**
	 * Steps taken for an assignment.
	 *
	 * @param id the assignment
	 * @param steps the steps done
	 * @param nextStepAt when the next falls due, or null
	 * @param overdueSince when it became overdue, if it just did
	 */
	record StepsTaken(String id, List<String> steps, Instant nextStepAt, Instant overdueSince) {
	}

	/** Settles a pending assignment; false when it was no longer pending. */
	boolean complete(String id, String certificationId, CertificationAssignment.Status status, Instant now) {
		return this.tenantData.updateFirst(
				Query.query(Criteria.where("_id").is(id).and("status").is(CertificationAssignment.Status.PENDING)),
				Update.update("status", status)
					.set("certificationId", certificationId)
					.set("completedAt", now)
					.set("nextStepAt", null),
				CertificationAssignment.class)
			.getModifiedCount() == 1;
	}

	/** Records the referral unless there is one already; false then. */
	boolean refer(String id, CertificationAssignment.Referral referral) {
		return this.tenantData
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("referral").is(null)),
					Update.update("referral", referral), CertificationAssignment.class)
			.getModifiedCount() == 1;
	}

	/** The person left: what they still owed is withdrawn. */
	void withdrawPendingOf(String personId) {
		this.tenantData.updateMulti(Query
			.query(Criteria.where("personId").is(personId).and("status").is(CertificationAssignment.Status.PENDING)),
				Update.update("status", CertificationAssignment.Status.WITHDRAWN).set("nextStepAt", null),
				CertificationAssignment.class);
	}

	void withdraw(String id) {
		this.tenantData.updateFirst(
				Query.query(Criteria.where("_id").is(id).and("status").is(CertificationAssignment.Status.PENDING)),
				Update.update("status", CertificationAssignment.Status.WITHDRAWN).set("nextStepAt", null),
				CertificationAssignment.class);
	}

	/**
	 * Assignments of the campaigns counted by campaign and status, and those overdue by
	 * campaign; only those assigned in the period, if one is given.
	 */
	Map<String, CompletionCounts> countByCampaign(Collection<String> campaignIds, Instant now, Instant assignedFrom,
			Instant assignedTo) {
		Map<String, CompletionCounts> counts = new java.util.HashMap<>();
		this.tenantData.aggregate(
				Aggregation.newAggregation(Aggregation.match(scope(campaignIds, assignedFrom, assignedTo)),
						Aggregation.group("campaignId", "status").count().as("count")),
				CertificationAssignment.class, Document.class)
			.getMappedResults()
			.forEach((d) -> {
				Document key = d.get("_id", Document.class);
				counts.merge(key.getString("campaignId"),
						CompletionCounts.of(CertificationAssignment.Status.valueOf(key.getString("status")),
								((Number) d.get("count")).longValue()),
						CompletionCounts::plus);
			});
		this.tenantData
			.aggregate(
					Aggregation
						.newAggregation(Aggregation.match(scope(campaignIds, assignedFrom, assignedTo).and("status")
							.is(CertificationAssignment.Status.PENDING)
							.and("dueAt")
							.lte(now)), Aggregation.group("campaignId").count().as("count")),
					CertificationAssignment.class, Document.class)
			.getMappedResults()
			.forEach((d) -> counts.computeIfPresent(d.getString("_id"),
					(id, c) -> c.withOverdue(((Number) d.get("count")).longValue())));
		return counts;
	}

	/** After a settings change, every pending ladder is worked out again. */
	void rescheduleLadders(Instant now) {
		this.tenantData.updateMulti(Query.query(Criteria.where("status").is(CertificationAssignment.Status.PENDING)),
				Update.update("nextStepAt", now), CertificationAssignment.class);
	}

	/** Assignments of the campaign counted by department and status. */
	Map<Tally, Long> countByDepartmentAndStatus(String campaignId) {
		var aggregation = Aggregation.newAggregation(Aggregation.match(Criteria.where("campaignId").is(campaignId)),
				Aggregation.group("department", "status").count().as("count"));
		return this.tenantData.aggregate(aggregation, CertificationAssignment.class, Document.class)
			.getMappedResults()
			.stream()
			.collect(Collectors.toMap((d) -> {
				Document key = d.get("_id", Document.class);
				return new Tally(key.getString("department"),
						CertificationAssignment.Status.valueOf(key.getString("status")));
			}, (d) -> ((Number) d.get("count")).longValue(), Long::sum));
	}

	/**
	 * Pending assignments of the campaign past their due date, by department, after the
	 * position given; one more than asked for, to tell whether more follow.
	 */
	List<CertificationAssignment> overdue(String campaignId, Instant now, Cursors.Position after, int limit) {
		Criteria criteria = Criteria.where("campaignId")
			.is(campaignId)
			.and("status")
			.is(CertificationAssignment.Status.PENDING)
			.and("dueAt")
			.lte(now);
		Query query = Query.query(criteria);
		if (after != null) {
			query.addCriteria(Seek.after("department", after.sortKey(), after.id(), Sort.Direction.ASC));
		}
		return this.tenantData.find(query.with(Sort.by("department", "_id")).limit(limit + 1),
				CertificationAssignment.class);
	}

	/** Overdue assignments of the campaign counted by department. */
	Map<String, Long> countOverdueByDepartment(String campaignId, Instant now) {
		var aggregation = Aggregation.newAggregation(Aggregation.match(Criteria.where("campaignId")
			.is(campaignId)
			.and("status")
			.is(CertificationAssignment.Status.PENDING)
			.and("dueAt")
			.lte(now)), Aggregation.group("department").count().as("count"));
		Map<String, Long> counts = new java.util.HashMap<>();
		this.tenantData.aggregate(aggregation, CertificationAssignment.class, Document.class)
			.getMappedResults()
			.forEach((d) -> counts.merge(d.getString("_id"), ((Number) d.get("count")).longValue(), Long::sum));
		return counts;
	}

	private static Criteria scope(Collection<String> campaignIds, Instant assignedFrom, Instant assignedTo) {
		Criteria scope = Criteria.where("campaignId").in(campaignIds);
		return (assignedFrom != null) ? scope.and("assignedAt").gte(assignedFrom).lt(assignedTo) : scope;
	}

	/**
	 * A count key.
	 *
	 * @param department the department, or null
	 * @param status the assignments' status
	 */
	record Tally(String department, CertificationAssignment.Status status) {
	}

}
