package io.conduct.gifts;

/** What an entry of the register is, as the Code's section names them. */
public enum GiftKind {

	/** A gift. */
	GIFT,

	/** A gratuity: a tip, a payment or a service for free for something done. */
	GRATUITY,

	/** A favour: anything else of value done for the person. */
	FAVOUR,

	/** Business entertainment: a meal, an event, a trip. */
	ENTERTAINMENT;

	boolean isEntertainment() {
		return this == ENTERTAINMENT;
	}

}
