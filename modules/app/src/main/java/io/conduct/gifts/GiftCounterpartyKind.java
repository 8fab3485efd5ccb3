package io.conduct.gifts;

/** Who the other side of an entry is. */
public enum GiftCounterpartyKind {

	/** A counterparty of the group's register (a customer, supplier or competitor). */
	REGISTERED,

	/** A person or business doing or seeking to do business with the Company. */
	BUSINESS_CONTACT,

	/** A government official, of any country or level. */
	GOVERNMENT_OFFICIAL,

	/** An employee of the Company. */
	EMPLOYEE,

	/** Anyone else. */
	OTHER

}
