package io.conduct.trading;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a request's answer says, and which of its findings a reader may see: the CFO/CAO
 * sees every finding; the requester and the delegates see none that is confidential (an
 * event window, an open case, the watch list), and a denial such a finding caused reads
 * only "not cleared; contact the CFO/CAO", exactly like any other denial without a reason
 * they may know.
 */
final class Answers {

	/** The answer to every denial whose reason the reader may not know. */
	static final String CONTACT_THE_CFO = "Not cleared; contact the CFO/CAO.";

	private Answers() {
	}

	static List<TradingFinding> visible(List<TradingFinding> findings, boolean confidentialToo) {
		return confidentialToo ? findings : findings.stream().filter((f) -> !f.confidential()).toList();
	}

	/**
	 * A request's findings as the reader may see them. A denial that reads "contact the
	 * CFO/CAO" shows, to anyone but the CFO/CAO, neither who would have answered nor who
	 * did: an event window's denial looks exactly like one the CFO/CAO gave without a
	 * reason.
	 */
	static List<TradingFinding> visible(PreClearance request, boolean confidentialToo, Instant now) {
		List<TradingFinding> visible = visible(request.findings(), confidentialToo);
		if (confidentialToo || !tellsOnlyToContactTheCfo(request, now)) {
			return visible;
		}
		return visible.stream()
			.filter((f) -> f.effect() != TradingEffect.REVIEW && f.effect() != TradingEffect.NOT_REQUIRED)
			.toList();
	}

	/** Whether the answer is the bare "not cleared; contact the CFO/CAO". */
	static boolean tellsOnlyToContactTheCfo(PreClearance request, Instant now) {
		return CONTACT_THE_CFO.equals(of(request, now));
	}

	/** The answer as the requester reads it (the CFO/CAO reads the same words). */
	static String of(PreClearance request, Instant now) {
		PreClearanceStatus status = request.statusAt(now);
		PreClearance.Validity validity = request.validity();
		return switch (status) {
			case PENDING -> "Awaiting the answer of the CFO/CAO.";
			case APPROVED, APPROVED_WITH_CONDITIONS ->
				((status == PreClearanceStatus.APPROVED) ? "Cleared" : "Cleared with conditions")
						+ " until the close of " + validity.exchange() + " on "
						+ TradingPolicy.close(validity.closesAt().atZone(ZoneId.of(validity.timeZone()))) + ".";
			case EXPIRED -> "The clearance expired at the close of " + validity.exchange() + " on "
					+ TradingPolicy.close(validity.closesAt().atZone(ZoneId.of(validity.timeZone())))
					+ "; a trade now needs a new request.";
			case NOT_REQUIRED -> "No pre-clearance is required; no rule stands in the way now.";
			case DENIED -> denial(request);
		};
	}

	private static String denial(PreClearance request) {
		boolean automatic = request.answer() != null && request.answer().isAutomatic();
		if (!automatic) {
			return CONTACT_THE_CFO;
		}
		// a rule anyone may know explains the denial alone; a confidential one is never
		// named, nor hinted at
		return request.findings()
			.stream()
			.filter((f) -> f.denies() && !f.confidential())
			.findFirst()
			.map((f) -> "Not cleared (" + f.rule() + "): " + f.explanation() + ".")
			.orElse(CONTACT_THE_CFO);
	}

}
