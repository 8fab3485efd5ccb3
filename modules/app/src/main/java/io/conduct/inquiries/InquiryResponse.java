package io.conduct.inquiries;

/** What the spokesperson did with an inquiry. */
enum InquiryResponse {

	/** Answered it on the Company's behalf. */
	ANSWERED,

	/** Declined to comment. */
	DECLINED;

	InquiryStatus status() {
		return (this == ANSWERED) ? InquiryStatus.ANSWERED : InquiryStatus.DECLINED;
	}

}
