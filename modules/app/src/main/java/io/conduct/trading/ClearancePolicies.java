package io.conduct.trading;

import java.util.Optional;

/**
 * The policies that judge a trade by the clearance it names: within its window, of the
 * quantity cleared, it is cleared; after the window closed, or beyond the quantity, or
 * against a denial, it is flagged; without any, by someone subject to pre-clearance, it
 * is flagged too.
 */
final class ClearancePolicies {

	private ClearancePolicies() {
	}

	private static boolean wasCleared(TradeFacts.Clearance clearance) {
		return clearance != null && (clearance.status().isCleared() || clearance.status() == PreClearanceStatus.EXPIRED)
				&& clearance.lastDay() != null;
	}

	private static boolean withinWindow(TradeFacts facts) {
		return !facts.tradeDate().isAfter(facts.clearance().lastDay());
	}

	private static boolean withinQuantity(TradeFacts facts) {
		return facts.alreadyTraded().add(facts.quantity()).compareTo(facts.clearance().quantity()) <= 0;
	}

	/** CLEARANCE: within the window and the quantity. */
	static final class Cleared implements TradingPolicy {

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			if (!wasCleared(facts.clearance()) || !withinWindow(facts) || !withinQuantity(facts)) {
				return Optional.empty();
			}
			TradeFacts.Clearance clearance = facts.clearance();
			return Found.of(clearance.decidedOn(), clearance.lastDay(),
					"within the clearance of " + clearance.decidedOn() + ", valid until the close of "
							+ clearance.exchange() + " on " + TradingPolicy.close(clearance.closesAt()),
					clearance.id());
		}

	}

	/** EXPIRED_CLEARANCE: traded after the window closed. */
	static final class Expired implements TradingPolicy {

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			if (!wasCleared(facts.clearance()) || withinWindow(facts)) {
				return Optional.empty();
			}
			TradeFacts.Clearance clearance = facts.clearance();
			return Found.of(clearance.decidedOn(), clearance.lastDay(),
					"traded on " + facts.tradeDate() + ", after the clearance of " + clearance.decidedOn()
							+ " expired at the close of " + clearance.exchange() + " on "
							+ TradingPolicy.close(clearance.closesAt()),
					clearance.id());
		}

	}

	/** EXCEEDS_CLEARANCE: within the window, beyond the quantity. */
	static final class Exceeded implements TradingPolicy {

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			if (!wasCleared(facts.clearance()) || !withinWindow(facts) || withinQuantity(facts)) {
				return Optional.empty();
			}
			return Found.of(facts.clearance().decidedOn(), facts.clearance().lastDay(),
					facts.alreadyTraded().add(facts.quantity()).toPlainString() + " traded under a clearance of "
							+ facts.clearance().quantity().toPlainString(),
					facts.clearance().id());
		}

	}

	/** DENIED_CLEARANCE: the request named was denied, or is not answered. */
	static final class Denied implements TradingPolicy {

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			TradeFacts.Clearance clearance = facts.clearance();
			if (clearance == null || (clearance.status() != PreClearanceStatus.DENIED
					&& clearance.status() != PreClearanceStatus.PENDING)) {
				return Optional.empty();
			}
			return Found.of(
					null, null, (clearance.status() == PreClearanceStatus.DENIED)
							? "traded although the request was not cleared" : "traded before the request was answered",
					clearance.id());
		}

	}

	/** NO_CLEARANCE: neither a clearance nor a plan. */
	static final class Missing implements TradingPolicy {

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			if (facts.clearance() != null || facts.context().plan() != null) {
				return Optional.empty();
			}
			return Found.of(null, null, "traded on " + facts.tradeDate() + " without a clearance or a plan ("
					+ facts.context().requester().subjectBasis() + ")", null);
		}

	}

}
