package io.conduct.disclosures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one engine that judges disclosures by the Code's clauses
 * ({@code disclosures/conflict-rules.json}): the clauses of the discloser's list whose
 * policy matches what was disclosed are applied; the answer is the most severe outcome of
 * those that apply, or {@code PERMITTED} when none does; where the list has no clause for
 * it, the general definition leaves it to the determiner. Every clause looked at is
 * reported with its section in the Code's version in force. Framework-free.
 */
final class ConflictEngine {

	private final ConflictRules rules;

	private final Map<ConflictRules.ClausePolicy, ConflictPolicy> policies = new EnumMap<>(
			ConflictRules.ClausePolicy.class);

	ConflictEngine(ConflictRules rules) {
		this.rules = rules;
		this.policies.put(ConflictRules.ClausePolicy.SERVICE, new ServicePolicy());
		this.policies.put(ConflictRules.ClausePolicy.RELATIVE_SERVICE, new RelativeServicePolicy());
		this.policies.put(ConflictRules.ClausePolicy.FINANCIAL_INTEREST, new FinancialInterestPolicy());
		this.policies.put(ConflictRules.ClausePolicy.FAMILY_SUPERVISION, new FamilySupervisionPolicy());
		this.policies.put(ConflictRules.ClausePolicy.DECISION_INFLUENCE, new DecisionInfluencePolicy());
		this.policies.put(ConflictRules.ClausePolicy.OTHER_ACTIVITY, new OtherActivityPolicy());
	}

	ConflictRules rules() {
		return this.rules;
	}

	/** The significance calculator with the Code's threshold. */
	SignificanceCalculator significance() {
		return new SignificanceCalculator(this.rules.definitions().significantPercent());
	}

	Evaluation evaluate(DisclosureFacts facts, CodeSections code, Instant at, Evaluation.Trigger trigger) {
		ConflictRules.ClausePolicy policy = ConflictRules.ClausePolicy.valueOf(facts.kind().name());
		List<ConflictRules.Clause> clauses = this.rules.clausesFor(facts.group(), policy);
		List<Finding> findings = new ArrayList<>();
		ConflictOutcome outcome = ConflictOutcome.PERMITTED;
		Integer version = null;
		if (clauses.isEmpty()) {
			ConflictRules.Uncovered uncovered = this.rules.uncovered();
			CodeSections.Reference where = code.locate(uncovered.section(), uncovered.quote());
			version = where.versionNumber();
			findings.add(new Finding(uncovered.clause(), uncovered.summary(), where.heading(), where.versionNumber(),
					where.found(), true, uncovered.outcome(), null, null,
					"no clause of the " + words(facts.group()) + " list covers " + words(facts.kind()), null));
			outcome = uncovered.outcome();
		}
		for (ConflictRules.Clause clause : clauses) {
			ConflictPolicy.Assessment assessment = this.policies.get(clause.policy()).assess(clause, facts);
			CodeSections.Reference where = code.locate(clause.section(), clause.quote());
			version = where.versionNumber();
			findings.add(new Finding(clause.id(), clause.summary(), where.heading(), where.versionNumber(),
					where.found(), assessment.applies(), assessment.outcome(), assessment.figure(),
					assessment.threshold(), assessment.comparison(), assessment.tenantRuleId()));
			if (assessment.applies()) {
				outcome = outcome.worse(assessment.outcome());
			}
		}
		Significance significance = (facts.counterparty() != null) ? facts.counterparty().significance() : null;
		return new Evaluation(outcome, findings, significance, this.rules.version(), version, at, trigger);
	}

	private static String words(Enum<?> value) {
		return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

}
