package io.conduct.disclosures;

/**
 * Supervising, reviewing or influencing the job evaluation or compensation of a member of
 * one's immediate family, as the directory knows the family.
 */
final class FamilySupervisionPolicy implements ConflictPolicy {

	@Override
	public Assessment assess(ConflictRules.Clause clause, DisclosureFacts facts) {
		DisclosureFacts.FamilyFacts family = facts.family();
		if (family == null) {
			return Assessment.unknown("the person whose evaluation or pay is concerned is not in the directory");
		}
		if (!family.immediateFamily()) {
			return Assessment.notApplicable(family.name()
					+ " is not immediate family of the discloser in the directory (neither declared the other)");
		}
		return Assessment.applies(clause.breach(), null, null,
				ConflictPolicy.noted(
						"the evaluation or pay of " + family.name() + ", immediate family of the discloser",
						clause.breachNote()));
	}

}
