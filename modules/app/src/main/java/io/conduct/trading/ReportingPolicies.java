package io.conduct.trading;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What executive officers and directors are warned of: a purchase and a sale of the
 * Company's securities within the short-swing period of each other (either order), and
 * the Form 4 due after a trade.
 */
final class ReportingPolicies {

	private ReportingPolicies() {
	}

	/** SHORT_SWING: an opposite trade within the period, before or after the day. */
	static final class ShortSwing implements TradingPolicy {

		private final int months;

		ShortSwing(int months) {
			this.months = months;
		}

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			return on(facts, facts.today(), "now");
		}

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			return on(facts.context(), facts.tradeDate(), "on " + facts.tradeDate());
		}

		private Optional<Found> on(RequestFacts facts, LocalDate day, String when) {
			for (RequestFacts.PastTrade other : facts.companyTrades()) {
				if (other.kind().opposes(facts.kind()) && other.tradeDate().isAfter(day.minusMonths(this.months))
						&& other.tradeDate().isBefore(day.plusMonths(this.months))) {
					LocalDate first = other.tradeDate().isBefore(day) ? other.tradeDate() : day;
					LocalDate last = other.tradeDate().isBefore(day) ? day : other.tradeDate();
					return Found.of(first, last, "a " + facts.kind().words() + " " + when + " and the "
							+ other.kind().words() + " of " + other.tradeDate() + " fall within " + this.months
							+ " months of each other: short-swing profits are recoverable by the Company (Section 16(b))",
							other.id());
				}
			}
			return Optional.empty();
		}

	}

	/** FORM_4: a Form 4 is due after the trade. */
	static final class Form4 implements TradingPolicy {

		private final int businessDays;

		Form4(int businessDays) {
			this.businessDays = businessDays;
		}

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			if (facts.form4Due() == null) {
				return Optional.empty();
			}
			return Found.of(facts.tradeDate(), facts.form4Due(), "a Form 4 is due by " + facts.form4Due() + ", "
					+ this.businessDays + " SEC business days after the trade of " + facts.tradeDate(), null);
		}

	}

}
