package io.conduct.gifts;

/** Where an entry stands. */
public enum GiftEntryStatus {

	/** Recorded; nothing is due (it may be flagged). */
	RECORDED,

	/** It must be disposed of by its due date. */
	DISPOSITION_DUE,

	/** Its disposition is recorded. */
	DISPOSED,

	/** It waits for the CFO/CAO's prior approval. */
	AWAITING_APPROVAL,

	/** The CFO/CAO approved it beforehand. */
	APPROVED,

	/** The CFO/CAO did not approve it. */
	NOT_APPROVED,

	/** Refused: never accepted or approved; a bribe, a kickback or cash opens a case. */
	REFUSED

}
