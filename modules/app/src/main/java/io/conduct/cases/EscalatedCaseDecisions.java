package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The decisions the Code gives the Board and the Audit Committee on an escalated case,
 * for a member who acts from this tenant or from one above it in the group (the caller
 * runs it in this tenant's context, so in its database and its audit trail, which names
 * the member and their tenant): opening the case, the Board's measure for an executive
 * officer or a director, and the Audit Committee's follow-up of a forwarded accounting
 * concern. The rules are those of the same decision taken inside the tenant, and the
 * need-to-know rule of the group: a member involved in the case, known here by their
 * identity or by their e-mail, finds no case at all.
 */
@Service
public class EscalatedCaseDecisions {

	private final EscalatedCases escalated;

	private final CaseOutcomes outcomes;

	private final CaseMeasureStore measures;

	private final CaseStore store;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	EscalatedCaseDecisions(EscalatedCases escalated, CaseOutcomes outcomes, CaseMeasureStore measures, CaseStore store,
			PeopleDirectory people, AuditTrail audit, Clock clock) {
		this.escalated = escalated;
		this.outcomes = outcomes;
		this.measures = measures;
		this.store = store;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** The case opened by a member who may see it; the read is audited here. */
	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public Optional<EscalatedCaseDetail> open(EscalatedCase.Reader reader, String caseId) {
		Optional<Case> found = this.escalated.visible(reader, caseId);
		found.ifPresent((c) -> this.audit.record("case.read", "Case", c.id(), Map.of("view", "group")));
		return found.map(this::detailOf);
	}

	/**
	 * A member of the Board decides the measure for an executive officer or a director
	 * the case is about: a case routed to the Board (as its handler or informed), as the
	 * Board decides it inside the tenant.
	 */
	@PreAuthorize("hasRole('BOARD')")
	public Outcome<EscalatedCaseDetail> decideMeasure(EscalatedCase.Reader reader, String caseId, String personId,
			MeasureKind kind, String note) {
		Optional<Case> found = this.escalated.visible(reader, caseId)
			.filter((c) -> c.handlerRoles().contains(Role.BOARD) || c.informedRoles().contains(Role.BOARD));
		if (found.isEmpty() || !reader.roles().contains(Role.BOARD)) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		if (personId != null && this.people.idsOf(reader.subject(), reader.email()).contains(personId)) {
			return Outcome.rejected("personId", UserErrorCode.SEPARATION_OF_DUTIES,
					"Nobody decides a measure against themselves");
		}
		// decided in the Board's name only: a parent's CEO is not this tenant's CEO
		Outcome<Recorded<CaseMeasure>> decided = this.outcomes.decideOn(found.get(), personId, kind, note,
				EnumSet.of(Role.BOARD));
		if (!decided.isSuccess()) {
			return Outcome.rejected(decided.userErrors());
		}
		return Outcome.of(detailOf(this.store.findById(caseId).orElse(found.get())));
	}

	/**
	 * A member of the Audit Committee records the follow-up the Committee authorizes on a
	 * forwarded accounting concern it handles, or why none: on an open case only.
	 */
	@PreAuthorize("hasRole('AUDIT_COMMITTEE')")
	public Outcome<EscalatedCaseDetail> recordFollowUp(EscalatedCase.Reader reader, String caseId, String followUp) {
		Optional<Case> found = this.escalated.visible(reader, caseId)
			.filter((c) -> c.handlerRoles().contains(Role.AUDIT_COMMITTEE))
			.filter((c) -> EscalationKinds.of(c).contains(EscalationKind.ACCOUNTING_CONCERN_FORWARDED));
		if (found.isEmpty() || !reader.roles().contains(Role.AUDIT_COMMITTEE)) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No forwarded accounting concern of yours");
		}
		Validation validation = new Validation();
		validation.text("followUp", followUp, CaseLimits.SHORT_TEXT);
		if (found.get().status() == CaseStatus.CLOSED) {
			validation.reject("caseId", UserErrorCode.CLOSED, "The case is closed");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Optional<Case> changed = this.store.recordEvent(caseId, new CaseEvent(CaseEventType.AUDIT_COMMITTEE_FOLLOW_UP,
				now, CurrentUser.required().getName(), followUp.trim()));
		this.audit.record("case.follow-up.record", "Case", caseId, Map.of());
		return Outcome.of(detailOf(changed.orElse(found.get())));
	}

	private EscalatedCaseDetail detailOf(Case reported) {
		Instant now = this.clock.instant();
		List<EscalatedCaseDetail.Subject> subjects = reported.involvedPersonIds()
			.stream()
			.sorted()
			.map(this.people::find)
			.flatMap(Optional::stream)
			.filter((p) -> p.type().isExecutiveOrDirector())
			.map((p) -> new EscalatedCaseDetail.Subject(p.id(), p.displayName(), p.type()))
			.toList();
		List<CaseMeasure> decided = this.measures.ofCases(List.of(reported.id()))
			.getOrDefault(reported.id(), List.of());
		Map<String, String> names = new java.util.HashMap<>();
		decided.forEach((m) -> names.computeIfAbsent(m.personId(),
				(id) -> this.people.find(id).map(Person::displayName).orElse(null)));
		List<EscalatedCaseDetail.Measure> measures = decided.stream()
			.map((m) -> new EscalatedCaseDetail.Measure(m.personId(), names.get(m.personId()), m.kind(), m.status(),
					m.decidedByRole(), m.decidedAt()))
			.toList();
		List<EscalatedCaseDetail.FollowUp> followUps = reported.timeline()
			.stream()
			.filter((e) -> e.type() == CaseEventType.AUDIT_COMMITTEE_FOLLOW_UP)
			.map((e) -> new EscalatedCaseDetail.FollowUp(e.note(), e.at()))
			.toList();
		var results = reported.results();
		return new EscalatedCaseDetail(EscalatedCase.of(reported, now), reported.description(),
				(results != null) ? results.summary() : null, (results != null) ? results.recommendation() : null,
				subjects, measures, followUps);
	}

}
