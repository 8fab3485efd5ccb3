package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.people.Relatives;
import io.conduct.people.ReportingLines;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The handler decides between an informal inquiry and a formal investigation and assigns
 * investigators. An investigator may not be involved in the case, be immediate family of
 * anyone involved, or report, directly or indirectly, to anyone involved; a refusal names
 * the reason.
 */
@Service
class Investigations {

	private final CaseStore store;

	private final CaseHandling handling;

	private final PeopleDirectory people;

	private final Relatives relatives;

	private final ReportingLines reportingLines;

	private final AuditTrail audit;

	private final Clock clock;

	Investigations(CaseStore store, CaseHandling handling, PeopleDirectory people, Relatives relatives,
			ReportingLines reportingLines, AuditTrail audit, Clock clock) {
		this.store = store;
		this.handling = handling;
		this.people = people;
		this.relatives = relatives;
		this.reportingLines = reportingLines;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> open(String caseId, Investigation.Kind kind) {
		Outcome<Case> found = this.handling.steered(caseId);
		if (!found.isSuccess()) {
			return found;
		}
		if (found.value().status() == CaseStatus.CLOSED) {
			return Outcome.rejected("caseId", UserErrorCode.CLOSED, "The case is closed");
		}
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		Optional<Case> opened = this.store.openInvestigation(caseId, kind, now, by,
				CaseEvent.of(kind.opened(), now, by));
		this.audit.record("case.investigation.open", "Case", caseId, Map.of("kind", kind.name()));
		return opened.map(Outcome::of)
			.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.CLOSED, "The case is closed"));
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> assign(String caseId, String investigatorPersonId) {
		Outcome<Case> found = this.handling.steered(caseId);
		if (!found.isSuccess()) {
			return found;
		}
		Case reported = found.value();
		Validation validation = new Validation();
		if (reported.investigation() == null) {
			validation.reject("caseId", UserErrorCode.NO_INVESTIGATION, "Open an inquiry or an investigation first");
		}
		Optional<Person> investigator = Optional.ofNullable(investigatorPersonId).flatMap(this.people::find);
		if (investigator.isEmpty()) {
			validation.reject("investigatorPersonId", UserErrorCode.NOT_FOUND, "No such person");
		}
		else {
			conflicts(validation, investigator.get(), reported);
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Optional<Case> assigned = this.store.addInvestigator(caseId, investigatorPersonId,
				new CaseEvent(CaseEventType.INVESTIGATOR_ASSIGNED, now, CurrentUser.required().getName(),
						investigator.get().displayName()));
		this.audit.record("case.investigator.assign", "Case", caseId,
				Map.of("investigatorPersonId", investigatorPersonId));
		return assigned.map(Outcome::of)
			.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.CLOSED, "The case is closed"));
	}

	/** The Code's conflict checks, each refusal naming its reason. */
	private void conflicts(Validation validation, Person investigator, Case reported) {
		for (String involved : reported.involvedPersonIds()) {
			if (involved.equals(investigator.id())) {
				validation.reject("investigatorPersonId", UserErrorCode.CONFLICT_INVOLVED,
						"The investigator is involved in the case");
				return;
			}
			if (this.relatives.areImmediateFamily(investigator.id(), involved)) {
				validation.reject("investigatorPersonId", UserErrorCode.CONFLICT_FAMILY,
						"The investigator is immediate family of someone involved");
				return;
			}
			if (this.reportingLines.reportsTo(investigator.id(), involved)) {
				validation.reject("investigatorPersonId", UserErrorCode.CONFLICT_REPORTING_LINE,
						"The investigator reports, directly or indirectly, to someone involved");
				return;
			}
		}
	}

}
