package io.conduct.trading;

import java.util.Optional;

/**
 * Who answers when no other rule decided: the CFO/CAO (or a delegate) for those subject
 * to pre-clearance; nobody needs to for the others.
 */
final class ReviewPolicies {

	private ReviewPolicies() {
	}

	/** PRE_CLEARANCE: the person is subject (the rules file scopes it to them). */
	static final class Review implements TradingPolicy {

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			return Found.of(null, null, "subject to pre-clearance (" + facts.requester().subjectBasis()
					+ "): the CFO/CAO or a delegate answers", null);
		}

	}

	/** NOT_SUBJECT: the person is not subject (the rules file scopes it to them). */
	static final class NotSubject implements TradingPolicy {

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			return Found.of(null, null, "not subject to pre-clearance (" + facts.requester().subjectBasis()
					+ ") and no other rule stands in the way", null);
		}

	}

}
