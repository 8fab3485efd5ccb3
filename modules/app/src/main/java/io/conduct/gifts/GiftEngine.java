package io.conduct.gifts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one engine that judges gift register entries by the Code's GIFTS AND GRATUITIES
 * rules ({@code gifts/gift-rules.json}): every rule that covers the entry is applied by
 * its policy; the answer is the most severe outcome of those that apply; when none
 * applies, the uncovered rule records it with {@code NO_ACTION}. Every rule looked at is
 * reported with the figure, the threshold and the comparison. Framework-free.
 */
final class GiftEngine {

	private final GiftRules rules;

	private final Map<GiftRules.Policy, GiftPolicy> policies = new EnumMap<>(GiftRules.Policy.class);

	GiftEngine(GiftRules rules) {
		this.rules = rules;
		this.policies.put(GiftRules.Policy.STATED_BRIBE, new StatedBriberyPolicy());
		this.policies.put(GiftRules.Policy.CASH, new CashPolicy());
		this.policies.put(GiftRules.Policy.VALUE_ABOVE, new ValueAbovePolicy());
		this.policies.put(GiftRules.Policy.PER_PERSON_ABOVE, new PerPersonAbovePolicy());
		this.policies.put(GiftRules.Policy.FREQUENCY_ABOVE, new FrequencyAbovePolicy());
		this.policies.put(GiftRules.Policy.NOT_CONFIRMED_LAWFUL, new NotConfirmedLawfulPolicy());
	}

	GiftRules rules() {
		return this.rules;
	}

	GiftEvaluation evaluate(GiftFacts facts, Thresholds thresholds, Instant at) {
		List<GiftFinding> findings = new ArrayList<>();
		GiftOutcome outcome = GiftOutcome.NO_ACTION;
		boolean opensCase = false;
		for (GiftRules.Rule rule : this.rules.rules()) {
			if (!rule.when().covers(facts)) {
				continue;
			}
			if (facts.declined() && !rule.appliesWhenDeclined()) {
				findings.add(finding(rule, new GiftPolicy.Assessment(false, facts.valueInWords(), null,
						"declined: nothing was accepted or given"), rule.outcome()));
				continue;
			}
			GiftPolicy.Assessment assessment = this.policies.get(rule.policy()).assess(rule, facts, thresholds);
			GiftOutcome decided = rule.outcome();
			if (rule.onceGiven() != null && facts.givenAlready()) {
				decided = rule.onceGiven();
				if (assessment.applies()) {
					assessment = new GiftPolicy.Assessment(true, assessment.figure(), assessment.threshold(),
							assessment.comparison() + "; given already, without the CFO/CAO's approval beforehand");
				}
			}
			findings.add(finding(rule, assessment, decided));
			if (assessment.applies()) {
				outcome = outcome.worse(decided);
				opensCase |= rule.opensCase();
			}
		}
		if (findings.stream().noneMatch(GiftFinding::applies)) {
			GiftRules.Uncovered uncovered = this.rules.uncovered();
			findings.add(new GiftFinding(uncovered.rule(), this.rules.section(), uncovered.summary(), true,
					uncovered.outcome(), facts.valueInWords(), null,
					"no rule limits this " + words(facts.kind()) + " " + words(facts.direction())
							+ ": recorded, and counted in the totals with " + facts.counterpartyName()));
		}
		return new GiftEvaluation(outcome, findings, opensCase, this.rules.version(), thresholds.source(), at);
	}

	private GiftFinding finding(GiftRules.Rule rule, GiftPolicy.Assessment assessment, GiftOutcome outcome) {
		return new GiftFinding(rule.id(), this.rules.section(), rule.summary(), assessment.applies(), outcome,
				assessment.figure(), assessment.threshold(), assessment.comparison());
	}

	private static String words(Enum<?> value) {
		return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

}
