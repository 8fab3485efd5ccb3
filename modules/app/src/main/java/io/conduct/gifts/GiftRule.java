package io.conduct.gifts;

/**
 * The rules of the Code's GIFTS AND GRATUITIES section, as the rules file names them (a
 * file naming any other, or missing one, is refused at startup).
 */
public enum GiftRule {

	/** The recorder says it is a bribe or a kickback. */
	STATED_BRIBE_OR_KICKBACK,

	/** Cash or a cash equivalent: treated as a form of bribe or kickback. */
	CASH_OR_CASH_EQUIVALENT,

	/** A gift, gratuity or favour received above the insignificant value. */
	RECEIVED_NOT_INSIGNIFICANT,

	/** Entertainment above the tenant's threshold per event. */
	ENTERTAINMENT_PER_EVENT,

	/** Entertainment above the tenant's threshold per person. */
	ENTERTAINMENT_PER_PERSON,

	/** Entertainment with the counterparty more often than the tenant's limit. */
	ENTERTAINMENT_FREQUENCY,

	/** Company funds for an employee or an official without lawfulness confirmed. */
	COMPANY_FUNDS_NOT_LAWFUL,

	/** Company funds for an employee above the insignificant value. */
	COMPANY_FUNDS_TO_EMPLOYEE_NOT_INSIGNIFICANT,

	/** Anything to a government official above the insignificant value. */
	GOVERNMENT_OFFICIAL_PRIOR_APPROVAL,

	/** No rule covers it: recorded, counted in the totals. */
	RECORDED

}
