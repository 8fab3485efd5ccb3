package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.people.PeopleDirectory;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the handlers and investigators record: allegations (failing to cooperate is one of
 * its own), a finding per allegation, and the results with a recommendation, which go to
 * the Board for decision when an executive officer or a director is involved.
 */
@Service
public class InvestigationRecords {

	private static final int MAX_ALLEGATIONS = 50;

	private final MongoTemplate tenantData;

	private final CaseHandling handling;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Attachments attachments;

	private final Clock clock;

	InvestigationRecords(MongoTemplate tenantData, CaseHandling handling, PeopleDirectory people, AuditTrail audit,
			Attachments attachments, Clock clock) {
		this.tenantData = tenantData;
		this.handling = handling;
		this.people = people;
		this.audit = audit;
		this.attachments = attachments;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> addAllegation(String caseId, Allegation.Kind kind, String summary, String subjectPersonId) {
		Optional<Case> found = handled(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		if (kind == null) {
			validation.reject("kind", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("summary", summary, CaseLimits.SHORT_TEXT);
		if (subjectPersonId != null && this.people.find(subjectPersonId).isEmpty()) {
			validation.reject("subjectPersonId", UserErrorCode.NOT_FOUND, "No such person");
		}
		if (found.get().allegations().size() >= MAX_ALLEGATIONS) {
			validation.reject("", UserErrorCode.TOO_MANY, "At most " + MAX_ALLEGATIONS + " allegations");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Allegation allegation = new Allegation(UUID.randomUUID().toString(), kind, summary.trim(), subjectPersonId,
				null, null, null, null);
		this.audit.record("case.allegation.add", "Case", caseId, Map.of("kind", kind.name()));
		return update(caseId, new Update().push("allegations", allegation)
			.push("timeline", new Case.Event("ALLEGATION_ADDED", now, CurrentUser.required().getName(), kind.name())));
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> recordFinding(String caseId, String allegationId, Allegation.Finding finding, String note) {
		Optional<Case> found = handled(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		if (finding == null) {
			validation.reject("finding", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("note", note, CaseLimits.SHORT_TEXT);
		if (found.get().allegations().stream().noneMatch((a) -> a.id().equals(allegationId))) {
			validation.reject("allegationId", UserErrorCode.NOT_FOUND, "No such allegation on the case");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		this.audit.record("case.finding.record", "Case", caseId, Map.of("finding", finding.name()));
		return update(caseId, allegationId,
				new Update().set("allegations.$.finding", finding)
					.set("allegations.$.findingNote", note.trim())
					.set("allegations.$.findingBy", by)
					.set("allegations.$.findingAt", now)
					.push("timeline", new Case.Event("FINDING_RECORDED", now, by, finding.name())));
	}

	/** Records a task, an interview or evidence (with files) of the investigation. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> addEntry(String caseId, InvestigationEntry.Type type, String summary, String personId,
			java.util.List<ReportInput.AttachmentInput> files) {
		Optional<Case> found = handled(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		if (type == null) {
			validation.reject("type", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("summary", summary, CaseLimits.MESSAGE);
		if (personId != null && this.people.find(personId).isEmpty()) {
			validation.reject("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		if (type == InvestigationEntry.Type.INTERVIEW && personId == null) {
			validation.reject("personId", UserErrorCode.REQUIRED, "An interview names its interviewee");
		}
		if (found.get().entries().size() >= 500) {
			validation.reject("", UserErrorCode.TOO_MANY, "At most 500 entries");
		}
		var checked = this.attachments.check(validation, "attachments", (files != null) ? files : java.util.List.of());
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		InvestigationEntry entry = new InvestigationEntry(UUID.randomUUID().toString(), type, summary.trim(), personId,
				this.attachments.store(caseId, checked), by, now);
		this.audit.record("case.entry.add", "Case", caseId, Map.of("type", type.name()));
		return update(caseId, new Update().push("entries", entry)
			.push("timeline", new Case.Event(type + "_RECORDED", now, by, null)));
	}

	/**
	 * The results and a recommendation; where an executive officer or a director is
	 * involved, they go to the Board for decision.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> submitResults(String caseId, String summary, String recommendation) {
		Optional<Case> found = this.handling.findHandledByRole(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		validation.text("summary", summary, CaseLimits.MESSAGE);
		validation.text("recommendation", recommendation, CaseLimits.MESSAGE);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		boolean toBoard = found.get().escalated() && found.get().informedRoles().contains(Role.BOARD)
				|| found.get().handlerRoles().contains(Role.BOARD);
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		Update update = new Update()
			.set("results", new Results(summary.trim(), recommendation.trim(), by, now, toBoard))
			.push("timeline", new Case.Event(toBoard ? "RESULTS_TO_BOARD" : "RESULTS_RECORDED", now, by, null));
		if (toBoard) {
			update.addToSet("informedRoles", Role.BOARD);
		}
		this.audit.record("case.results.submit", "Case", caseId, Map.of("toBoard", String.valueOf(toBoard)));
		return update(caseId, update);
	}

	private Optional<Case> handled(String caseId) {
		return this.handling.find(caseId).filter(this.handling::handledByCaller);
	}

	private Outcome<Case> update(String caseId, Update update) {
		return update(caseId, null, update);
	}

	private Outcome<Case> update(String caseId, String allegationId, Update update) {
		Criteria criteria = Criteria.where("_id").is(caseId).and("status").ne(CaseStatus.CLOSED);
		if (allegationId != null) {
			criteria = criteria.and("allegations.id").is(allegationId);
		}
		Case updated = this.tenantData.findAndModify(Query.query(criteria), update.inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Case.class);
		return (updated != null) ? Outcome.of(updated)
				: Outcome.rejected("caseId", UserErrorCode.CLOSED, "The case is closed");
	}

	/**
	 * The results of looking into a case.
	 *
	 * @param summary what was found
	 * @param recommendation what to do
	 * @param by who submitted them
	 * @param at when
	 * @param toBoard whether they went to the Board for decision
	 */
	public record Results(String summary, String recommendation, String by, Instant at, boolean toBoard) {
	}

}
