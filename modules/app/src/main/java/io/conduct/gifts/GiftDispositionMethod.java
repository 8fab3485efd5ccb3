package io.conduct.gifts;

/** How a gift that is not of insignificant value was disposed of, as the Code allows. */
public enum GiftDispositionMethod {

	/**
	 * Returned to the giver and reported to the supervisor (recorded by the recipient).
	 */
	RETURNED,

	/**
	 * Given to the Company, which disposes of it (recorded by the CFO/CAO, not the
	 * recipient).
	 */
	HANDED_TO_COMPANY

}
