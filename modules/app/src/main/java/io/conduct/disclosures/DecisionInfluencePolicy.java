package io.conduct.disclosures;

/**
 * A director's influence on a decision of the Company about a contract or transaction
 * with a supplier or customer to which the director or a close relative is related.
 */
final class DecisionInfluencePolicy implements ConflictPolicy {

	@Override
	public Assessment assess(ConflictRules.Clause clause, DisclosureFacts facts) {
		var notClose = ConflictPolicy.closeRelativeOnly(facts);
		if (notClose.isPresent()) {
			return notClose.get();
		}
		CounterpartyStandings.Match match = CounterpartyStandings.match(clause.counterparties(), facts.counterparty());
		if (!match.any()) {
			return match.missing();
		}
		return Assessment.applies(clause.breach(), null, null,
				ConflictPolicy.noted(
						"influencing a decision on a contract or transaction with " + facts.counterparty().name() + ", "
								+ match.described() + ", to which " + ConflictPolicy.whose(facts) + " is related",
						clause.breachNote()));
	}

}
