package io.conduct.trading;

import java.util.Optional;

/**
 * The policies that stand in the way of a trade: the quarterly blackout, event windows
 * (the CFO/CAO's, and the open cases'), the restricted list; and the watch list, which
 * only flags.
 */
final class RestrictionPolicies {

	private RestrictionPolicies() {
	}

	/** BLACKOUT: a quarterly window is in force. */
	static final class Blackout implements TradingPolicy {

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			RequestFacts.Blackout window = facts.blackout();
			if (window == null) {
				return Optional.empty();
			}
			String until = (window.endsAt() != null)
					? "until the close of " + window.exchange() + " on " + TradingPolicy.close(window.endsAt()) + ", "
							+ window.endTradingDays() + " full trading days after the earnings release of "
							+ window.releaseDate()
					: "until " + window.endTradingDays()
							+ " full trading days after the earnings release, which is not entered yet";
			return Found.of(window.startDate(), window.lastDay(),
					"quarterly blackout of Q" + window.quarter() + " of fiscal year " + window.fiscalYear() + " ("
							+ window.quarterStart() + " to " + window.quarterEnd() + "): from " + window.startDate()
							+ " " + until,
					window.fiscalYear() + "-Q" + window.quarter());
		}

	}

	/**
	 * EVENT_WINDOW: the person is in an open event window covering the security, or
	 * handles an open case about accounting, auditing or a violation of law (the
	 * Company's securities).
	 */
	static final class EventWindow implements TradingPolicy {

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			for (RequestFacts.Window window : facts.eventWindows()) {
				if (window.personIds().contains(facts.requester().personId()) && window.covers(facts.security())
						&& window.isOpenAt(facts.at())) {
					return Found.of(window.openedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), null,
							"in the event window \"" + window.name() + "\", open since " + window.openedAt(),
							window.id());
				}
			}
			if (facts.caseInsider() && facts.security().isCompany()) {
				return Found.of(null, null,
						"handles, investigates or is informed of an open case about accounting, auditing or a violation of law: on an event blackout for the Company's securities while it is open",
						null);
			}
			return Optional.empty();
		}

	}

	/** RESTRICTED_LIST: the security is restricted for the person on the day. */
	static final class Restricted implements TradingPolicy {

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			for (RequestFacts.Restriction restriction : facts.restricted().of(facts.security().id())) {
				if (restriction.appliesTo(facts.requester().personId(), facts.today())) {
					return Found.of(restriction.startDate(), restriction.endDate(),
							facts.security().name() + " is on the restricted list "
									+ (restriction.everyone() ? "for everyone" : "for the people named") + " from "
									+ restriction.startDate() + ((restriction.endDate() != null)
											? " until " + restriction.endDate() : " until further notice"),
							restriction.id());
				}
			}
			return Optional.empty();
		}

	}

	/** WATCH_LIST: the security is watched on the day (for the CFO/CAO). */
	static final class Watched implements TradingPolicy {

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			for (RequestFacts.Watch watch : facts.watched()) {
				if (watch.securityId().equals(facts.security().id()) && watch.isOn(facts.today())) {
					return Found.of(watch.startDate(), watch.endDate(),
							facts.security().name() + " is on the watch list from " + watch.startDate()
									+ ((watch.endDate() != null) ? " until " + watch.endDate() : "")
									+ ((watch.note() != null) ? ": " + watch.note() : ""),
							watch.id());
				}
			}
			return Optional.empty();
		}

	}

}
