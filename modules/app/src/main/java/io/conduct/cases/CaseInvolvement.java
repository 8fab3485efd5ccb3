package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Anyone a case is about is involved, however they came to be named: chosen or written at
 * intake, matched by name ({@link HandlerNames}), marked by a handler later, or the
 * subject of an allegation. Each time someone joins, the routing rules route the case
 * again at once, on everyone involved now: a rule that keeps a role from the case takes
 * it away (the CFO/CAO involved: the CEO and the Audit Committee handle it instead), the
 * rules that fired are recorded, and whoever joined loses every standing to the case (a
 * supervisor who received it, an assigned investigator). A pending merit review that the
 * rules no longer call for (the CFO/CAO or the CEO involved) goes to the Audit Committee.
 */
@Service
class CaseInvolvement {

	private static final int ATTEMPTS = 3;

	private final CaseStore store;

	private final CaseHandling handling;

	private final CaseRouter router;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	CaseInvolvement(CaseStore store, CaseHandling handling, CaseRouter router, PeopleDirectory people, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.handling = handling;
		this.router = router;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Someone who steers the case marks a directory person as involved in it. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Optional<Case>> markInvolved(String caseId, String personId, String reason) {
		Optional<Case> found = this.handling.findHandledByRole(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		validation.text("reason", reason, CaseLimits.SHORT_TEXT);
		Optional<Person> person = Optional.ofNullable(personId).flatMap(this.people::find);
		if (person.isEmpty()) {
			validation.reject("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		else if (found.get().involvedPersonIds().contains(personId)) {
			validation.reject("personId", UserErrorCode.ALREADY_INVOLVED, "The person is involved already");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		involve(caseId, person.get(), Report.Involved.Origin.MARKED, reason.trim());
		this.audit.record("case.involvement.add", "Case", caseId, Map.of("personId", personId));
		// whoever marked may have no standing any more (they marked themselves)
		return Outcome.of(this.handling.find(caseId));
	}

	/**
	 * Adds the person to those the case is about, unless they are already, and routes it
	 * again; the case as it is afterwards.
	 */
	Optional<Case> involve(String caseId, Person person, Report.Involved.Origin origin, String reason) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<Case> current = this.store.findById(caseId);
			if (current.isEmpty() || current.get().involvedPersonIds().contains(person.id())) {
				return current;
			}
			Optional<Case> changed = reroute(current.get(), person, origin, reason);
			if (changed.isPresent()) {
				return changed;
			}
		}
		throw new org.springframework.dao.OptimisticLockingFailureException(
				"The case changed while its routing was being decided");
	}

	private Optional<Case> reroute(Case reported, Person person, Report.Involved.Origin origin, String reason) {
		Set<String> involvedIds = new HashSet<>(reported.involvedPersonIds());
		involvedIds.add(person.id());
		List<Person> involvedPeople = new ArrayList<>(this.people.findAll(involvedIds).values());
		if (involvedPeople.stream().noneMatch((p) -> p.id().equals(person.id()))) {
			involvedPeople.add(person);
		}
		RoutingDecision decision = this.router
			.route(RoutingFacts.about(reported.recipient(), reported.category(), involvedPeople, null));
		Routing routing = decision.after(reported.routing(), involvedIds);
		boolean forwardMerit = reported.meritReview() != null
				&& reported.meritReview().status() == MeritReview.Status.PENDING && !decision.meritReview();
		Instant now = this.clock.instant();
		String by = CurrentUser.authentication().map((a) -> a.getName()).orElse(null);
		List<CaseEvent> events = new ArrayList<>();
		events.add(new CaseEvent(CaseEventType.INVOLVEMENT_ADDED, now, by,
				person.displayName() + ((origin == Report.Involved.Origin.ALLEGATION_SUBJECT)
						? ": the subject of an allegation" : ": " + reason)));
		events.add(new CaseEvent(CaseEventType.REROUTED, now, by,
				decision.fired().stream().map((f) -> f.rule().name()).collect(Collectors.joining(", "))));
		if (forwardMerit) {
			events.add(new CaseEvent(CaseEventType.FORWARDED_TO_AUDIT_COMMITTEE, now, by,
					"Nobody involved may find it without merit"));
		}
		return this.store.reroute(reported,
				Report.Involved.later(person.id(), person.displayName(), origin, reason, by, now), routing,
				forwardMerit, events);
	}

}
