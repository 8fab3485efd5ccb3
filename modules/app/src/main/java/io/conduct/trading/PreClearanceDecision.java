package io.conduct.trading;

/** The answer of the CFO/CAO or a delegate to a request. */
enum PreClearanceDecision {

	/** Cleared. */
	APPROVE,

	/** Cleared with the conditions given. */
	APPROVE_WITH_CONDITIONS,

	/** Not cleared. */
	DENY;

	PreClearanceStatus status() {
		return switch (this) {
			case APPROVE -> PreClearanceStatus.APPROVED;
			case APPROVE_WITH_CONDITIONS -> PreClearanceStatus.APPROVED_WITH_CONDITIONS;
			case DENY -> PreClearanceStatus.DENIED;
		};
	}

}
