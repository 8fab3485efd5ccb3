package io.conduct.trading;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Rule 10b5-1 policies: a trade under a plan is cleared by it once its cooling-off
 * period has ended and until its last day, and not before.
 */
final class PlanPolicies {

	private PlanPolicies() {
	}

	/** COOLING_OFF: the plan's cooling-off period has not ended on the day. */
	static final class CoolingOff implements TradingPolicy {

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			return on(facts.plan(), facts.today());
		}

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			return on(facts.context().plan(), facts.tradeDate());
		}

		private static Optional<Found> on(RequestFacts.Plan plan, LocalDate day) {
			if (plan == null || day.isAfter(plan.coolingOffEndDate())) {
				return Optional.empty();
			}
			return Found.of(plan.adoptionDate(), plan.coolingOffEndDate(),
					"the plan adopted on " + plan.adoptionDate() + " is in its cooling-off period until "
							+ plan.coolingOffEndDate() + " (" + plan.coolingOffBasis() + "); trades under it from "
							+ plan.coolingOffEndDate().plusDays(1),
					plan.id());
		}

	}

	/** TRADING_PLAN: the day falls after the cooling-off period, within the plan. */
	static final class ClearedByPlan implements TradingPolicy {

		@Override
		public Optional<Found> onRequest(RequestFacts facts) {
			return on(facts.plan(), facts.today());
		}

		@Override
		public Optional<Found> onTrade(TradeFacts facts) {
			return on(facts.context().plan(), facts.tradeDate());
		}

		private static Optional<Found> on(RequestFacts.Plan plan, LocalDate day) {
			if (plan == null || !day.isAfter(plan.coolingOffEndDate()) || day.isAfter(plan.endDate())) {
				return Optional.empty();
			}
			return Found
				.of(plan.coolingOffEndDate().plusDays(1), plan.endDate(),
						"cleared by the Rule 10b5-1 plan adopted on " + plan.adoptionDate() + " (cooling-off ended "
								+ plan.coolingOffEndDate() + "; the plan runs until " + plan.endDate() + ")",
						plan.id());
		}

	}

}
