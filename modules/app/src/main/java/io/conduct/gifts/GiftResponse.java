package io.conduct.gifts;

/** Where the offer stands. */
public enum GiftResponse {

	/** Offered, not accepted or declined yet (for a gift to give: planned). */
	OFFERED,

	/** Accepted (for a gift given: the recipient took it). */
	ACCEPTED,

	/** Declined: nothing changed hands. */
	DECLINED

}
