package io.conduct.disclosures;

/**
 * Any other activity or interest: a conflict where the Board has determined it one (a
 * rule of the tenant whose terms the disclosure mentions), else for the determiner.
 */
final class OtherActivityPolicy implements ConflictPolicy {

	@Override
	public Assessment assess(ConflictRules.Clause clause, DisclosureFacts facts) {
		for (TenantRule rule : facts.tenantRules()) {
			var term = rule.mentionedIn(facts.description());
			if (term.isPresent()) {
				return new Assessment(
						true, clause.breach(), "\"" + term.get() + "\"", null, "the activity mentions \"" + term.get()
								+ "\": the Board determined \"" + rule.title() + "\" a conflict of interest",
						rule.id());
			}
		}
		return Assessment.applies(clause.exceptionOutcome(), null, null,
				"the Board has not determined this activity a conflict of interest; the determiner judges it");
	}

}
