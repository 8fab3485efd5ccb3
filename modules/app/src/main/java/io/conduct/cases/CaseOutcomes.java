package io.conduct.cases;

import java.time.Clock;
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
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Outcomes of a case: disciplinary measures and referrals. For executive officers and
 * directors only the CEO and the Board decide; for others the CFO/CAO records the
 * Company's decision. A measure against someone who reported or served as a witness
 * within the protection period is held for a retaliation review by the CFO/CAO or the
 * Audit Committee: never by whoever decided the measure, by the person it concerns, or by
 * anyone involved in the case. A finding that a report was knowingly false lifts its
 * reporter's protection, so no one person makes it: a handler proposes it and the Audit
 * Committee (another person, not involved, not the reporter) decides. Until it is decided
 * the reporter stays protected, and a measure held before then stays held until its
 * review.
 */
@Service
class CaseOutcomes {

	private final CaseMeasureStore measures;

	private final CaseStore cases;

	private final CaseHandling handling;

	private final PeopleDirectory people;

	private final TenantEncryption encryption;

	private final AuditTrail audit;

	private final JurisdictionPacks packs;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseOutcomes(CaseMeasureStore measures, CaseStore cases, CaseHandling handling, PeopleDirectory people,
			TenantEncryption encryption, AuditTrail audit, JurisdictionPacks packs, Clock clock,
			ApplicationEventPublisher events) {
		this.measures = measures;
		this.cases = cases;
		this.handling = handling;
		this.people = people;
		this.encryption = encryption;
		this.audit = audit;
		this.packs = packs;
		this.clock = clock;
		this.events = events;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<CaseMeasure>> decide(String caseId, String personId, MeasureKind kind, String note) {
		// the CEO and the Board decide on executives even where they are only informed
		var callerRoles = CurrentUser.required().roles();
		Outcome<Case> steered = this.handling.steered(caseId);
		Optional<Case> found = Optional.ofNullable(steered.value())
			.or(() -> this.handling.find(caseId)
				.filter((c) -> this.handling.standingOf(c) == CaseHandling.Standing.INFORMED)
				.filter((c) -> callerRoles.contains(Role.CEO) || callerRoles.contains(Role.BOARD)));
		if (found.isEmpty()) {
			return Outcome.rejected(steered.userErrors());
		}
		return decideOn(found.get(), personId, kind, note, callerRoles);
	}

	/**
	 * Decides a measure on a case the caller may decide on (found by the caller's own
	 * access rule: in the tenant, or from a tenant above it in the group): the same rules
	 * whoever asks. Only the CEO and the Board decide on executive officers and
	 * directors; a measure against a protected reporter or witness is held.
	 */
	Outcome<Recorded<CaseMeasure>> decideOn(Case found, String personId, MeasureKind kind, String note,
			Set<Role> callerRoles) {
		String caseId = found.id();
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
		// the case's tenant, which a member of a parent's Board deciding from above is
		// not
		// in
		this.events
			.publishEvent(new MeasureDecided(TenantContext.required().key(), caseId, measure.id(), personId, now));
		return Outcome.of(new Recorded<>(measure, changed.orElse(found)));
	}

	/**
	 * The CFO/CAO or the Audit Committee records whether a held measure is retaliation:
	 * someone other than whoever decided it, and other than the person it concerns;
	 * someone involved in the case cannot see it.
	 */
	@PreAuthorize("hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE')")
	public Outcome<Recorded<CaseMeasure>> recordRetaliationReview(String measureId, boolean retaliation, String note) {
		Optional<CaseMeasure> measure = Optional.ofNullable(measureId).flatMap(this.measures::findById);
		if (measure.isEmpty() || this.handling.find(measure.get().caseId()).isEmpty()) {
			return Outcome.rejected("measureId", UserErrorCode.NOT_FOUND, "No such measure");
		}
		var caller = CurrentUser.required();
		Validation validation = new Validation();
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		if (measure.get().status() != MeasureStatus.HELD_FOR_RETALIATION_REVIEW) {
			validation.reject("measureId", UserErrorCode.NOT_HELD, "The measure is not held for a retaliation review");
		}
		else if (caller.getName().equals(measure.get().decidedBy())) {
			validation.reject("measureId", UserErrorCode.SEPARATION_OF_DUTIES,
					"Whoever decided a measure does not review it: another person must");
		}
		else if (this.handling.callerIs(measure.get().personId())) {
			validation.reject("measureId", UserErrorCode.SEPARATION_OF_DUTIES,
					"Nobody reviews a measure against themselves");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
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
	 * Someone who steers the case proposes that its report was knowingly false; the Audit
	 * Committee, informed of the case from now on, decides. The reporter stays protected
	 * meanwhile.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> proposeKnowinglyFalse(String caseId, String note) {
		Outcome<Case> found = this.handling.steered(caseId);
		if (!found.isSuccess()) {
			return found;
		}
		Validation validation = new Validation();
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		var finding = found.value().reporter().knowinglyFalseFinding();
		if (finding != null && finding.status() != ReporterRecord.KnowinglyFalseFinding.Status.REJECTED) {
			validation.reject("caseId", UserErrorCode.DECIDED,
					(finding.status() == ReporterRecord.KnowinglyFalseFinding.Status.PROPOSED)
							? "It is proposed already: the Audit Committee decides" : "It was found already");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		Optional<Case> changed = this.cases.proposeKnowinglyFalse(caseId,
				new ReporterRecord.KnowinglyFalseFinding(ReporterRecord.KnowinglyFalseFinding.Status.PROPOSED, by,
						note.trim(), now, null, null, null),
				new CaseEvent(CaseEventType.KNOWINGLY_FALSE_PROPOSED, now, by, note.trim()));
		this.audit.record("case.knowingly-false.propose", "Case", caseId, Map.of());
		return changed.map(Outcome::of)
			.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.DECIDED, "It was proposed or found already"));
	}

	/**
	 * The Audit Committee decides on a proposal that the report was knowingly false:
	 * never the person who proposed it, nor its reporter; someone involved in the case
	 * cannot see it.
	 */
	@PreAuthorize("hasRole('AUDIT_COMMITTEE')")
	public Outcome<Case> decideKnowinglyFalse(String caseId, boolean knowinglyFalse, String note) {
		Optional<Case> found = this.handling.find(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		var caller = CurrentUser.required();
		Validation validation = new Validation();
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		var finding = found.get().reporter().knowinglyFalseFinding();
		if (finding == null || finding.status() != ReporterRecord.KnowinglyFalseFinding.Status.PROPOSED) {
			validation.reject("caseId", UserErrorCode.NOT_PROPOSED,
					"Nobody proposed that the report was knowingly false");
		}
		else if (caller.getName().equals(finding.proposedBy())) {
			validation.reject("caseId", UserErrorCode.SEPARATION_OF_DUTIES,
					"Whoever proposed it does not decide it: another member of the Audit Committee must");
		}
		else if (isReporter(found.get(), caller.getName())) {
			validation.reject("caseId", UserErrorCode.SEPARATION_OF_DUTIES, "Nobody decides on their own report");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		var decided = new ReporterRecord.KnowinglyFalseFinding(
				knowinglyFalse ? ReporterRecord.KnowinglyFalseFinding.Status.FOUND
						: ReporterRecord.KnowinglyFalseFinding.Status.REJECTED,
				finding.proposedBy(), finding.proposalNote(), finding.proposedAt(), caller.getName(), note.trim(), now);
		Optional<Case> changed = this.cases.decideKnowinglyFalse(caseId, finding.proposedBy(), decided, new CaseEvent(
				knowinglyFalse ? CaseEventType.REPORT_FOUND_KNOWINGLY_FALSE : CaseEventType.KNOWINGLY_FALSE_REJECTED,
				now, caller.getName(), note.trim()));
		this.audit.record("case.knowingly-false.decide", "Case", caseId,
				Map.of("knowinglyFalse", String.valueOf(knowinglyFalse)));
		return changed.map(Outcome::of)
			.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.NOT_PROPOSED, "It was decided meanwhile"));
	}

	private boolean isReporter(Case reported, String subject) {
		return reported.reporter().ref() != null
				&& reported.reporter().ref().equals(this.encryption.blindIndex(subject));
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
		// the longest protection of the tenant's packs (Japan presumes retaliation for a
		// year, the EU's packs protect for two), counted in the tenant's calendar
		Tenant tenant = TenantContext.required();
		Instant since = this.clock.instant()
			.atZone(tenant.zoneId())
			.minus(this.packs.dutiesFor(tenant.jurisdictions()).reporterProtection())
			.toInstant();
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
