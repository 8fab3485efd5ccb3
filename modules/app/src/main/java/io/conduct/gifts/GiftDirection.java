package io.conduct.gifts;

/** Which way the gift or the entertainment goes. */
public enum GiftDirection {

	/** Offered to, or received by, the person or a member of their immediate family. */
	RECEIVED,

	/** Offered, given or provided by the person. */
	GIVEN

}
