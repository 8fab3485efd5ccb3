package io.conduct.disclosures;

import java.util.Locale;

/**
 * The discloser performs services for a counterparty: forbidden for what the clause
 * names, unless its exception (at the Company's request) holds.
 */
final class ServicePolicy implements ConflictPolicy {

	@Override
	public Assessment assess(ConflictRules.Clause clause, DisclosureFacts facts) {
		CounterpartyStandings.Match match = CounterpartyStandings.match(clause.counterparties(), facts.counterparty());
		if (!match.any()) {
			return match.missing();
		}
		String capacity = (facts.capacity() != null) ? facts.capacity().name().toLowerCase(Locale.ROOT) : "unknown";
		String serving = "serving " + facts.counterparty().name() + ", " + match.described() + ", as " + capacity;
		if (clause.atCompanyRequestException() && facts.atCompanyRequest()) {
			return Assessment.applies(clause.exceptionOutcome(), capacity, null, ConflictPolicy
				.noted(serving + " at the request of the Company: the exception applies", clause.exceptionNote()));
		}
		String notRequested = clause.atCompanyRequestException() ? ", not at the request of the Company" : "";
		return Assessment.applies(clause.breach(), capacity, null,
				ConflictPolicy.noted(serving + notRequested, clause.breachNote()));
	}

}
