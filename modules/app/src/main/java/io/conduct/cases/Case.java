package io.conduct.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.conduct.platform.crypto.EncryptedValue;
import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reported concern and everything that happens to it, in one document of the tenant's
 * database: its messages and its append-only timeline are part of it, so each change is
 * one atomic write.
 *
 * @param id the id
 * @param number the tenant's case number, e.g. {@code DE-2026-0007}
 * @param status where it stands
 * @param category what it is about
 * @param recipient to whom it was addressed
 * @param channel how it came in
 * @param reporterMode named, confidential or anonymous
 * @param reporterRef keyed hash of the reporter's identity, to list their own reports;
 * {@code null} for anonymous reports
 * @param reporterIdentity the reporter's identity and contact details, encrypted;
 * {@code null} for anonymous reports without contact details
 * @param description what happened
 * @param occurredAt when, in the reporter's words
 * @param location where, in the reporter's words
 * @param involved people involved, from the directory or named in free text
 * @param othersAware who else knows, in the reporter's words
 * @param language the language of the report (BCP 47)
 * @param attachments files given with the report
 * @param handlerRoles roles whose holders handle it
 * @param handlerPersonIds people who handle it (a supervisor addressed by name)
 * @param informedRoles roles whose holders are informed and may read it
 * @param routing the routing rules that decided its handlers, in order
 * @param escalated whether it went above the usual handlers: the CFO/CAO or the CEO is
 * involved, or the CEO and the Board are informed
 * @param closedAt when it was closed, with feedback to the reporter
 * @param receivedAt when it came in
 * @param acknowledgementDue by when the reporter must hear that it was received
 * @param acknowledgedAt when they did
 * @param feedbackDue by when the reporter must get feedback
 * @param messages the two-way conversation with the reporter
 * @param timeline what happened to the case, append-only
 * @param anonymousAccess how an anonymous reporter follows up; {@code null} otherwise
 * @param meritReview the merit review of an accounting concern; {@code null} otherwise
 * @param investigation how the case is looked into, once decided
 * @param allegations what the case alleges, with the findings
 * @param results the results and recommendation, once submitted
 * @param entries tasks, interviews and evidence of the investigation
 * @param version optimistic lock
 */
@Document("cases")
public record Case(@Id String id, String number, CaseStatus status, ReportCategory category, Recipient recipient,
		Channel channel, ReporterMode reporterMode, String reporterRef, EncryptedValue reporterIdentity,
		String description, String occurredAt, String location, List<Involved> involved, String othersAware,
		String language, List<Attachment> attachments, Set<Role> handlerRoles, Set<String> handlerPersonIds,
		Set<Role> informedRoles, List<RoutingDecision.Fired> routing, boolean escalated, Instant closedAt,
		Instant receivedAt, Instant acknowledgementDue, Instant acknowledgedAt, Instant feedbackDue,
		List<Message> messages, List<Event> timeline, AnonymousAccess anonymousAccess, MeritReview meritReview,
		Investigation investigation, List<Allegation> allegations, InvestigationRecords.Results results,
		List<InvestigationEntry> entries, @Version Long version) {

	public Case {
		involved = (involved != null) ? List.copyOf(involved) : List.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		handlerRoles = (handlerRoles != null) ? Set.copyOf(handlerRoles) : Set.of();
		handlerPersonIds = (handlerPersonIds != null) ? Set.copyOf(handlerPersonIds) : Set.of();
		informedRoles = (informedRoles != null) ? Set.copyOf(informedRoles) : Set.of();
		routing = (routing != null) ? List.copyOf(routing) : List.of();
		allegations = (allegations != null) ? List.copyOf(allegations) : List.of();
		entries = (entries != null) ? List.copyOf(entries) : List.of();
		messages = (messages != null) ? List.copyOf(messages) : List.of();
		timeline = (timeline != null) ? List.copyOf(timeline) : List.of();
	}

	/** The directory ids of the people named as involved. */
	public Set<String> involvedPersonIds() {
		return this.involved.stream()
			.map(Involved::personId)
			.filter((id) -> id != null)
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Someone involved: a person of the directory, or a name the reporter wrote.
	 *
	 * @param personId the directory id, if chosen from it
	 * @param name the name as written
	 */
	public record Involved(String personId, String name) {
	}

	/**
	 * A file given with the report or a message, kept in GridFS.
	 *
	 * @param id the GridFS file id
	 * @param fileName the name given
	 * @param contentType the type found in its bytes
	 * @param size its size in bytes
	 */
	public record Attachment(String id, String fileName, String contentType, long size) {
	}

	/**
	 * A message between the handlers and the reporter.
	 *
	 * @param id the id
	 * @param author who wrote it
	 * @param authorSubject the handler's identity; never set for the reporter
	 * @param body the text
	 * @param attachments files given with it
	 * @param at when
	 */
	public record Message(String id, Author author, String authorSubject, String body, List<Attachment> attachments,
			Instant at) {

		/** Who wrote a message. */
		public enum Author {

			REPORTER, HANDLER

		}

	}

	/**
	 * Something that happened to the case.
	 *
	 * @param type what
	 * @param at when
	 * @param actorSubject who did it; {@code null} for the reporter or the system
	 * @param note a short explanation
	 */
	public record Event(String type, Instant at, String actorSubject, String note) {
	}

	/**
	 * Anonymous follow-up credentials, as slow hashes only.
	 *
	 * @param locator the random, public part of the receipt key, to find the case
	 * @param secretHash Argon2id hash of the receipt key's secret part
	 * @param passphraseHash Argon2id hash of the reporter's passphrase
	 * @param lockedUntil follow-up refused until then, after repeated failures
	 */
	public record AnonymousAccess(String locator, String secretHash, String passphraseHash, Instant lockedUntil) {
	}

}
