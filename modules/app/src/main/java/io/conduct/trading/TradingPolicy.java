package io.conduct.trading;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Decides whether one rule applies to a request or a trade: a named, framework-free
 * policy. The rules file says what the rule then does and to whom it is shown; the policy
 * says whether it applies and the dates behind it.
 */
interface TradingPolicy {

	DateTimeFormatter CLOSE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Whether the rule applies to a request. */
	default Optional<Found> onRequest(RequestFacts facts) {
		return Optional.empty();
	}

	/**
	 * Whether the rule applies to a trade; by default as to a request made on the trade's
	 * day.
	 */
	default Optional<Found> onTrade(TradeFacts facts) {
		return onRequest(facts.context());
	}

	/** A market close in words: {@code 2026-12-28 16:00 America/New_York}. */
	static String close(ZonedDateTime close) {
		return CLOSE.format(close) + " " + close.getZone().getId();
	}

	/**
	 * What a policy found.
	 *
	 * @param startDate the first day of what applied, if any
	 * @param endDate its last day, if known
	 * @param explanation the rule and its dates in words
	 * @param reference the id of what applied, for the CFO/CAO
	 */
	record Found(LocalDate startDate, LocalDate endDate, String explanation, String reference) {

		static Optional<Found> of(LocalDate startDate, LocalDate endDate, String explanation, String reference) {
			return Optional.of(new Found(startDate, endDate, explanation, reference));
		}

	}

}
