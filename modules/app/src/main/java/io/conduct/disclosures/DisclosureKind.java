package io.conduct.disclosures;

/** What a person discloses. */
public enum DisclosureKind {

	/**
	 * The person serves a counterparty (consultant, employee, officer, director, advisor,
	 * other).
	 */
	SERVICE,

	/** A relative of the person serves a counterparty. */
	RELATIVE_SERVICE,

	/** The person or a relative holds a financial interest in a counterparty. */
	FINANCIAL_INTEREST,

	/**
	 * The person supervises, reviews or influences the evaluation or pay of a family
	 * member.
	 */
	FAMILY_SUPERVISION,

	/**
	 * The person influences a decision on a contract with a counterparty they or a
	 * relative are related to.
	 */
	DECISION_INFLUENCE,

	/** Any other activity or interest, in the person's words. */
	OTHER_ACTIVITY

}
