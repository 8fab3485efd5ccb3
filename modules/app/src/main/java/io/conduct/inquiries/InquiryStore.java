package io.conduct.inquiries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;

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
 * The inquiries of the current tenant's database. Only this store writes the collection;
 * each change is one conditional update of one document, so two spokespersons taking the
 * same inquiry at once, or two instances escalating it, change it once. An index stands
 * behind every query.
 */
@Component
class InquiryStore implements TenantDatabaseSetup {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "recordedAt", "_id");

	private final MongoTemplate tenantData;

	InquiryStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(Inquiry.class);
		indexes.createIndex(new Index().on("recordedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		for (String scope : List.of("recorderPersonId", "supervisorPersonId", "status", "inquirer.kind", "escalated",
				"mnpi.flagged")) {
			indexes.createIndex(new Index().on(scope, Sort.Direction.ASC)
				.on("recordedAt", Sort.Direction.DESC)
				.on("_id", Sort.Direction.DESC));
		}
		// the escalation round's query, and its resumption of notices not yet written
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("escalated", Sort.Direction.ASC)
			.on("escalatesAt", Sort.Direction.ASC));
		indexes.createIndex(new Index("noticesPending", Sort.Direction.ASC));
	}

	Inquiry insert(Inquiry inquiry) {
		return this.tenantData.insert(inquiry);
	}

	Optional<Inquiry> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, Inquiry.class));
	}

	/**
	 * A page newest first after the cursor, one more than asked for: of one recorder, or
	 * routed to one supervisor, or of the whole tenant when both are {@code null}.
	 */
	List<Inquiry> page(String recorderPersonId, String supervisorPersonId, InquiryFilter filter, Cursors.Position after,
			int limit) {
		List<Criteria> all = new ArrayList<>();
		if (recorderPersonId != null) {
			all.add(Criteria.where("recorderPersonId").is(recorderPersonId));
		}
		if (supervisorPersonId != null) {
			all.add(Criteria.where("supervisorPersonId").is(supervisorPersonId));
		}
		if (!filter.statuses().isEmpty()) {
			all.add(Criteria.where("status").in(filter.statuses()));
		}
		if (!filter.kinds().isEmpty()) {
			all.add(Criteria.where("inquirer.kind").in(filter.kinds()));
		}
		if (filter.escalated() != null) {
			all.add(Criteria.where("escalated").is(filter.escalated()));
		}
		if (filter.flagged() != null) {
			all.add(Criteria.where("mnpi.flagged").is(filter.flagged()));
		}
		if (after != null) {
			all.add(Seek.after("recordedAt", after.instant(), after.id(), Sort.Direction.DESC));
		}
		Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
		return this.tenantData.find(query.with(NEWEST_FIRST).limit(limit), Inquiry.class);
	}

	/** A spokesperson takes an open inquiry: empty if it is not open any more. */
	Optional<Inquiry> take(String id, String spokespersonId, Instant now) {
		return change(Criteria.where("_id").is(id).and("status").is(InquiryStatus.OPEN),
				new Update().set("status", InquiryStatus.TAKEN)
					.set("assigneePersonId", spokespersonId)
					.set("takenAt", now)
					.set("updatedAt", now)
					.inc("version", 1));
	}

	/**
	 * The CFO/CAO gives an inquiry not yet answered or declined to a spokesperson: empty
	 * if it was closed meanwhile.
	 */
	Optional<Inquiry> assign(String id, String spokespersonId, String cfoCaoId, List<Inquiry.Notice> notices,
			Instant now) {
		return change(Criteria.where("_id").is(id).and("status").in(InquiryStatus.OPEN, InquiryStatus.TAKEN),
				withNotices(new Update().set("status", InquiryStatus.TAKEN)
					.set("assigneePersonId", spokespersonId)
					.set("assignedByPersonId", cfoCaoId)
					.set("takenAt", now)
					.set("updatedAt", now), notices));
	}

	/**
	 * The spokesperson who has it records the reply: empty if it is not theirs, or not
	 * taken, any more.
	 */
	Optional<Inquiry> reply(String id, String spokespersonId, Inquiry.Reply reply, List<Inquiry.Notice> notices,
			Instant now) {
		return change(
				Criteria.where("_id")
					.is(id)
					.and("status")
					.is(InquiryStatus.TAKEN)
					.and("assigneePersonId")
					.is(spokespersonId),
				withNotices(
						new Update().set("status", reply.response().status()).set("reply", reply).set("updatedAt", now),
						notices));
	}

	/** Escalates an inquiry still open and not escalated: empty if it is not. */
	Optional<Inquiry> escalate(String id, Inquiry.Escalation escalation, List<Inquiry.Notice> notices, Instant now) {
		return change(Criteria.where("_id").is(id).and("status").is(InquiryStatus.OPEN).and("escalated").is(false),
				withNotices(new Update().set("escalated", true).set("escalation", escalation).set("updatedAt", now),
						notices));
	}

	/** Open inquiries not escalated whose business day ended before the moment. */
	List<Inquiry> dueForEscalation(Instant now, int limit) {
		return this.tenantData.find(Query.query(
				Criteria.where("status").is(InquiryStatus.OPEN).and("escalated").is(false).and("escalatesAt").lt(now))
			.with(Sort.by("escalatesAt"))
			.limit(limit), Inquiry.class);
	}

	/** Inquiries with notices recorded that may not be in the outbox yet. */
	List<Inquiry> withNoticesPending(int limit) {
		return this.tenantData.find(Query.query(Criteria.where("noticesPending").is(true)).limit(limit), Inquiry.class);
	}

	/**
	 * Records that the inquiry's notices are in the outbox, unless more were added since
	 * they were written.
	 */
	void noticesWritten(String id, int noticesWritten) {
		this.tenantData.updateFirst(
				Query.query(Criteria.where("_id").is(id).and("notices." + noticesWritten).exists(false)),
				new Update().set("noticesPending", false), Inquiry.class);
	}

	private static Update withNotices(Update update, List<Inquiry.Notice> notices) {
		if (!notices.isEmpty()) {
			update.push("notices").each(notices.toArray());
			update.set("noticesPending", true);
		}
		return update.inc("version", 1);
	}

	private Optional<Inquiry> change(Criteria criteria, Update update) {
		return Optional.ofNullable(this.tenantData.findAndModify(Query.query(criteria), update,
				FindAndModifyOptions.options().returnNew(true), Inquiry.class));
	}

}
