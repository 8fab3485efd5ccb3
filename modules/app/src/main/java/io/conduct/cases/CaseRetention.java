package io.conduct.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.RecordKeys;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.mongo.TenantDatabaseSetup;
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
 * How long each case is kept, and its deletion when that time is up: of the tenant's
 * jurisdiction packs' schedules, the maximum that ends first decides, unless a minimum (a
 * keep-obligation, e.g. US-SOX) ends later ({@link RetentionSchedules}); a legal hold
 * (placed by the CFO/CAO or the Audit Committee, with a reason) stops it until released;
 * and no case is deleted within 30 days of its reporter's last message. Deletion is
 * crypto-shredding: the case's key is destroyed, so what was written into the case cannot
 * be read in any copy or backup, and the case keeps only its number, dates, category,
 * status and findings, for the statistics and the Audit Committee's record.
 */
@Service
class CaseRetention implements TenantDatabaseSetup {

	static final Duration REPORTER_QUIET = Duration.ofDays(30);

	static final String HOLDERS = "hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE')";

	private static final int BATCH = 200;

	private static final int MAX_REASON = 2000;

	private final CaseStore cases;

	private final MongoTemplate tenantData;

	private final RetentionSchedules schedules;

	private final RecordKeys keys;

	private final Attachments attachments;

	private final AuditTrail audit;

	private final Clock clock;

	CaseRetention(CaseStore cases, MongoTemplate tenantData, RetentionSchedules schedules, RecordKeys keys,
			Attachments attachments, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.tenantData = tenantData;
		this.schedules = schedules;
		this.keys = keys;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations database) {
		database.indexOps(LegalHold.class)
			.createIndex(new Index().on("caseId", Sort.Direction.ASC).on("releasedAt", Sort.Direction.ASC));
	}

	/** A case's retention as the CFO/CAO and the Audit Committee read it. */
	@PreAuthorize(HOLDERS)
	Optional<Retention> retentionOf(String caseId) {
		return this.cases.findById(caseId).map(this::retention);
	}

	@PreAuthorize(HOLDERS)
	Outcome<Retention> placeHold(String caseId, String reason) {
		Validation validation = new Validation();
		validation.text("reason", reason, MAX_REASON);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Optional<Case> found = this.cases.findById(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case");
		}
		if (activeHold(caseId).isPresent()) {
			return Outcome.rejected("caseId", UserErrorCode.LEGAL_HOLD_ACTIVE, "A legal hold is in place already");
		}
		TenantAuthentication caller = CurrentUser.required();
		Role as = caller.roles().contains(Role.AUDIT_COMMITTEE) ? Role.AUDIT_COMMITTEE : Role.CFO_CAO;
		Instant now = this.clock.instant();
		// the reason is about the case: sealed with its key, and deleted with it
		var key = this.cases.keyFor(caseId);
		this.tenantData.insert(new LegalHold(UUID.randomUUID().toString(), caseId,
				key.seal(reason.trim(), "hold.reason"), caller.getName(), as, now, null, null));
		this.audit.recordSealed("case.legal-hold.place", "Case", caseId, Map.of("as", as.name()),
				Map.of("reason", reason.trim()), key);
		return Outcome.of(retention(found.get()));
	}

