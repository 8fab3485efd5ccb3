package io.conduct.disclosures;

/**
 * Applies one kind of clause to a disclosure's facts: a named, framework-free policy. The
 * clause carries the Code's parameters (whose situation, which counterparties, which
 * thresholds); the policy carries the logic.
 */
interface ConflictPolicy {

	Assessment assess(ConflictRules.Clause clause, DisclosureFacts facts);

	/**
	 * What a policy found.
	 *
	 * @param applies whether the clause applies
	 * @param outcome what it decides
	 * @param figure the figure looked at
	 * @param threshold the clause's threshold
	 * @param comparison the comparison in words
	 * @param tenantRuleId the tenant's rule that decided, if one did
	 */
	record Assessment(boolean applies, ConflictOutcome outcome, String figure, String threshold, String comparison,
			String tenantRuleId) {

		static Assessment notApplicable(String why) {
			return new Assessment(false, ConflictOutcome.PERMITTED, null, null, why, null);
		}

		static Assessment applies(ConflictOutcome outcome, String figure, String threshold, String comparison) {
			return new Assessment(true, outcome, figure, threshold, comparison, null);
		}

		static Assessment unknown(String why) {
			return new Assessment(true, ConflictOutcome.NEEDS_DETERMINATION, null, null, why, null);
		}

	}

	/** Adds the clause's note to a comparison, when it has one. */
	static String noted(String comparison, String note) {
		return (note == null || note.isBlank()) ? comparison : comparison + "; " + note;
	}

	/** Whose situation a finding is about, in words. */
	static String whose(DisclosureFacts facts) {
		return (facts.holder() == InterestHolder.RELATIVE && facts.relative() != null)
				? "the close relative " + facts.relative().words() : "the discloser";
	}

	/** The "not a close relative" finding, when the relative named is not one. */
	static java.util.Optional<Assessment> closeRelativeOnly(DisclosureFacts facts) {
		if (facts.holderCovered()) {
			return java.util.Optional.empty();
		}
		String who = (facts.relative() != null) ? facts.relative().words() : "the relative named";
		return java.util.Optional.of(Assessment.notApplicable(who
				+ " is not a close relative in the Code's sense (a spouse, a dependent child or anyone living in the same home)"));
	}

}
