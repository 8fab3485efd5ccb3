package io.conduct.trading;

/** Where a pre-clearance request stands. */
enum PreClearanceStatus {

	/** Awaiting the CFO/CAO's or a delegate's answer. */
	PENDING,

	/** Cleared until its window closes. */
	APPROVED,

	/** Cleared with conditions until its window closes. */
	APPROVED_WITH_CONDITIONS,

	/** Not cleared. */
	DENIED,

	/** The clearance's window closed: a new request is needed. */
	EXPIRED,

	/** The person is not subject to pre-clearance and no rule stands in the way. */
	NOT_REQUIRED;

	boolean isCleared() {
		return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
	}

}
