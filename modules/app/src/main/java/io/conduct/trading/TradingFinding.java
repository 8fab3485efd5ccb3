package io.conduct.trading;

import java.time.LocalDate;

/**
 * A rule that applied to a request or a trade, with the dates behind it and an
 * explanation. Confidential findings (event windows, the watch list) are shown to the
 * CFO/CAO only; everyone else is told only "not cleared; contact the CFO/CAO".
 *
 * @param rule the rule
 * @param effect what it does
 * @param startDate the first day of what applied (a window, a restriction), if any
 * @param endDate its last day, if known
 * @param explanation the rule and its dates in words
 * @param confidential whether only the CFO/CAO may see it
 * @param reference the id of what applied (an event window, a restriction, a plan, a
 * trade), for the CFO/CAO
 */
record TradingFinding(TradingRule rule, TradingEffect effect, LocalDate startDate, LocalDate endDate,
		String explanation, boolean confidential, String reference) {

	boolean denies() {
		return this.effect == TradingEffect.DENY;
	}

	boolean flags() {
		return this.effect == TradingEffect.FLAG;
	}

	boolean clears() {
		return this.effect == TradingEffect.CLEAR;
	}

}
