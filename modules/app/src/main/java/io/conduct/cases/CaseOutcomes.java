package io.conduct.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.TenantEncryption;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
class CaseOutcomes {

	private final CaseMeasureStore measures;

	private final CaseStore cases;

	private final CaseHandling handling;

	private final PeopleDirectory people;

	private final TenantEncryption encryption;

	private final AuditTrail audit;

	private final Duration protection;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseOutcomes(CaseMeasureStore measures, CaseStore cases, CaseHandling handling, PeopleDirectory people,
			TenantEncryption encryption, AuditTrail audit,
			@Value("${conduct.cases.reporter-protection:P730D}") Duration protection, Clock clock,
			ApplicationEventPublisher events) {
		this.measures = measures;
		this.cases = cases;
		this.handling = handling;
		this.people = people;
		this.encryption = encryption;
		this.audit = audit;
		this.protection = protection;
		this.clock = clock;
		this.events = events;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<CaseMeasure>> decide(String caseId, String personId, CaseMeasure.Kind kind, String note) {
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
		Optional<Role> decidingRole = subject.flatMap((p) -> decidingRole(p, callerRoles));
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
		String by = CurrentUser.required().getName();
		CaseMeasure measure = this.measures.insert(CaseMeasure.decided(caseId, personId, kind, note.trim(),
				protectedReporter, decidingRole.get(), by, now));
		// a held measure goes to the CFO/CAO and the Audit Committee for review, who must
		// see the case
		Optional<Case> changed = this.cases.recordMeasureEvent(caseId, new CaseEvent(
				protectedReporter ? CaseEventType.MEASURE_HELD_FOR_RETALIATION_REVIEW : CaseEventType.MEASURE_DECIDED,
				now, by, kind.name()), protectedReporter);
		this.audit.record("case.measure.decide", "Case", caseId,
				Map.of("measure", kind.name(), "status", measure.status().name()));
		this.events
			.publishEvent(new MeasureDecided(CurrentUser.required().tenantKey(), caseId, measure.id(), personId, now));
		return Outcome.of(new Recorded<>(measure, changed.orElse(found.get())));
	}

	/**
	 * The CFO/CAO or the Audit Committee records whether a held measure is retaliation.
	 */
	@PreAuthorize("hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE')")
	public Outcome<Recorded<CaseMeasure>> recordRetaliationReview(String measureId, boolean retaliation, String note) {
		Optional<CaseMeasure> measure = Optional.ofNullable(measureId).flatMap(this.measures::findById);
		if (measure.isEmpty() || this.handling.find(measure.get().caseId()).isEmpty()) {
			return Outcome.rejected("measureId", UserErrorCode.NOT_FOUND, "No such measure");
		}
		Validation validation = new Validation();
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		if (measure.get().status() != CaseMeasure.Status.HELD_FOR_RETALIATION_REVIEW) {
			validation.reject("measureId", UserErrorCode.NOT_HELD, "The measure is not held for a retaliation review");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		var caller = CurrentUser.required();
		Role role = caller.roles().contains(Role.CFO_CAO) ? Role.CFO_CAO : Role.AUDIT_COMMITTEE;
		Instant now = this.clock.instant();
		Optional<CaseMeasure> reviewed = this.measures.review(measureId,
				new CaseMeasure.Review(retaliation, note.trim(), role, caller.getName(), now));
		if (reviewed.isEmpty()) {
			return Outcome.rejected("measureId", UserErrorCode.NOT_HELD,
					"The measure is not held for a retaliation review");
		}
		String caseId = measure.get().caseId();
		Optional<Case> changed = this.cases.recordMeasureEvent(caseId,
				new CaseEvent(CaseEventType.RETALIATION_REVIEW_RECORDED, now, caller.getName(),
						retaliation ? "Retaliation: revoked" : "Not retaliation: final"),
				false);
		this.audit.record("case.measure.retaliation-review", "Case", caseId,
				Map.of("retaliation", String.valueOf(retaliation)));
		return Outcome.of(new Recorded<>(reviewed.get(), changed.orElse(null)));
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
		Optional<Case> changed = this.cases.markKnowinglyFalse(caseId, new CaseEvent(
				CaseEventType.REPORT_FOUND_KNOWINGLY_FALSE, now, CurrentUser.required().getName(), note.trim()));
		this.audit.record("case.knowingly-false", "Case", caseId, Map.of());
		return changed.map(Outcome::of)
			.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours"));
	}

	/** The measures of cases, in one query, for batch loading. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Map<String, List<CaseMeasure>> measuresOf(Collection<String> caseIds) {
		return this.measures.ofCases(caseIds);
	}

	/** A measure, to those who may see its case. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<CaseMeasure> find(String measureId) {
		return this.measures.findById(measureId).filter((m) -> this.handling.find(m.caseId()).isPresent());
	}

	/**
	 * Whether the person reported, or served as a witness, within the protection period.
	 */
	private boolean isProtectedReporter(Person subject) {
		Instant since = this.clock.instant().minus(this.protection);
		if (this.cases.interviewedSince(subject.id(), since)) {
			return true;
		}
		return subject.subject() != null
				&& this.cases.reportedInGoodFaithSince(this.encryption.blindIndex(subject.subject()), since);
	}

	private static Optional<Role> decidingRole(Person subject, Set<Role> roles) {
		List<Role> allowed = subject.type().isExecutiveOrDirector() ? List.of(Role.CEO, Role.BOARD)
				: List.of(Role.CFO_CAO);
		return allowed.stream().filter(roles::contains).findFirst();
	}

}
