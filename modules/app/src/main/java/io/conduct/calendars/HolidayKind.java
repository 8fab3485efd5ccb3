package io.conduct.calendars;

/**
 * Why a day is not a business day, besides the weekend.
 */
public enum HolidayKind {

	/** A public holiday of the whole country. */
	PUBLIC_HOLIDAY,

	/**
	 * A public holiday of a subdivision only (a Land, a region), on top of the country's.
	 */
	SUBDIVISION_HOLIDAY,

	/** A day the company itself closes, set by the tenant. */
	COMPANY_CLOSING,

	/** A day an exchange does not trade. */
	MARKET_HOLIDAY

}
