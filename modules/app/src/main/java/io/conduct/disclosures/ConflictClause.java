package io.conduct.disclosures;

/**
 * The clauses of the Code's conflict-of-interest section, as the rules file names them (a
 * file naming any other is refused at startup).
 */
public enum ConflictClause {

	/**
	 * Employees and officers: no services for a significant customer, supplier or
	 * competitor.
	 */
	EO_SERVICE,

	/** Employees and officers: no close relative as officer or director of one. */
	EO_RELATIVE_SERVICE,

	/**
	 * Employees and officers: no interest in a significant supplier or customer beyond
	 * the exception.
	 */
	EO_INTEREST_CUSTOMER_SUPPLIER,

	/**
	 * Employees and officers: no interest in a direct competitor beyond the exception.
	 */
	EO_INTEREST_COMPETITOR,

	/** Employees and officers: no part in a family member's evaluation or pay. */
	EO_FAMILY_EVALUATION,

	/** Employees and officers: no other activity the Board determines a conflict. */
	EO_OTHER_ACTIVITY,

	/** Directors: no services for a direct competitor. */
	D_SERVICE_COMPETITOR,

	/** Directors: no close relative as officer or director of a direct competitor. */
	D_RELATIVE_SERVICE_COMPETITOR,

	/** Directors: no interest in a direct competitor beyond the exception. */
	D_INTEREST_COMPETITOR,

	/** Directors: no influence on decisions about a related supplier or customer. */
	D_INFLUENCE_CUSTOMER_SUPPLIER,

	/** Directors: no services for such a supplier or customer. */
	D_SERVICE_CUSTOMER_SUPPLIER,

	/** Directors: no interest in such a supplier or customer beyond the exception. */
	D_INTEREST_CUSTOMER_SUPPLIER,

	/** Directors: a close relative's service makes a supplier or customer such a one. */
	D_RELATIVE_RELATED_CUSTOMER_SUPPLIER,

	/** Directors: no part in a family member's evaluation or pay. */
	D_FAMILY_EVALUATION,

	/** Directors: no other activity the Board determines a conflict. */
	D_OTHER_ACTIVITY,

	/** No listed clause covers it: the general definition of a conflict of interest. */
	GENERAL_CONFLICT

}
