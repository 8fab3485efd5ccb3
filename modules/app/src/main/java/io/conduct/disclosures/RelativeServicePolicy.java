package io.conduct.disclosures;

import java.util.Locale;

/**
 * A close relative serves a counterparty: the clause names the capacities it covers
 * (officer or director) and the counterparties.
 */
final class RelativeServicePolicy implements ConflictPolicy {

	@Override
	public Assessment assess(ConflictRules.Clause clause, DisclosureFacts facts) {
		DisclosureFacts asRelative = new DisclosureFacts(facts.personType(), facts.kind(), facts.capacity(),
				facts.atCompanyRequest(), InterestHolder.RELATIVE, facts.relative(), facts.interest(),
				facts.counterparty(), facts.family(), facts.description(), facts.tenantRules());
		var notClose = ConflictPolicy.closeRelativeOnly(asRelative);
		if (notClose.isPresent()) {
			return notClose.get();
		}
		String capacity = (facts.capacity() != null) ? facts.capacity().name().toLowerCase(Locale.ROOT) : "unknown";
		if (!clause.capacities().isEmpty() && !clause.capacities().contains(facts.capacity())) {
			return Assessment.notApplicable("the close relative serves as " + capacity + "; the clause covers "
					+ String.join(" or ",
							clause.capacities().stream().map((c) -> c.name().toLowerCase(Locale.ROOT)).toList())
					+ " only");
		}
		CounterpartyStandings.Match match = CounterpartyStandings.match(clause.counterparties(), facts.counterparty());
		if (!match.any()) {
			return match.missing();
		}
		String serving = ConflictPolicy.whose(asRelative) + " serves " + facts.counterparty().name() + ", "
				+ match.described() + ", as " + capacity;
		if (clause.atCompanyRequestException() && facts.atCompanyRequest()) {
			return Assessment.applies(clause.exceptionOutcome(), capacity, null, ConflictPolicy
				.noted(serving + " at the request of the Company: the exception applies", clause.exceptionNote()));
		}
		return Assessment.applies(clause.breachBy(InterestHolder.RELATIVE), capacity, null,
				ConflictPolicy.noted(serving, clause.breachNote()));
	}

}
