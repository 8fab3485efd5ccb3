package io.conduct.trading;

/**
 * The rules of the insider trading policy, as {@code trading/trading-rules.json} names
 * them (a file naming any other, or leaving one out, is refused at startup) and as every
 * automatic answer names the one that decided.
 */
enum TradingRule {

	/** A trade under a Rule 10b5-1 plan before its cooling-off period has ended. */
	COOLING_OFF,

	/**
	 * A trade under a Rule 10b5-1 plan after its cooling-off period: cleared by the plan.
	 */
	TRADING_PLAN,

	/** The quarterly blackout window of the tenant's fiscal calendar. */
	BLACKOUT,

	/**
	 * An event window the CFO/CAO opened for named people, or the one an open case about
	 * accounting, auditing or a violation of law makes for its handlers. Never shown to
	 * the person.
	 */
	EVENT_WINDOW,

	/** The security is on the restricted list for the person. */
	RESTRICTED_LIST,

	/** The security is on the watch list (for the CFO/CAO only). */
	WATCH_LIST,

	/** A purchase and a sale within six months of each other (Section 16(b)). */
	SHORT_SWING,

	/** The person is not subject to pre-clearance. */
	NOT_SUBJECT,

	/** The person is subject to pre-clearance: the CFO/CAO or a delegate answers. */
	PRE_CLEARANCE,

	/** The trade was made within a valid clearance. */
	CLEARANCE,

	/** The trade was made after its clearance expired. */
	EXPIRED_CLEARANCE,

	/** The trade was made although its request was denied or not answered. */
	DENIED_CLEARANCE,

	/** The trade's quantity exceeds what was cleared. */
	EXCEEDS_CLEARANCE,

	/** The trade was made without a clearance by someone subject to pre-clearance. */
	NO_CLEARANCE,

	/** An executive officer's or director's Form 4 is due. */
	FORM_4

}
