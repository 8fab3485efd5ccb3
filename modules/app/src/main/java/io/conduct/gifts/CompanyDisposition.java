package io.conduct.gifts;

/** What the Company does with a gift handed to it. */
public enum CompanyDisposition {

	/** Given to charity. */
	CHARITABLE,

	/**
	 * Any other disposition the Company, in its sole discretion, believes appropriate.
	 */
	OTHER

}
