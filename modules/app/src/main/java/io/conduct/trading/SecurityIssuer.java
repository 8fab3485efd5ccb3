package io.conduct.trading;

/** Whose security it is. */
enum SecurityIssuer {

	/** The Company's own, one per listing. */
	COMPANY,

	/** A counterparty's of the group's register (a customer, supplier or competitor). */
	COUNTERPARTY

}
