package io.conduct.waivers;

/** Where a waiver request stands. */
enum WaiverStatus {

	AWAITING_SUPERVISOR, DECLINED_BY_SUPERVISOR, AWAITING_CFO_CAO, AWAITING_BOARD, APPROVED, DENIED;

	boolean isOpen() {
		return this == AWAITING_SUPERVISOR || this == AWAITING_CFO_CAO || this == AWAITING_BOARD;
	}

}
