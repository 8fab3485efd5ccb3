package io.conduct.inquiries;

/** Where an inquiry stands. */
enum InquiryStatus {

	/** Recorded and routed; no spokesperson has taken it yet. */
	OPEN,

	/** A spokesperson has taken it and is to answer or decline it. */
	TAKEN,

	/** The spokesperson answered it on the Company's behalf. */
	ANSWERED,

	/** The spokesperson declined to comment. */
	DECLINED;

	boolean isClosed() {
		return this == ANSWERED || this == DECLINED;
	}

}
