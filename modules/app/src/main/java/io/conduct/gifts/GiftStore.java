package io.conduct.gifts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The gift register of the current tenant's database, with an index behind every query:
 * the lists by recorder, by supervisor and by recording time, the dispositions due by
 * date, and the group's totals by person, counterparty and date.
 */
@Component
class GiftStore implements TenantDatabaseSetup {

	static final String TALLY_INDEX = "tally_person_counterparty_date";

	static final String GROUP_TALLY_INDEX = "tally_group_person_counterparty_date";

	private final MongoTemplate tenantData;

	GiftStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var entries = database.indexOps(GiftEntry.class);
		entries.createIndex(new Index().on("recordedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		entries.createIndex(new Index().on("recorder.personId", Sort.Direction.ASC)
			.on("recordedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		entries.createIndex(new Index().on("recorder.supervisorPersonId", Sort.Direction.ASC)
			.on("recordedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		entries.createIndex(new Index().on("status", Sort.Direction.ASC).on("disposition.dueDate", Sort.Direction.ASC));
		entries.createIndex(new Index().on("caseReferral.status", Sort.Direction.ASC)
			.on("recordedAt", Sort.Direction.ASC)
			.sparse());
		entries.createIndex(new Index().on("tally.personId", Sort.Direction.ASC)
			.on("tally.counterpartyKey", Sort.Direction.ASC)
			.on("tally.date", Sort.Direction.ASC)
			.named(TALLY_INDEX));
		entries.createIndex(new Index().on("tally.personKey", Sort.Direction.ASC)
			.on("tally.counterpartyKey", Sort.Direction.ASC)
			.on("tally.date", Sort.Direction.ASC)
			.named(GROUP_TALLY_INDEX));
	}

	GiftEntry insert(GiftEntry entry) {
		return this.tenantData.insert(entry);
	}

	/** Saves a change; an entry changed since it was read fails (optimistic lock). */
	GiftEntry save(GiftEntry entry) {
		return this.tenantData.save(entry);
	}

	Optional<GiftEntry> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, GiftEntry.class));
	}

