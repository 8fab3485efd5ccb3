package io.conduct.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report as its reporter told it, and how and when it came in. It never changes after
 * intake.
 *
 * @param category what it is about
 * @param recipient to whom it was addressed
 * @param channel how it came in
 * @param reporterMode named, confidential or anonymous
 * @param description what happened
 * @param occurredWhen when, in the reporter's words
 * @param location where, in the reporter's words
 * @param involved people involved, from the directory or named in free text
 * @param othersAware who else knows, in the reporter's words
 * @param language the language of the report (BCP 47)
 * @param attachments files given with the report
 * @param receivedAt when it came in
 */
record Report(ReportCategory category, Recipient recipient, Channel channel, ReporterMode reporterMode,
		String description, String occurredWhen, String location, List<Involved> involved, String othersAware,
		String language, List<Attachment> attachments, Instant receivedAt) {

	Report {
		involved = (involved != null) ? List.copyOf(involved) : List.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** The report told in the input, as it came in. */
	static Report of(ReportInput told, Channel channel, ReporterMode mode, List<Involved> involved, String language,
			List<Attachment> attachments, Instant receivedAt) {
		return new Report(told.category(), told.recipient(), channel, mode, told.description().trim(),
				told.occurredWhen(), told.location(), involved, told.othersAware(), language, attachments, receivedAt);
	}

	/** The directory ids of the people named as involved. */
	Set<String> involvedPersonIds() {
		return this.involved.stream().map(Involved::personId).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	/**
	 * Someone involved: a person of the directory, or a name the reporter wrote.
	 *
	 * @param personId the directory id, if chosen from it
	 * @param name the name as written
	 */
	record Involved(String personId, String name) {
	}

}
