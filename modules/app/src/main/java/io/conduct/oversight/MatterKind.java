package io.conduct.oversight;

import io.conduct.cases.EscalationKind;

/**
 * Why the Code takes a matter to the Board or the Audit Committee (the GraphQL enum
 * EscalationKind): the cases' reasons, one for one, and the matters of the waivers and of
 * the conflicts of interest that only the Board decides.
 */
enum MatterKind {

	EXECUTIVE_OR_DIRECTOR_INVOLVED, CFO_CAO_INVOLVED, CEO_INVOLVED, ACCOUNTING_CONCERN_FORWARDED,
	ADDRESSED_TO_AUDIT_COMMITTEE, RESULTS_REPORTED_TO_BOARD, MEASURE_AWAITING_DECISION, RETALIATION_REVIEW,
	KNOWINGLY_FALSE_PROPOSED,

	/** An executive officer's or a director's waiver request awaits the Board. */
	WAIVER_AWAITING_BOARD,

	/**
	 * An amendment of the Code that applies to executive officers or directors, made by
	 * the Board, is still to be publicly disclosed.
	 */
	CODE_AMENDMENT_TO_DISCLOSE,

	/**
	 * An executive officer's or a director's disclosure awaits the Board's conflict of
	 * interest determination.
	 */
	CONFLICT_DETERMINATION_FOR_BOARD;

	/** The cases' reason it is; {@code null} for the matters that are not cases. */
	EscalationKind caseKind() {
		for (EscalationKind kind : EscalationKind.values()) {
			if (kind.name().equals(name())) {
				return kind;
			}
		}
		return null;
	}

	static MatterKind of(EscalationKind kind) {
		return valueOf(kind.name());
	}

}
