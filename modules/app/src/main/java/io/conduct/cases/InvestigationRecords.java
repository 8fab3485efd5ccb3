package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.people.PeopleDirectory;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the handlers and investigators record: allegations (failing to cooperate is one of
 * its own), a finding per allegation, tasks, interviews and evidence, and the results
 * with a recommendation, which go to the Board for decision when an executive officer or
 * a director is involved. Nothing is recorded on a closed case.
 */
@Service
class InvestigationRecords {

	private static final int MAX_ALLEGATIONS = 50;

	private static final int MAX_ENTRIES = 500;

	private final CaseStore store;

	private final CaseHandling handling;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Attachments attachments;

	private final CaseInvolvement involvement;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	InvestigationRecords(CaseStore store, CaseHandling handling, PeopleDirectory people, AuditTrail audit,
			Attachments attachments, CaseInvolvement involvement, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.handling = handling;
		this.people = people;
		this.audit = audit;
		this.attachments = attachments;
		this.involvement = involvement;
		this.clock = clock;
		this.events = events;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<Allegation>> addAllegation(String caseId, Allegation.Kind kind, String summary,
			String subjectPersonId) {
		Outcome<Case> worked = this.handling.worked(caseId);
		if (!worked.isSuccess()) {
			return Outcome.rejected(worked.userErrors());
		}
		Optional<Case> found = Optional.of(worked.value());
		Validation validation = new Validation();
		if (kind == null) {
			validation.reject("kind", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("summary", summary, CaseLimits.SHORT_TEXT);
		Optional<io.conduct.people.Person> subject = Optional.ofNullable(subjectPersonId).flatMap(this.people::find);
		if (subjectPersonId != null && subject.isEmpty()) {
			validation.reject("subjectPersonId", UserErrorCode.NOT_FOUND, "No such person");
		}
		if (found.get().investigationRecord().allegations().size() >= MAX_ALLEGATIONS) {
			validation.reject("", UserErrorCode.TOO_MANY, "At most " + MAX_ALLEGATIONS + " allegations");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Allegation allegation = Allegation.alleged(kind, summary.trim(), subjectPersonId);
		this.audit.record("case.allegation.add", "Case", caseId, Map.of("kind", kind.name()));
		Optional<Case> changed = this.store.addAllegation(caseId, allegation,
				new CaseEvent(CaseEventType.ALLEGATION_ADDED, now, CurrentUser.required().getName(), kind.name()));
		if (changed.isPresent() && subject.isPresent()) {
			// whom an allegation is about is involved: the case is routed again at once
			changed = this.involvement.involve(caseId, subject.get(), Report.Involved.Origin.ALLEGATION_SUBJECT, null);
		}
		return recorded(changed, (c) -> Optional.of(allegation));
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<Allegation>> recordFinding(String caseId, String allegationId, Allegation.Finding finding,
			String note) {
		Outcome<Case> worked = this.handling.worked(caseId);
		if (!worked.isSuccess()) {
			return Outcome.rejected(worked.userErrors());
		}
		Optional<Case> found = Optional.of(worked.value());
		Validation validation = new Validation();
		if (finding == null) {
			validation.reject("finding", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		if (allegationId == null || found.get().investigationRecord().allegation(allegationId).isEmpty()) {
			validation.reject("allegationId", UserErrorCode.NOT_FOUND, "No such allegation on the case");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		this.audit.record("case.finding.record", "Case", caseId, Map.of("finding", finding.name()));
		Outcome<Recorded<Allegation>> outcome = recorded(
				this.store.recordFinding(caseId, allegationId, finding, note.trim(), by, now,
						new CaseEvent(CaseEventType.FINDING_RECORDED, now, by, finding.name())),
				(changed) -> changed.investigationRecord().allegation(allegationId));
		if (outcome.isSuccess() && finding == Allegation.Finding.SUBSTANTIATED
				&& outcome.value().item().subjectPersonId() != null) {
			this.events.publishEvent(new AllegationSubstantiated(CurrentUser.required().tenantKey(), caseId,
					allegationId, outcome.value().item().subjectPersonId(), now));
		}
		return outcome;
	}

	/** Records a task, an interview or evidence (with files) of the investigation. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<InvestigationRecord.Entry>> addEntry(String caseId, InvestigationRecord.Entry.Type type,
			String summary, String personId, List<ReportInput.AttachmentInput> files) {
		Outcome<Case> worked = this.handling.worked(caseId);
		if (!worked.isSuccess()) {
			return Outcome.rejected(worked.userErrors());
		}
		Optional<Case> found = Optional.of(worked.value());
		Validation validation = new Validation();
		if (type == null) {
			validation.reject("type", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("summary", summary, CaseLimits.MESSAGE);
		if (personId != null && this.people.find(personId).isEmpty()) {
			validation.reject("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		if (type == InvestigationRecord.Entry.Type.INTERVIEW && personId == null) {
			validation.reject("personId", UserErrorCode.REQUIRED, "An interview names its interviewee");
		}
		if (found.get().investigationRecord().entries().size() >= MAX_ENTRIES) {
			validation.reject("", UserErrorCode.TOO_MANY, "At most " + MAX_ENTRIES + " entries");
		}
		var checked = this.attachments.check(validation, "attachments", (files != null) ? files : List.of());
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		InvestigationRecord.Entry entry = new InvestigationRecord.Entry(UUID.randomUUID().toString(), type,
				summary.trim(), personId, this.attachments.store(caseId, checked), by, now);
		this.audit.record("case.entry.add", "Case", caseId, Map.of("type", type.name()));
		Optional<Case> changed = this.store.addEntry(caseId, entry, CaseEvent.of(type.recorded(), now, by));
		if (changed.isEmpty()) {
			this.attachments.delete(entry.attachments());
		}
		return recorded(changed, (c) -> Optional.of(entry));
	}

	/**
	 * The results and a recommendation; where an executive officer or a director is
	 * involved, they go to the Board for decision.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> submitResults(String caseId, String summary, String recommendation) {
		Outcome<Case> steered = this.handling.steered(caseId);
		if (!steered.isSuccess()) {
			return steered;
		}
		Optional<Case> found = Optional.of(steered.value());
		Validation validation = new Validation();
		validation.text("summary", summary, CaseLimits.MESSAGE);
		validation.text("recommendation", recommendation, CaseLimits.MESSAGE);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Case reported = found.get();
		boolean toBoard = reported.escalated() && reported.informedRoles().contains(Role.BOARD)
				|| reported.handlerRoles().contains(Role.BOARD);
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		this.audit.record("case.results.submit", "Case", caseId, Map.of("toBoard", String.valueOf(toBoard)));
		return this.store
			.submitResults(caseId,
					new InvestigationRecord.Results(summary.trim(), recommendation.trim(), by, now, toBoard),
					CaseEvent.of(toBoard ? CaseEventType.RESULTS_TO_BOARD : CaseEventType.RESULTS_RECORDED, now, by))
			.map(Outcome::of)
			.orElseGet(InvestigationRecords::closed);
	}

	/**
	 * The item recorded on the case as changed; a case closed meanwhile records nothing.
	 */
	private static <T> Outcome<Recorded<T>> recorded(Optional<Case> changed,
			java.util.function.Function<Case, Optional<T>> item) {
		return changed.flatMap((c) -> item.apply(c).map((i) -> new Recorded<>(i, c)))
			.map(Outcome::of)
			.orElseGet(InvestigationRecords::closed);
	}

	private static <T> Outcome<T> closed() {
		return Outcome.rejected("caseId", UserErrorCode.CLOSED, "The case is closed");
	}

}
