package io.conduct.cases;

import java.util.List;

/**
 * What a reporter tells, whatever the channel.
 *
 * @param category what it is about
 * @param recipient to whom it is addressed
 * @param description what happened
 * @param occurredWhen when, in the reporter's words
 * @param location where, in the reporter's words
 * @param involved people involved: directory ids or names
 * @param othersAware who else knows
 * @param language BCP 47 language of the report
 * @param attachments files
 */
record ReportInput(ReportCategory category, Recipient recipient, String description, String occurredWhen,
		String location, List<InvolvedInput> involved, String othersAware, String language,
		List<AttachmentInput> attachments) {

	ReportInput {
		involved = (involved != null) ? List.copyOf(involved) : List.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/**
	 * Someone involved.
	 *
	 * @param personId a directory person's id (signed-in and staff reports only)
	 * @param name a name as the reporter writes it
	 */
	record InvolvedInput(String personId, String name) {
	}

	/**
	 * A file.
	 *
	 * @param fileName its name
	 * @param contentBase64 its bytes, base64
	 */
	record AttachmentInput(String fileName, String contentBase64) {
	}

	/**
	 * Contact details a reporter chooses to give.
	 *
	 * @param name name
	 * @param email e-mail address
	 * @param phone phone number
	 */
	record Contact(String name, String email, String phone) {
	}

}
