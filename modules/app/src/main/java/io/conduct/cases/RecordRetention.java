package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.records.RecordKind;
import io.conduct.platform.records.RetainedRecord;
import io.conduct.platform.records.RetainedRecords;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The retention of the other domains' records (disclosures, certifications, waiver
 * requests) under the same schedules as cases ({@link RetentionSchedules}) and the same
 * legal holds: each domain lists its records and deletes its own
 * ({@link RetainedRecords}); this engine decides which are due, skips those a hold names,
 * keeps a content-free record of each deletion ({@link DeletedRecord}) and audits it.
 */
@Service
class RecordRetention implements TenantDatabaseSetup {

	private static final int BATCH = 200;

	private static final int MAX_REASON = 2000;

	private final List<RetainedRecords> domains;

	private final MongoTemplate tenantData;

	private final RetentionSchedules schedules;

	private final AuditTrail audit;

	private final Clock clock;

	RecordRetention(List<RetainedRecords> domains, MongoTemplate tenantData, RetentionSchedules schedules,
			AuditTrail audit, Clock clock) {
		this.domains = List.copyOf(domains);
		this.tenantData = tenantData;
		this.schedules = schedules;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations database) {
		database.indexOps(RecordHold.class)
			.createIndex(new Index().on("recordKind", Sort.Direction.ASC)
				.on("recordId", Sort.Direction.ASC)
				.on("releasedAt", Sort.Direction.ASC));
	}

	/** A record's retention as the CFO/CAO and the Audit Committee read it. */
	@PreAuthorize(CaseRetention.HOLDERS)
	Optional<Retention> retentionOf(String recordId) {
		return target(recordId).flatMap((t) -> retention(t.domain(), t.localId()));
	}

	@PreAuthorize(CaseRetention.HOLDERS)
	Outcome<Retention> placeHold(String recordId, String reason) {
		Validation validation = new Validation();
		validation.text("reason", reason, MAX_REASON);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Optional<Target> target = target(recordId);
		if (target.isEmpty() || target.get().domain().find(target.get().localId()).isEmpty()) {
			return noSuchRecord();
		}
		RecordKind kind = target.get().domain().kind();
		String localId = target.get().localId();
		if (activeHold(kind, localId).isPresent()) {
			return Outcome.rejected("recordId", UserErrorCode.LEGAL_HOLD_ACTIVE, "A legal hold is in place already");
		}
		TenantAuthentication caller = CurrentUser.required();
		Role as = caller.roles().contains(Role.AUDIT_COMMITTEE) ? Role.AUDIT_COMMITTEE : Role.CFO_CAO;
		this.tenantData.insert(new RecordHold(UUID.randomUUID().toString(), kind, localId, reason.trim(),
				caller.getName(), as, this.clock.instant(), null, null));
		this.audit.record("record.legal-hold.place", target.get().domain().nodeType(), localId,
				Map.of("as", as.name(), "reason", reason.trim()));
		return Outcome.of(retention(target.get().domain(), localId).orElseThrow());
	}

