package io.conduct.inquiries;

/** How the inquiry reached the person who records it. */
enum InquiryChannel {

	/** By telephone. */
	PHONE,

	/** By e-mail. */
	EMAIL,

	/** In person. */
	IN_PERSON,

	/** By letter. */
	LETTER,

	/** Through social media or a messaging service. */
	SOCIAL_MEDIA,

	/** At a conference, a fair or another event. */
	EVENT,

	/** Any other way. */
	OTHER

}
