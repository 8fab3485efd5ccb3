package io.conduct.disclosures;

import java.math.BigDecimal;

/**
 * A financial interest in a counterparty: forbidden for what the clause names, other than
 * an investment representing less than the clause's percentage of the outstanding shares
 * for the counterparty's ownership (none where the clause gives none). "Less than" is
 * strict: exactly the percentage is not excepted.
 */
final class FinancialInterestPolicy implements ConflictPolicy {

	@Override
	public Assessment assess(ConflictRules.Clause clause, DisclosureFacts facts) {
		if (!clause.holders().contains(facts.holder())) {
			return Assessment.notApplicable("the clause covers the interest of " + clause.holders() + " only");
		}
		var notClose = ConflictPolicy.closeRelativeOnly(facts);
		if (notClose.isPresent()) {
			return notClose.get();
		}
		CounterpartyStandings.Match match = CounterpartyStandings.match(clause.counterparties(), facts.counterparty());
		if (!match.any()) {
			return match.missing();
		}
		ConflictOutcome breach = clause.breachBy(facts.holder());
		// the note explains a relative's outcome ("where feasible"), not the discloser's
		// own
		String note = (facts.holder() == InterestHolder.RELATIVE) ? clause.breachNote() : null;
		String held = (facts.holder() == InterestHolder.RELATIVE) ? " held by " + ConflictPolicy.whose(facts) : "";
		Percent share = (facts.interest() != null)
				? facts.interest().percentOf(facts.counterparty().outstandingShares()) : null;
		if (share == null) {
			return Assessment.unknown("the interest" + held + " in " + facts.counterparty().name()
					+ " cannot be put as a share of its outstanding shares (the register has none)");
		}
		if (share.compareTo(BigDecimal.valueOf(100)) > 0) {
			return Assessment.unknown("the shares held" + held + " exceed the outstanding shares of "
					+ facts.counterparty().name() + " in the register");
		}
		BigDecimal threshold = (facts.counterparty().ownership() != null)
				? clause.exceptBelowPercent().get(facts.counterparty().ownership()) : null;
		String what = share + held + " of " + facts.counterparty().name() + ", " + match.described();
		if (threshold == null) {
			return Assessment.applies(breach, share.toString(), null, ConflictPolicy.noted(
					what + ": the clause excepts no investment in a " + ((facts.counterparty().ownership() != null)
							? facts.counterparty().ownership().words() : "company of unknown ownership"),
					clause.breachNote()));
		}
		String limit = Percent.words(threshold);
		if (share.compareTo(threshold) < 0) {
			return Assessment.applies(clause.exceptionOutcome(), share.toString(), limit,
					ConflictPolicy.noted(what + " < " + limit + ": the exception applies", clause.exceptionNote()));
		}
		return Assessment.applies(breach, share.toString(), limit, ConflictPolicy.noted(what + " ≥ " + limit, note));
	}

}