	/** Marks a refused entry's case as entered. */
	void caseOpened(String id, Instant at) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("caseReferral.status", GiftEntry.CaseReferralStatus.OPENED).set("caseReferral.at", at),
				GiftEntry.class);
	}

	/** Refused entries whose case is not entered yet, oldest first. */
	List<GiftEntry> pendingReferrals(Instant recordedBefore, int limit) {
		return this.tenantData.find(
				Query
					.query(Criteria.where("caseReferral.status")
						.is(GiftEntry.CaseReferralStatus.PENDING)
						.and("recordedAt")
						.lt(recordedBefore))
					.with(Sort.by("recordedAt"))
					.limit(limit),
				GiftEntry.class);
	}

	/** Dispositions due before the day and not recorded. */
	List<GiftEntry> overdue(LocalDate today, int limit) {
		return this.tenantData.find(Query
			.query(Criteria.where("status").is(GiftEntryStatus.DISPOSITION_DUE).and("disposition.dueDate").lt(today))
			.with(Sort.by("disposition.dueDate"))
			.limit(limit), GiftEntry.class);
	}

	/**
	 * A page newest first after the cursor, one more than asked for: of one recorder, of
	 * the people one supervisor supervised, or of everyone; never the excluded
	 * recorder's.
	 */
	List<GiftEntry> page(Scope scope, Filter filter, Instant afterAt, String afterId, int limit) {
		List<Criteria> all = new ArrayList<>();
		if (scope.recorderPersonId() != null) {
			all.add(Criteria.where("recorder.personId").is(scope.recorderPersonId()));
		}
		if (scope.supervisorPersonId() != null) {
			all.add(Criteria.where("recorder.supervisorPersonId").is(scope.supervisorPersonId()));
		}
		if (scope.notRecordedBy() != null) {
			all.add(Criteria.where("recorder.personId").ne(scope.notRecordedBy()));
		}
		if (filter.statuses() != null && !filter.statuses().isEmpty()) {
			all.add(Criteria.where("status").in(filter.statuses()));
		}
		if (filter.overdueOn() != null) {
			all.add(Criteria.where("status")
				.is(GiftEntryStatus.DISPOSITION_DUE)
				.and("disposition.dueDate")
				.lt(filter.overdueOn()));
		}
		if (Boolean.TRUE.equals(filter.flagged())) {
			all.add(Criteria.where("evaluation.findings")
				.elemMatch(Criteria.where("applies").is(true).and("outcome").in(GiftOutcome.FLAG, GiftOutcome.REFUSE)));
		}
		if (afterId != null) {
			all.add(Seek.after("recordedAt", afterAt, afterId, Sort.Direction.DESC));
		}
		Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
		return this.tenantData.find(query.with(Sort.by(Sort.Direction.DESC, "recordedAt", "_id")).limit(limit),
				GiftEntry.class);
	}

	/**
	 * This database's part of the group's totals of a person with a counterparty, for two
	 * windows, in one aggregation on a tally index: the person is this company's
	 * directory entry, or, from another company, their group key.
	 */
	Tallied tally(Person person, String counterpartyKey, Span rolling, Span fiscal) {
		LocalDate from = rolling.from().isBefore(fiscal.from()) ? rolling.from() : fiscal.from();
		LocalDate to = rolling.to().isAfter(fiscal.to()) ? rolling.to() : fiscal.to();
		Criteria who = (person.personId() != null) ? Criteria.where("tally.personId").is(person.personId())
				: Criteria.where("tally.personKey").is(person.groupKey());
		TypedAggregation<GiftEntry> aggregation = Aggregation.newAggregation(GiftEntry.class,
				Aggregation
					.match(who.and("tally.counterpartyKey").is(counterpartyKey).and("tally.date").gte(from).lte(to)),
				Aggregation.facet(window(rolling)).as("rolling").and(window(fiscal)).as("fiscal"));
		Document result = this.tenantData.aggregate(aggregation, Document.class).getUniqueMappedResult();
		return new Tallied(part(result, "rolling"), part(result, "fiscal"));
	}

	private static AggregationOperation[] window(Span span) {
		return new AggregationOperation[] {
				Aggregation.match(Criteria.where("tally.date").gte(span.from()).lte(span.to())),
				Aggregation.group()
					.sum("tally.entries")
					.as("entries")
					.sum("tally.events")
					.as("events")
					.sum("tally.groupMinorUnits")
					.as("minor") };
	}

	private static Part part(Document result, String facet) {
		List<?> groups = (result != null) ? result.getList(facet, Object.class) : List.of();
		if (groups == null || groups.isEmpty()) {
			return Part.NONE;
		}
		Document group = (Document) groups.get(0);
		return new Part(number(group.get("entries")).intValue(), number(group.get("events")).intValue(),
				number(group.get("minor")).longValue());
	}

	private static Number number(Object value) {
		return (value instanceof Number n) ? n : 0;
	}

	/**
	 * Whose entries a tally adds up: one directory entry's, or a group key's.
	 *
	 * @param personId the directory entry, in its own company
	 * @param groupKey the group key, in another company
	 */
	record Person(String personId, String groupKey) {
	}

	/**
	 * Whose entries a page lists.
	 *
	 * @param recorderPersonId one recorder's only
	 * @param supervisorPersonId those of the people one supervisor supervised
	 * @param notRecordedBy never this person's
	 */
	record Scope(String recorderPersonId, String supervisorPersonId, String notRecordedBy) {
	}

	/**
	 * Which entries a page lists.
	 *
	 * @param statuses in these statuses (any when empty)
	 * @param overdueOn only dispositions overdue on this day
	 * @param flagged only flagged ones
	 */
	record Filter(Collection<GiftEntryStatus> statuses, LocalDate overdueOn, Boolean flagged) {

		static final Filter NONE = new Filter(List.of(), null, null);

	}

	/**
	 * Days from one to another, both included.
	 *
	 * @param from the first
	 * @param to the last
	 */
	record Span(LocalDate from, LocalDate to) {
	}

	/**
	 * One database's part of the totals of two windows.
	 *
	 * @param rolling the twelve months
	 * @param fiscal the fiscal year
	 */
	record Tallied(Part rolling, Part fiscal) {
	}

	/**
	 * What one window adds up to in one database.
	 *
	 * @param entries entries not declined
	 * @param events events of entertainment
	 * @param groupMinorUnits value in the group's currency's minor units
	 */
	record Part(int entries, int events, long groupMinorUnits) {

		static final Part NONE = new Part(0, 0, 0);

		Part plus(Part other) {
			return new Part(this.entries + other.entries, this.events + other.events,
					this.groupMinorUnits + other.groupMinorUnits);
		}

	}

}