	@PreAuthorize(HOLDERS)
	Outcome<Retention> releaseHold(String caseId) {
		Optional<Case> found = this.cases.findById(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case");
		}
		Optional<LegalHold> hold = activeHold(caseId);
		if (hold.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NO_LEGAL_HOLD, "No legal hold is in place");
		}
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(hold.get().id()).and("releasedAt").is(null)),
				new Update().set("releasedBy", CurrentUser.required().getName())
					.set("releasedAt", this.clock.instant()),
				LegalHold.class);
		this.audit.record("case.legal-hold.release", "Case", caseId, Map.of());
		return Outcome.of(retention(found.get()));
	}

	/**
	 * Deletes the current tenant's cases that are due, in batches; a case that is held,
	 * or whose reporter wrote within 30 days, waits. Idempotent: a run cut short resumes.
	 * @return how many cases it deleted
	 */
	int deleteDue() {
		Tenant tenant = TenantContext.required();
		Instant now = this.clock.instant();
		int deleted = 0;
		String after = null;
		while (true) {
			List<Case> batch = this.cases.notDeleted(after, BATCH);
			if (batch.isEmpty()) {
				return deleted;
			}
			List<String> held = heldAmong(batch.stream().map(Case::id).toList());
			for (Case candidate : batch) {
				Retention retention = retention(candidate, tenant, held.contains(candidate.id()));
				if (retention.deletable(now)) {
					delete(candidate, retention);
					deleted++;
				}
			}
			after = batch.get(batch.size() - 1).id();
		}
	}

	private void delete(Case due, Retention retention) {
		Instant now = this.clock.instant();
		// the key first: from this moment the content is unreadable everywhere
		this.keys.destroy(CaseContent.KIND, due.id());
		this.cases.stripContent(due, now);
		this.attachments.deleteOfCase(due.id());
		this.audit.record("case.delete", "Case", due.id(),
				Map.of("number", due.number(), "pack", retention.pack(), "kind", retention.kind().name(), "dueAt",
						retention.dueAt().toString(), "schedule", retention.source()));
	}

	private Retention retention(Case reported) {
		Tenant tenant = TenantContext.required();
		return retention(reported, tenant, activeHold(reported.id()).isPresent());
	}

	private Retention retention(Case reported, Tenant tenant, boolean held) {
		Optional<RetentionSchedules.Due> due = this.schedules.dueFor(reported, tenant.jurisdictions(), tenant.zoneId());
		RetentionSchedule decided = due.map(RetentionSchedules.Due::schedule).orElse(null);
		Hold hold = (held ? activeHold(reported.id()) : Optional.<LegalHold>empty())
			.map((h) -> new Hold(this.cases.keyFor(reported.id()).open(h.reason(), "hold.reason"), h.placedBy(),
					h.placedAs(), h.placedAt()))
			.orElse(null);
		return new Retention(reported.number(), (decided != null) ? decided.pack() : null,
				(decided != null) ? decided.source() : null, (decided != null) ? decided.keep().toString() : null,
				(decided != null) ? decided.kind() : null, (decided != null) ? decided.from() : null,
				due.map(RetentionSchedules.Due::at).orElse(null), lastReporterActivity(reported).plus(REPORTER_QUIET),
				hold, held, this.cases.deletedAt(reported.id()));
	}

	private static Instant lastReporterActivity(Case reported) {
		Instant last = reported.receivedAt();
		for (Message message : reported.messages()) {
			if (message.author() == Message.Author.REPORTER && message.at().isAfter(last)) {
				last = message.at();
			}
		}
		return last;
	}

	private Optional<LegalHold> activeHold(String caseId) {
		return Optional.ofNullable(this.tenantData
			.findOne(Query.query(Criteria.where("caseId").is(caseId).and("releasedAt").is(null)), LegalHold.class));
	}

	private List<String> heldAmong(List<String> caseIds) {
		List<String> held = new ArrayList<>();
		for (LegalHold hold : this.tenantData
			.find(Query.query(Criteria.where("caseId").in(caseIds).and("releasedAt").is(null)), LegalHold.class)) {
			held.add(hold.caseId());
		}
		return held;
	}

	/**
	 * A case's retention.
	 *
	 * @param caseNumber the case
	 * @param pack the jurisdiction pack whose schedule decides: the maximum's that ends
	 * first, or the minimum's when it keeps the case longer
	 * @param source the law or rule of that schedule
	 * @param keep how long it keeps the case, as an ISO-8601 period
	 * @param kind whether that schedule is a maximum or a minimum (which then decided)
	 * @param from what the period runs from
	 * @param dueAt when the case falls due for deletion; {@code null} while its period
	 * has not started
	 * @param reporterQuietUntil the case is not deleted before then: 30 days after its
	 * reporter's last message
	 * @param legalHold the legal hold in place
	 * @param held whether a legal hold is in place
	 * @param deletedAt when its content was deleted
	 */
	record Retention(String caseNumber, String pack, String source, String keep, RetentionSchedule.Kind kind,
			RetentionSchedule.From from, Instant dueAt, Instant reporterQuietUntil, Hold legalHold, boolean held,
			Instant deletedAt) {

		boolean deletable(Instant now) {
			return this.deletedAt == null && !this.held && this.dueAt != null && !this.dueAt.isAfter(now)
					&& !this.reporterQuietUntil.isAfter(now);
		}

	}

	/**
	 * A legal hold in place.
	 *
	 * @param reason why
	 * @param placedBy who placed it
	 * @param placedAs in which role
	 * @param placedAt when
	 */
	record Hold(String reason, String placedBy, Role placedAs, Instant placedAt) {
	}

}
