package io.conduct.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report as its reporter told it, and how and when it came in, with everyone the case
 * is about. Only one thing changes after intake: people found to be involved later
 * (marked by a handler, or the subject of an allegation) join {@code involved}, each with
 * how they came to be named.
 *
 * @param category what it is about
 * @param recipient to whom it was addressed
 * @param channel how it came in
 * @param reporterMode named, confidential or anonymous
 * @param description what happened
 * @param occurredWhen when, in the reporter's words
 * @param location where, in the reporter's words
 * @param involved people involved, from the directory or named in free text, and those
 * found to be involved later
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
	 * @param personId the directory id, if known
	 * @param name the name as written, or the directory's
	 * @param origin how they came to be named
	 * @param reason why, for someone marked after intake
	 * @param by who marked them, after intake
	 * @param at when they were named, after intake
	 */
	record Involved(String personId, String name, Origin origin, String reason, String by, Instant at) {

		Involved {
			origin = (origin != null) ? origin : Origin.REPORTED;
		}

		/** As the report names them. */
		static Involved reported(String personId, String name) {
			return new Involved(personId, name, Origin.REPORTED, null, null, null);
		}

		/** A name the reporter wrote that is, exactly, a handler's in the directory. */
		static Involved matchedByName(String personId, String name) {
			return new Involved(personId, name, Origin.MATCHED_BY_NAME, null, null, null);
		}

		/** Someone found to be involved after intake. */
		static Involved later(String personId, String name, Origin origin, String reason, String by, Instant at) {
			return new Involved(personId, name, origin, reason, by, at);
		}

		/** How someone came to be named as involved. */
		enum Origin {

			/** The report named them (chosen from the directory, or written). */
			REPORTED,

			/**
			 * The reporter wrote a name that is exactly the directory's name of a
			 * handler.
			 */
			MATCHED_BY_NAME,

			/** A handler marked them as involved after intake. */
			MARKED,

			/** They are the subject of an allegation. */
			ALLEGATION_SUBJECT

		}

	}

}