	@PreAuthorize(CaseRetention.HOLDERS)
	Outcome<Retention> releaseHold(String recordId) {
		Optional<Target> target = target(recordId);
		if (target.isEmpty()) {
			return noSuchRecord();
		}
		RecordKind kind = target.get().domain().kind();
		String localId = target.get().localId();
		Optional<RecordHold> hold = activeHold(kind, localId);
		if (hold.isEmpty()) {
			return Outcome.rejected("recordId", UserErrorCode.NO_LEGAL_HOLD, "No legal hold is in place");
		}
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(hold.get().id()).and("releasedAt").is(null)),
				new Update().set("releasedBy", CurrentUser.required().getName())
					.set("releasedAt", this.clock.instant()),
				RecordHold.class);
		this.audit.record("record.legal-hold.release", target.get().domain().nodeType(), localId, Map.of());
		return retention(target.get().domain(), localId).map(Outcome::of).orElseGet(RecordRetention::noSuchRecord);
	}

	/**
	 * Deletes the current tenant's records of every domain that are due, in batches; a
	 * record a hold names waits. Idempotent: a run cut short resumes.
	 * @return how many records it deleted
	 */
	int deleteDue() {
		Tenant tenant = TenantContext.required();
		Instant now = this.clock.instant();
		int deleted = 0;
		for (RetainedRecords domain : this.domains) {
			String after = null;
			while (true) {
				List<RetainedRecord> batch = domain.after(after, BATCH);
				if (batch.isEmpty()) {
					break;
				}
				Set<String> held = heldAmong(domain.kind(), batch.stream().map(RetainedRecord::id).toList());
				for (RetainedRecord candidate : batch) {
					Optional<RetentionSchedules.Due> due = this.schedules.dueFor(domain.kind(), candidate,
							tenant.jurisdictions(), tenant.zoneId());
					if (!held.contains(candidate.id()) && due.isPresent() && !due.get().at().isAfter(now)) {
						delete(domain, candidate, due.get(), now);
						deleted++;
					}
				}
				after = batch.get(batch.size() - 1).id();
			}
		}
		return deleted;
	}

	private void delete(RetainedRecords domain, RetainedRecord due, RetentionSchedules.Due by, Instant now) {
		RetentionSchedule schedule = by.schedule();
		// the content-free record first: a run cut short after it deletes again,
		// idempotently
		this.tenantData.save(new DeletedRecord(DeletedRecord.idOf(domain.kind(), due.id()), domain.kind(), due.id(),
				due.label(), due.receivedAt(), due.closedAt(), due.decidedAt(), due.statistic(), schedule.pack(),
				schedule.source(), by.at(), now));
		domain.delete(due.id());
		this.audit.record("record.delete", domain.nodeType(), due.id(),
				Map.of("kind", domain.kind().name(), "label", due.label(), "pack", schedule.pack(), "scheduleKind",
						schedule.kind().name(), "dueAt", by.at().toString(), "schedule", schedule.source()));
	}

	private Optional<Retention> retention(RetainedRecords domain, String localId) {
		Tenant tenant = TenantContext.required();
		String globalId = GlobalId.encode(domain.nodeType(), localId);
		CaseRetention.Hold hold = activeHold(domain.kind(), localId)
			.map((h) -> new CaseRetention.Hold(h.reason(), h.placedBy(), h.placedAs(), h.placedAt()))
			.orElse(null);
		Optional<RetainedRecord> kept = domain.find(localId);
		if (kept.isPresent()) {
			Optional<RetentionSchedules.Due> due = this.schedules.dueFor(domain.kind(), kept.get(),
					tenant.jurisdictions(), tenant.zoneId());
			RetentionSchedule decided = due.map(RetentionSchedules.Due::schedule).orElse(null);
			return Optional.of(new Retention(globalId, domain.kind(), kept.get().label(),
					(decided != null) ? decided.pack() : null, (decided != null) ? decided.source() : null,
					(decided != null) ? decided.keep().toString() : null, (decided != null) ? decided.kind() : null,
					(decided != null) ? decided.from() : null, due.map(RetentionSchedules.Due::at).orElse(null), hold,
					null, List.of()));
		}
		return Optional
			.ofNullable(this.tenantData.findById(DeletedRecord.idOf(domain.kind(), localId), DeletedRecord.class))
			.map((d) -> new Retention(globalId, d.recordKind(), d.label(), d.pack(), d.schedule(), null, null, null,
					d.dueAt(), hold, d.deletedAt(), Fact.of(d.statistic())));
	}

	private Optional<Target> target(String recordId) {
		Optional<GlobalId> id = GlobalId.decode(recordId);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		return this.domains.stream()
			.filter((d) -> d.nodeType().equals(id.get().type()))
			.findFirst()
			.map((d) -> new Target(d, id.get().localId()));
	}

	private Optional<RecordHold> activeHold(RecordKind kind, String localId) {
		return Optional.ofNullable(this.tenantData.findOne(
				Query.query(
						Criteria.where("recordKind").is(kind).and("recordId").is(localId).and("releasedAt").is(null)),
				RecordHold.class));
	}

	private Set<String> heldAmong(RecordKind kind, List<String> ids) {
		Set<String> held = new HashSet<>();
		for (RecordHold hold : this.tenantData.find(
				Query.query(Criteria.where("recordKind").is(kind).and("recordId").in(ids).and("releasedAt").is(null)),
				RecordHold.class)) {
			held.add(hold.recordId());
		}
		return held;
	}

	private static Outcome<Retention> noSuchRecord() {
		return Outcome.rejected("recordId", UserErrorCode.NOT_FOUND, "No such record");
	}

	private record Target(RetainedRecords domain, String localId) {
	}

	/**
	 * A record's retention.
	 *
	 * @param recordId the record's global id
	 * @param recordKind its kind
	 * @param label its label
	 * @param pack the pack whose schedule decides
	 * @param source that schedule's law or rule
	 * @param keep how long that schedule keeps it (null once deleted)
	 * @param kind whether that schedule is a maximum or a minimum
	 * @param from what its period runs from
	 * @param dueAt when it falls due; null while its period has not started
	 * @param legalHold the legal hold in place
	 * @param deletedAt when it was deleted
	 * @param statistic what stays of it once deleted (nothing before)
	 */
	record Retention(String recordId, RecordKind recordKind, String label, String pack, String source, String keep,
			RetentionSchedule.Kind kind, RetentionSchedule.From from, Instant dueAt, CaseRetention.Hold legalHold,
			Instant deletedAt, List<Fact> statistic) {
	}

	/**
	 * A fact of a record's statistic.
	 *
	 * @param name what it is, e.g. {@code status}
	 * @param value its value
	 */
	record Fact(String name, String value) {

		static List<Fact> of(Map<String, String> statistic) {
			return statistic.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.map((e) -> new Fact(e.getKey(), e.getValue()))
				.toList();
		}

	}

}
