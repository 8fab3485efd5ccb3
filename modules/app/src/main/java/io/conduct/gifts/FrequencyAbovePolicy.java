package io.conduct.gifts;

/**
 * Events of entertainment with the counterparty in the twelve months to the entry's date,
 * across the group's companies and this one included, more than the tenant's limit.
 */
final class FrequencyAbovePolicy implements GiftPolicy {

	@Override
	public Assessment assess(GiftRules.Rule rule, GiftFacts facts, Thresholds thresholds) {
		GiftTotals.Window window = facts.totals().rolling12Months();
		int events = window.entertainmentEvents();
		int limit = thresholds.entertainmentFrequency();
		boolean above = events > limit;
		String figure = events + ((events == 1) ? " event" : " events");
		String where = window.companies().isEmpty() ? "" : " (" + window.companiesInWords() + ")";
		return new Assessment(above, figure, limit + " events",
				figure + " of entertainment with " + facts.counterpartyName() + " from " + window.from() + " to "
						+ window.to() + " across the group's companies" + where + (above ? " > " : " ≤ ") + limit + ", "
						+ Thresholds.words(rule.threshold()));
	}

}
