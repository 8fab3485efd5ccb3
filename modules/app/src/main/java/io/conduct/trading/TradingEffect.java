package io.conduct.trading;

/** What a rule that applies does to a request or a trade. */
enum TradingEffect {

	/** The request is denied automatically. */
	DENY,

	/** The request or trade is cleared (by a plan or a clearance). */
	CLEAR,

	/** The CFO/CAO or a delegate answers. */
	REVIEW,

	/** No pre-clearance is required. */
	NOT_REQUIRED,

	/** A warning for the person and the CFO/CAO. */
	WARN,

	/** A flag to the CFO/CAO. */
	FLAG

}
