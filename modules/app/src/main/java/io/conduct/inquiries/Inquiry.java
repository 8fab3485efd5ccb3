package io.conduct.inquiries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inquiry from outside the Company, as the person who received it recorded it, with
 * what happened to it since: one document of the tenant's database, so every change is
 * one write.
 *
 * @param id the id
 * @param recorderPersonId who received and recorded it
 * @param recordedBySpokesperson whether the recorder was an authorized spokesperson
 * @param inquirer who asked
 * @param channel how it reached the recorder
 * @param question what was asked, in the recorder's words
 * @param receivedAt when it was received
 * @param recordedAt when it was recorded (and routed)
 * @param supervisorPersonId the recorder's supervisor when it was recorded, who sees it
 * @param status where it stands
 * @param assigneePersonId the spokesperson who took it, or was given it
 * @param takenAt when they took it, or were given it
 * @param assignedByPersonId the CFO/CAO who gave it to them, if one did
 * @param reply the spokesperson's answer or refusal
 * @param escalationBusinessDay the business day by whose end a spokesperson must take it
 * @param escalatesAt the end of that day in the tenant's zone
 * @param escalated whether it went to the CFO/CAO, untouched
 * @param escalation when it did
 * @param mnpi whether it may concern material non-public information, and why
 * @param notices who was told of it, why and when
 * @param noticesPending whether notices were recorded that are not in the outbox yet
 * @param updatedAt when it last changed
 * @param version optimistic lock
 */
@Document("inquiries")
record Inquiry(@Id String id, String recorderPersonId, boolean recordedBySpokesperson, Inquirer inquirer,
		InquiryChannel channel, String question, Instant receivedAt, Instant recordedAt, String supervisorPersonId,
		InquiryStatus status, String assigneePersonId, Instant takenAt, String assignedByPersonId, Reply reply,
		LocalDate escalationBusinessDay, Instant escalatesAt, boolean escalated, Escalation escalation,
		MnpiAssessment mnpi, List<Notice> notices, boolean noticesPending, Instant updatedAt, @Version Long version) {

	Inquiry {
		notices = (notices != null) ? List.copyOf(notices) : List.of();
	}

	/** Whether the person recorded it, or it was routed to them as the supervisor. */
	boolean isOwnOrRoutedTo(String personId) {
		return personId != null && (personId.equals(this.recorderPersonId) || personId.equals(this.supervisorPersonId));
	}

	/**
	 * Who asked.
	 *
	 * @param name their name
	 * @param organisation the organisation they asked for
	 * @param contact how to reach them
	 * @param kind what they are to the Company
	 */
	record Inquirer(String name, String organisation, String contact, InquirerKind kind) {

		/** The name and the organisation, as notifications name the inquirer. */
		String described() {
			return (this.organisation != null) ? this.name + ", " + this.organisation : this.name;
		}

	}

	/**
	 * What the spokesperson did.
	 *
	 * @param response answered or declined
	 * @param statement what was said to the inquirer
	 * @param respondedAt when it was recorded
	 * @param respondentPersonId the spokesperson
	 */
	record Reply(InquiryResponse response, String statement, Instant respondedAt, String respondentPersonId) {
	}

	/**
	 * The inquiry's escalation to the CFO/CAO.
	 *
	 * @param escalatedAt when it happened
	 * @param businessDay the business day by whose end nobody had taken it
	 * @param notified how many holders of the CFO/CAO's role were told
	 */
	record Escalation(Instant escalatedAt, LocalDate businessDay, int notified) {
	}

	/**
	 * Someone told of the inquiry.
	 *
	 * @param reason why
	 * @param personId who
	 * @param at when it was decided to tell them
	 */
	record Notice(InquiryNoticeReason reason, String personId, Instant at) {
	}

}
