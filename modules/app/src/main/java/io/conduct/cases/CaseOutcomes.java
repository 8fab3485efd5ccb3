package io.conduct.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.TenantEncryption;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.beans.factory.annotation.Value;
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
 * Outcomes of a case: disciplinary measures and referrals. For executive officers and
 * directors only the CEO and the Board decide; for others the CFO/CAO records the
 * Company's decision. A measure against someone who reported within the protection period
 * is held for a retaliation review by the CFO/CAO or the Audit Committee; a finding that
 * their report was knowingly false lifts that protection.
 */
@Service
public class CaseOutcomes implements io.conduct.platform.mongo.TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	private final CaseHandling handling;

	private final PeopleDirectory people;

	private final TenantEncryption encryption;

	private final AuditTrail audit;

	private final Duration protection;

	private final Clock clock;

	CaseOutcomes(MongoTemplate tenantData, CaseHandling handling, PeopleDirectory people, TenantEncryption encryption,
			AuditTrail audit, @Value("${conduct.cases.reporter-protection:P730D}") Duration protection, Clock clock) {
		this.tenantData = tenantData;
		this.handling = handling;
		this.people = people;
		this.encryption = encryption;
		this.audit = audit;
		this.protection = protection;
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations database) {
		database.indexOps(Measure.class)
			.createIndex(new Index().on("caseId", Sort.Direction.ASC).on("decidedAt", Sort.Direction.ASC));
		database.indexOps(Measure.class).createIndex(new Index("status", Sort.Direction.ASC));
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Measure> decide(String caseId, String personId, Measure.Kind kind, String note) {
		// the CEO and the Board decide on executives even where they are only informed
		var callerRoles = CurrentUser.required().roles();
		Optional<Case> found = this.handling.findHandledByRole(caseId)
			.or(() -> this.handling.find(caseId)
				.filter(this.handling::informsCaller)
				.filter((c) -> callerRoles.contains(Role.CEO) || callerRoles.contains(Role.BOARD)));
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		if (kind == null) {
			validation.reject("measure", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		Optional<Person> subject = Optional.ofNullable(personId).flatMap(this.people::find);
		if (subject.isEmpty()) {
			validation.reject("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		var roles = CurrentUser.required().roles();
		Optional<Role> decidingRole = subject.flatMap((p) -> decidingRole(p, roles));
		if (subject.isPresent() && decidingRole.isEmpty()) {
			validation.reject("personId", UserErrorCode.NOT_AUTHORIZED_FOR_SUBJECT,
					subject.get().type().isExecutiveOrDirector()
							? "Only the CEO or the Board decide on executive officers and directors"
							: "The CFO/CAO records the Company's decision on employees and officers");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		boolean protectedReporter = isProtectedReporter(subject.get());
		Instant now = this.clock.instant();
		Measure measure = this.tenantData.insert(new Measure(UUID.randomUUID().toString(), caseId, personId, kind,
				note.trim(), protectedReporter ? Measure.Status.HELD_FOR_RETALIATION_REVIEW : Measure.Status.FINAL,
				decidingRole.get(), CurrentUser.required().getName(), now, null));
		Update timeline = new Update().push("timeline",
				new Case.Event(protectedReporter ? "MEASURE_HELD_FOR_RETALIATION_REVIEW" : "MEASURE_DECIDED", now,
						CurrentUser.required().getName(), kind.name()));
		if (protectedReporter) {
			// the review goes to the CFO/CAO and the Audit Committee, who must see the
			// case
			timeline.addToSet("informedRoles", Role.AUDIT_COMMITTEE);
		}
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(caseId)), timeline, Case.class);
		this.audit.record("case.measure.decide", "Case", caseId,
				Map.of("measure", kind.name(), "status", measure.status().name()));
		return Outcome.of(measure);
	}

	/**
	 * The CFO/CAO or the Audit Committee records whether a held measure is retaliation.
	 */
	@PreAuthorize("hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE')")
	public Outcome<Measure> recordRetaliationReview(String measureId, boolean retaliation, String note) {
		Measure measure = this.tenantData.findById(measureId, Measure.class);
		if (measure == null || this.handling.find(measure.caseId()).isEmpty()) {
			return Outcome.rejected("measureId", UserErrorCode.NOT_FOUND, "No such measure");
		}
		Validation validation = new Validation();
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		if (measure.status() != Measure.Status.HELD_FOR_RETALIATION_REVIEW) {
			validation.reject("measureId", UserErrorCode.NOT_HELD, "The measure is not held for a retaliation review");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		var caller = CurrentUser.required();
		Role role = caller.roles().contains(Role.CFO_CAO) ? Role.CFO_CAO : Role.AUDIT_COMMITTEE;
		Measure reviewed = this.tenantData.findAndModify(Query
			.query(Criteria.where("_id").is(measureId).and("status").is(Measure.Status.HELD_FOR_RETALIATION_REVIEW)),
				new Update().set("status", retaliation ? Measure.Status.REVOKED : Measure.Status.FINAL)
					.set("review",
							new Measure.Review(retaliation, note.trim(), role, caller.getName(), this.clock.instant())),
				org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), Measure.class);
		this.audit.record("case.measure.retaliation-review", "Case", measure.caseId(),
				Map.of("retaliation", String.valueOf(retaliation)));
		return (reviewed != null) ? Outcome.of(reviewed) : Outcome.rejected("measureId", UserErrorCode.NOT_HELD,
				"The measure is not held for a retaliation review");
	}

	/**
	 * A finding that the case's report was knowingly false: its reporter loses
	 * protection.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> recordKnowinglyFalse(String caseId, String note) {
		Optional<Case> found = this.handling.findHandledByRole(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Case updated = this.tenantData.findAndModify(Query.query(Criteria.where("_id").is(caseId)),
				new Update().set("knowinglyFalse", true)
					.push("timeline",
							new Case.Event("REPORT_FOUND_KNOWINGLY_FALSE", now, CurrentUser.required().getName(),
									note.trim()))
					.inc("version", 1),
				org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), Case.class);
		this.audit.record("case.knowingly-false", "Case", caseId, Map.of());
		return Outcome.of(updated);
	}

	/** The measures of cases, in one query, for batch loading. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Map<String, List<Measure>> measuresOf(Collection<String> caseIds) {
		return this.tenantData
			.find(Query.query(Criteria.where("caseId").in(caseIds)).with(Sort.by("decidedAt")), Measure.class)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(Measure::caseId));
	}

	/**
	 * Whether the person reported, or served as a witness, within the protection period.
	 */
	private boolean isProtectedReporter(Person subject) {
		Instant since = this.clock.instant().minus(this.protection);
		boolean witness = this.tenantData.exists(Query.query(Criteria.where("entries")
			.elemMatch(Criteria.where("type")
				.is(InvestigationEntry.Type.INTERVIEW)
				.and("personId")
				.is(subject.id())
				.and("at")
				.gte(since))), Case.class);
		if (witness) {
			return true;
		}
		if (subject.subject() == null) {
			return false;
		}
		return this.tenantData.exists(Query.query(Criteria.where("reporterRef")
			.is(this.encryption.blindIndex(subject.subject()))
			.and("receivedAt")
			.gte(since)
			.and("knowinglyFalse")
			.ne(true)), Case.class);
	}

	private static Optional<Role> decidingRole(Person subject, java.util.Set<Role> roles) {
		List<Role> allowed = subject.type().isExecutiveOrDirector() ? List.of(Role.CEO, Role.BOARD)
				: List.of(Role.CFO_CAO);
		return allowed.stream().filter(roles::contains).findFirst();
	}

}
