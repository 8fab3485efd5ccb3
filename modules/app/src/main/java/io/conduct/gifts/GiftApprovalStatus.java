package io.conduct.gifts;

/** Where a request for the CFO/CAO's prior approval stands. */
public enum GiftApprovalStatus {

	/** Waiting for a CFO/CAO other than the requester. */
	PENDING,

	/** Approved: it may be given. */
	APPROVED,

	/** Not approved: it must not be given. */
	NOT_APPROVED

}
