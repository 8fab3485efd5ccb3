package io.conduct.trading;

/** Where a Rule 10b5-1 plan stands on a day. */
enum TradingPlanStatus {

	/** Adopted; its cooling-off period has not ended: no trade under it yet. */
	COOLING_OFF,

	/** Trades under it are cleared by it. */
	ACTIVE,

	/** Its last day has passed. */
	ENDED

}
