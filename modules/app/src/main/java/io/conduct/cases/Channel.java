package io.conduct.cases;

/**
 * How a report came in.
 */
public enum Channel {

	/** Online, signed in. */
	WEB,

	/** Online, through the tenant's public intake, without an account. */
	PUBLIC_WEB,

	/** By phone, entered by staff. */
	PHONE,

	/** By letter, entered by staff. */
	LETTER,

	/** In person, entered by staff. */
	IN_PERSON;

	boolean isEnteredByStaff() {
		return this == PHONE || this == LETTER || this == IN_PERSON;
	}

}
