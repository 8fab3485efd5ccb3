package io.conduct.disclosures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Determinations of disclosures, by whom the Code names: the CFO/CAO, or the Board where
 * the discloser is an executive officer or a director; never the discloser nor anyone the
 * disclosure involves. A Board determination that another activity is a conflict can make
 * it a rule of the tenant, which the engine then applies to every other activity
 * disclosed (those already disclosed are re-evaluated at once).
 */
@Service
class Determinations {

	static final int MAX_CONDITIONS = 20;

	static final int CONDITION_LENGTH = 500;

	static final int REASONS_LENGTH = 4_000;

	private final DisclosureStore store;

	private final Disclosures disclosures;

	private final Reevaluation reevaluation;

	private final DisclosureNotifications notifications;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	Determinations(DisclosureStore store, Disclosures disclosures, Reevaluation reevaluation,
			DisclosureNotifications notifications, PeopleDirectory people, AuditTrail audit, Clock clock) {
		this.store = store;
		this.disclosures = disclosures;
		this.reevaluation = reevaluation;
		this.notifications = notifications;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Determined> determine(String disclosureId, DeterminationDecision decision, List<String> conditions,
			String reasons, RuleRequest rule) {
		Optional<Disclosure> found = this.store.find(disclosureId);
		if (found.isEmpty()) {
			return Outcome.rejected("disclosureId", UserErrorCode.NOT_FOUND, "No such disclosure");
		}
		Disclosure disclosure = found.get();
		Person caller = this.people.findCaller().orElse(null);
		if (this.disclosures.isOwn(disclosure) || (caller != null && disclosure.involves(caller.id()))) {
			throw new ConductException(ErrorCode.FORBIDDEN, "Nobody determines a disclosure that involves them");
		}
		var roles = CurrentUser.required().roles();
		if (!roles.contains(disclosure.determiner().role())) {
			boolean staff = roles.contains(io.conduct.platform.security.Role.CFO_CAO)
					|| roles.contains(io.conduct.platform.security.Role.BOARD);
			throw new ConductException(ErrorCode.FORBIDDEN,
					!staff ? "Only its determiner determines a disclosure"
							: "This disclosure is determined by " + ((disclosure.determiner() == Determiner.BOARD)
									? "the Board: its discloser is an executive officer or a director"
									: "the CFO/CAO"));
		}
		List<String> given = (conditions != null) ? conditions : List.of();
		Validation validation = new Validation();
		if (decision == null) {
			validation.reject("decision", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("reasons", reasons, REASONS_LENGTH);
		if (validation.maxItems("conditions", given, MAX_CONDITIONS)) {
			for (int i = 0; i < given.size(); i++) {
				validation.text("conditions." + i, given.get(i), CONDITION_LENGTH);
			}
		}
		if (decision == DeterminationDecision.PERMITTED_WITH_CONDITIONS && given.isEmpty()) {
			validation.reject("conditions", UserErrorCode.REQUIRED, "A permission with conditions names them");
		}
		if (decision != DeterminationDecision.PERMITTED_WITH_CONDITIONS && !given.isEmpty()) {
			validation.reject("conditions", UserErrorCode.INVALID, "Only a permission with conditions has conditions");
		}
		if (rule != null) {
			checkRule(rule, disclosure, decision, validation);
		}
		if (disclosure.status() == DisclosureStatus.DETERMINED) {
			validation.reject("disclosureId", UserErrorCode.DECIDED,
					"It was determined already; a change that alters its evaluation sends it back");
		}
		else if (disclosure.status() == DisclosureStatus.WITHDRAWN) {
			validation.reject("disclosureId", UserErrorCode.CLOSED, "The discloser withdrew it");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		TenantRule tenantRule = null;
		if (rule != null) {
			tenantRule = this.store.insert(new TenantRule(UUID.randomUUID().toString(), rule.title().trim(),
					rule.terms().stream().map(String::trim).toList(), disclosureId, CurrentUser.required().getName(),
					now));
			this.audit.record("conflict-rule.declare", "ConflictRule", tenantRule.id(),
					Map.of("disclosureId", disclosureId));
		}
		Determination determination = new Determination(decision, given.stream().map(String::trim).toList(),
				reasons.trim(), disclosure.determiner(), CurrentUser.required().getName(),
				(caller != null) ? caller.id() : null, (caller != null) ? caller.displayName() : null, now,
				disclosure.evaluation().outcome(), (tenantRule != null) ? tenantRule.id() : null);
		Disclosure determined = this.store.save(disclosure.determined(determination, now));
		this.audit.record("disclosure.determine", "Disclosure", disclosureId, Map.of("decision", decision.name()));
		this.notifications.determined(determined,
				this.people.findAll(List.of(determined.discloserPersonId())).get(determined.discloserPersonId()));
		if (tenantRule != null) {
			// the Board's rule applies to every other activity of the tenant, this one
			// included
			this.reevaluation.reevaluateAsSystem(this.store.openOfKind(DisclosureKind.OTHER_ACTIVITY),
					Evaluation.Trigger.TENANT_RULE_DECLARED);
			determined = this.store.find(disclosureId).orElse(determined);
		}
		return Outcome.of(new Determined(determined, tenantRule));
	}

	private static void checkRule(RuleRequest rule, Disclosure disclosure, DeterminationDecision decision,
			Validation validation) {
		if (disclosure.determiner() != Determiner.BOARD || disclosure.kind() != DisclosureKind.OTHER_ACTIVITY
				|| decision != DeterminationDecision.CONFLICT) {
			validation.reject("tenantRule", UserErrorCode.NOT_ALLOWED,
					"Only the Board's determination that another activity is a conflict makes a rule");
			return;
		}
		validation.text("tenantRule.title", rule.title(), 200);
		List<String> terms = (rule.terms() != null) ? rule.terms() : List.of();
		if (terms.isEmpty()) {
			validation.reject("tenantRule.terms", UserErrorCode.REQUIRED, "At least one term");
		}
		if (validation.maxItems("tenantRule.terms", terms, 10)) {
			for (int i = 0; i < terms.size(); i++) {
				String term = terms.get(i);
				if (term == null || term.isBlank() || term.trim().length() < 3 || term.length() > 100) {
					validation.reject("tenantRule.terms." + i, UserErrorCode.INVALID, "3 to 100 characters");
				}
			}
		}
	}

	/**
	 * The rule of the tenant a Board determination makes.
	 *
	 * @param title the activity
	 * @param terms words or phrases a disclosure must mention to be covered
	 */
	record RuleRequest(String title, List<String> terms) {
	}

	/**
	 * A determined disclosure and the rule it made, if any.
	 *
	 * @param disclosure the disclosure
	 * @param rule the tenant's new rule
	 */
	record Determined(Disclosure disclosure, TenantRule rule) {
	}

}
