package io.conduct.cases;

/**
 * Why the Code takes a case to the Board or the Audit Committee. A case may be escalated
 * for several of these at once; each is a fact of the stored case, so that a list can be
 * filtered by it in the database.
 */
public enum EscalationKind {

	/**
	 * An executive officer or a director is involved: the CEO and the Board are informed.
	 */
	EXECUTIVE_OR_DIRECTOR_INVOLVED,

	/** The CFO/CAO is involved: the CEO and the Audit Committee handle it instead. */
	CFO_CAO_INVOLVED,

	/** The CEO is involved: the Board handles it instead. */
	CEO_INVOLVED,

	/**
	 * An accounting, internal-controls or auditing concern forwarded to the Audit
	 * Committee (not found without merit by both the CFO/CAO and the CEO, or either of
	 * them involved).
	 */
	ACCOUNTING_CONCERN_FORWARDED,

	/** The reporter addressed the report to the Audit Committee. */
	ADDRESSED_TO_AUDIT_COMMITTEE,

	/** Results and a recommendation were reported to the Board. */
	RESULTS_REPORTED_TO_BOARD,

	/**
	 * An executive officer or a director is involved, the results are in, and no measure
	 * is decided yet: the CEO or the Board decides.
	 */
	MEASURE_AWAITING_DECISION,

	/**
	 * A measure was held for a retaliation review by the CFO/CAO or the Audit Committee.
	 */
	RETALIATION_REVIEW,

	/**
	 * A handler proposed that the report was knowingly false: the Audit Committee
	 * decides.
	 */
	KNOWINGLY_FALSE_PROPOSED

}
