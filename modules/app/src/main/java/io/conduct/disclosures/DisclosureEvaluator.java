package io.conduct.disclosures;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.conduct.code.CodeLibrary;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.people.PersonType;
import io.conduct.people.Relative;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.stereotype.Component;

/**
 * Gathers what the engine needs for disclosures of the current tenant (the directory's
 * people and relatives, the group's register, payments, rates and revenue, the tenant's
 * rules, the Code's version in force) in one batch, and has the engine evaluate each.
 */
@Component
class DisclosureEvaluator {

	private final ConflictEngine engine;

	private final GroupData group;

	private final PeopleDirectory people;

	private final CodeLibrary code;

	private final DisclosureStore store;

	private final Clock clock;

	DisclosureEvaluator(ConflictEngine engine, GroupData group, PeopleDirectory people, CodeLibrary code,
			DisclosureStore store, Clock clock) {
		this.engine = engine;
		this.group = group;
		this.people = people;
		this.code = code;
		this.store = store;
		this.clock = clock;
	}

	/** The disclosures with a new evaluation each (and the discloser's current type). */
	List<Disclosure> evaluate(List<Disclosure> disclosures, Evaluation.Trigger trigger) {
		if (disclosures.isEmpty()) {
			return List.of();
		}
		Set<String> personIds = new HashSet<>();
		Set<String> counterpartyIds = new HashSet<>();
		for (Disclosure disclosure : disclosures) {
			personIds.add(disclosure.discloserPersonId());
			if (disclosure.familyPersonId() != null) {
				personIds.add(disclosure.familyPersonId());
			}
			if (disclosure.counterpartyId() != null) {
				counterpartyIds.add(disclosure.counterpartyId());
			}
		}
		Map<String, Person> directory = this.people.findAll(personIds);
		Tenant top = this.group.top();
		Map<String, Counterparty> counterparties = counterpartyIds.isEmpty() ? Map.of()
				: this.group.counterparties(top, counterpartyIds)
					.stream()
					.collect(Collectors.toMap(Counterparty::id, Function.identity()));
		Map<String, Significance> significance = significanceOf(top, counterparties.values());
		List<TenantRule> rules = this.store.rules();
		CodeSections sections = sectionsInForce();
		var now = this.clock.instant();
		return disclosures.stream().map((disclosure) -> {
			Person discloser = directory.get(disclosure.discloserPersonId());
			PersonType type = (discloser != null) ? discloser.type() : disclosure.discloserType();
			Counterparty counterparty = (disclosure.counterpartyId() != null)
					? counterparties.get(disclosure.counterpartyId()) : null;
			DisclosureFacts facts = new DisclosureFacts(type, disclosure.kind(), disclosure.capacity(),
					disclosure.atCompanyRequest(), disclosure.holder(), relative(disclosure, discloser),
					new DisclosureFacts.Interest(disclosure.sharesHeld(), disclosure.percentOfOutstandingShares()),
					(counterparty != null) ? counterparty.facts(significance.get(counterparty.id())) : null,
					family(disclosure, discloser, directory), disclosure.description(), rules);
			Evaluation evaluation = (counterparty == null && disclosure.counterpartyId() != null)
					? missingCounterparty(trigger) : this.engine.evaluate(facts, sections, now, trigger);
			return disclosure.reevaluated(evaluation, type, now);
		}).toList();
	}

	/** Each counterparty's significance now, from one read of their payments. */
	Map<String, Significance> significanceOf(Tenant top, Collection<Counterparty> counterparties) {
		if (counterparties.isEmpty()) {
			return Map.of();
		}
		GroupFigures figures = this.group.figures(top);
		Map<String, List<SignificanceCalculator.PaymentFact>> payments = this.group
			.paymentsOf(top, counterparties.stream().map(Counterparty::id).toList())
			.stream()
			.collect(Collectors.groupingBy(CounterpartyPayment::counterpartyId,
					Collectors.mapping(CounterpartyPayment::fact, Collectors.toList())));
		SignificanceCalculator calculator = this.engine.significance();
		Map<String, Significance> result = new HashMap<>();
		for (Counterparty counterparty : counterparties) {
			result.put(counterparty.id(), calculator.assess(counterparty.kinds(), counterparty.lastFiscalYearRevenue(),
					payments.getOrDefault(counterparty.id(), List.of()), figures));
		}
		return result;
	}

	private Evaluation missingCounterparty(Evaluation.Trigger trigger) {
		// the register lost the counterparty: nothing can be said by the clauses
		ConflictRules.Uncovered uncovered = this.engine.rules().uncovered();
		return new Evaluation(ConflictOutcome.NEEDS_DETERMINATION,
				List.of(new Finding(uncovered.clause(), uncovered.summary(), uncovered.section(), null, false, true,
						ConflictOutcome.NEEDS_DETERMINATION, null, null,
						"the counterparty named is no longer in the group's register", null)),
				null, this.engine.rules().version(), null, this.clock.instant(), trigger);
	}

	private CodeSections sectionsInForce() {
		return this.code.current(null)
			.map((shown) -> CodeSections.of(shown.version().number(),
					shown.sections().stream().map((s) -> new CodeSections.Section(s.heading(), s.body())).toList()))
			.orElse(CodeSections.NONE);
	}

	private static DisclosureFacts.RelativeFacts relative(Disclosure disclosure, Person discloser) {
		if (disclosure.relativeId() == null) {
			return null;
		}
		Relative declared = (discloser != null) ? discloser.relatives()
			.stream()
			.filter((r) -> r.id().equals(disclosure.relativeId()))
			.findFirst()
			.orElse(null) : null;
		return (declared != null) ? new DisclosureFacts.RelativeFacts(declared.name(), declared.relation())
				: new DisclosureFacts.RelativeFacts(disclosure.relativeName(), null);
	}

	private static DisclosureFacts.FamilyFacts family(Disclosure disclosure, Person discloser,
			Map<String, Person> directory) {
		if (disclosure.familyPersonId() == null) {
			return null;
		}
		Person member = directory.get(disclosure.familyPersonId());
		if (member == null || discloser == null) {
			return null;
		}
		return new DisclosureFacts.FamilyFacts(member.displayName(), discloser.isImmediateFamilyOf(member));
	}

}
