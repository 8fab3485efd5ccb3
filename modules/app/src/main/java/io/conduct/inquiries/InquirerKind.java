package io.conduct.inquiries;

/**
 * Who asked, as the Code's CONFIDENTIALITY section names them: the media, the market
 * professionals it lists, security holders, and anyone else.
 */
enum InquirerKind {

	/** A journalist or another member of the media. */
	MEDIA,

	/** A securities analyst. */
	SECURITIES_ANALYST,

	/** An institutional investor. */
	INSTITUTIONAL_INVESTOR,

	/** An investment adviser. */
	INVESTMENT_ADVISER,

	/** A broker or a dealer. */
	BROKER_OR_DEALER,

	/** A holder of the Company's securities. */
	SECURITY_HOLDER,

	/** Someone else outside the Company. */
	OTHER

}
