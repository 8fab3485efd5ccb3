package io.conduct.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A pre-clearance request and its answer, in one document: what the engine found when it
 * was made (and, if it decided alone, its answer), the answer of the CFO/CAO or a
 * delegate otherwise, and, once cleared, the window within which the trade must be made.
 *
 * @param id the id
 * @param requesterPersonId who asks
 * @param securityId what for
 * @param kind buy, sell, gift or exercise
 * @param quantity how many
 * @param planId the Rule 10b5-1 plan the trade is under, if any
 * @param note what the requester adds
 * @param requestedAt when it was asked
 * @param status where it stands (an approval past its window reads as expired)
 * @param findings the rules that applied, as the engine last looked
 * @param rulesVersion the rules file's version the engine applied
 * @param answer the answer, once given
 * @param validity the window of a clearance
 * @param entry who entered it, for a clearance given outside Conduct
 * @param version optimistic lock
 */
@Document("trading_preclearances")
record PreClearance(@Id String id, String requesterPersonId, String securityId, TradeKind kind, BigDecimal quantity,
		String planId, String note, Instant requestedAt, PreClearanceStatus status, List<TradingFinding> findings,
		String rulesVersion, Answer answer, Validity validity, Entry entry, @Version Long version) {

	PreClearance {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

	/** The status at a moment: an approval whose window closed is expired. */
	PreClearanceStatus statusAt(Instant now) {
		if (this.status.isCleared() && this.validity != null && !now.isBefore(this.validity.closesAt())) {
			return PreClearanceStatus.EXPIRED;
		}
		return this.status;
	}

	PreClearance answered(PreClearanceStatus newStatus, List<TradingFinding> newFindings, String newRulesVersion,
			Answer newAnswer, Validity newValidity) {
		return new PreClearance(this.id, this.requesterPersonId, this.securityId, this.kind, this.quantity, this.planId,
				this.note, this.requestedAt, newStatus, newFindings, newRulesVersion, newAnswer, newValidity,
				this.entry, this.version);
	}

	/**
	 * The answer to a request.
	 *
	 * @param decision the decision of the CFO/CAO or a delegate; {@code null} when the
	 * engine answered alone
	 * @param conditions the conditions of an approval with conditions
	 * @param note what the decider notes, for the CFO/CAO
	 * @param deciderPersonId who decided; {@code null} when the engine did
	 * @param deciderSubject their identity
	 * @param decidedAt when
	 */
	record Answer(PreClearanceDecision decision, List<String> conditions, String note, String deciderPersonId,
			String deciderSubject, Instant decidedAt) {

		Answer {
			conditions = (conditions != null) ? List.copyOf(conditions) : List.of();
		}

		static Answer automatic(Instant at) {
			return new Answer(null, List.of(), null, null, null, at);
		}

		boolean isAutomatic() {
			return this.decision == null;
		}

	}

	/**
	 * The window of a clearance: from the day of approval to the close of the security's
	 * exchange on the last of its trading days.
	 *
	 * @param tradingDays trading days after the day of approval
	 * @param exchange the MIC of the exchange whose days count
	 * @param timeZone the exchange's time zone
	 * @param firstDay the day of approval, in that zone
	 * @param lastDay the last trading day of the window
	 * @param closesAt the exchange's close that day
	 * @param earlyClose whether the exchange closes early that day
	 */
	record Validity(int tradingDays, String exchange, String timeZone, LocalDate firstDay, LocalDate lastDay,
			Instant closesAt, boolean earlyClose) {
	}

	/**
	 * A clearance given outside Conduct (on paper, by e-mail, by phone) and entered
	 * afterwards by the CFO/CAO or a delegate.
	 *
	 * @param enteredByPersonId who entered it
	 * @param enteredAt when
	 */
	record Entry(String enteredByPersonId, Instant enteredAt) {
	}

}
