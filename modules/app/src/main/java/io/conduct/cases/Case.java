package io.conduct.cases;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reported concern and everything that happens to it, in one document of the tenant's
 * database, so each change is one atomic write. It is composed of named parts: the report
 * as told, what is kept about its reporter, its routing, its deadlines, its conversation
 * and timeline, the merit review of an accounting concern, and how it is looked into. A
 * new field belongs to one part; only {@link CaseStore} writes cases.
 *
 * @param id the id
 * @param number the tenant's case number, e.g. {@code DE-2026-0007}
 * @param status where it stands
 * @param closedAt when it was closed, with feedback to the reporter
 * @param report the report as told, and how and when it came in
 * @param reporter what is kept about the reporter
 * @param routing who handles the case, who is informed, and why
 * @param deadlines when the reporter must hear back, and when they did
 * @param messages the two-way conversation with the reporter
 * @param timeline what happened to the case, append-only
 * @param meritReview the merit review of an accounting concern; {@code null} otherwise
 * @param investigation how the case is looked into, once decided
 * @param investigationRecord allegations, findings, tasks, interviews, evidence and
 * results
 * @param version optimistic lock
 */
@Document("cases")
record Case(@Id String id, String number, CaseStatus status, Instant closedAt, Report report, ReporterRecord reporter,
		Routing routing, CaseDeadlines deadlines, List<Message> messages, List<CaseEvent> timeline,
		MeritReview meritReview, Investigation investigation, InvestigationRecord investigationRecord,
		@Version Long version) {

	Case {
		reporter = (reporter != null) ? reporter : ReporterRecord.NONE;
		messages = (messages != null) ? List.copyOf(messages) : List.of();
		timeline = (timeline != null) ? List.copyOf(timeline) : List.of();
		investigationRecord = (investigationRecord != null) ? investigationRecord : InvestigationRecord.NONE;
	}

	/** A report just taken in: the one way a case begins. */
	static Case received(String id, String number, Report report, ReporterRecord reporter, Routing routing,
			CaseDeadlines deadlines, MeritReview meritReview, CaseEvent received) {
		return new Case(id, number, CaseStatus.RECEIVED, null, report, reporter, routing, deadlines, List.of(),
				List.of(received), meritReview, null, InvestigationRecord.NONE, null);
	}

	/** The directory ids of the people named as involved. */
	Set<String> involvedPersonIds() {
		return this.report.involvedPersonIds();
	}

	/** The feedback the reporter was given when the case closed, if it did. */
	Optional<String> feedback() {
		return this.messages.stream()
			.filter((m) -> m.purpose() == Message.Purpose.FEEDBACK)
			.reduce((first, second) -> second)
			.map(Message::body);
	}

	/** A file the reporter gave or was given: of the report or a message. */
	Optional<Attachment> reporterAttachment(String attachmentId) {
		return Stream
			.concat(this.report.attachments().stream(), this.messages.stream().flatMap((m) -> m.attachments().stream()))
			.filter((a) -> a.id().equals(attachmentId))
			.findFirst();
	}

	Optional<Message> message(String messageId) {
		return this.messages.stream().filter((m) -> m.id().equals(messageId)).findFirst();
	}

	/** A file of the case: of the report, a message or the investigation's evidence. */
	Optional<Attachment> attachment(String attachmentId) {
		return Stream
			.of(this.report.attachments().stream(), this.messages.stream().flatMap((m) -> m.attachments().stream()),
					this.investigationRecord.entries().stream().flatMap((e) -> e.attachments().stream()))
			.flatMap(Function.identity())
			.filter((a) -> a.id().equals(attachmentId))
			.findFirst();
	}

	Set<String> handlerPersonIds() {
		return this.routing.handlerPersonIds();
	}

	// The accessors below are the case as clients read it (the GraphQL type Case is
	// flat): public, so that GraphQL reads them like record components.

	public ReportCategory category() {
		return this.report.category();
	}

	public Recipient recipient() {
		return this.report.recipient();
	}

	public Channel channel() {
		return this.report.channel();
	}

	public ReporterMode reporterMode() {
		return this.report.reporterMode();
	}

	public String description() {
		return this.report.description();
	}

	public String occurredWhen() {
		return this.report.occurredWhen();
	}

	public String location() {
		return this.report.location();
	}

	public List<Report.Involved> involved() {
		return this.report.involved();
	}

	public String othersAware() {
		return this.report.othersAware();
	}

	public Locale language() {
		return Locale.forLanguageTag(this.report.language());
	}

	public Instant receivedAt() {
		return this.report.receivedAt();
	}

	public Instant acknowledgementDue() {
		return this.deadlines.acknowledgementDue();
	}

	public Instant acknowledgedAt() {
		return this.deadlines.acknowledgedAt();
	}

	public Instant feedbackDue() {
		return this.deadlines.feedbackDue();
	}

	/** The jurisdiction pack that set the acknowledgement deadline, if known. */
	public DeadlineSource acknowledgementDueSetBy() {
		return this.deadlines.acknowledgementSetBy();
	}

	/** The jurisdiction pack that set the feedback deadline, if known. */
	public DeadlineSource feedbackDueSetBy() {
		return this.deadlines.feedbackSetBy();
	}

	/** When the reporter last asked for a meeting. */
	public Instant meetingRequestedAt() {
		return this.deadlines.meetingRequestedAt();
	}

	/** By when the meeting the reporter asked for is held; null if none was asked for. */
	public Instant meetingDue() {
		return this.deadlines.meetingDue();
	}

	/** The jurisdiction pack that set the meeting deadline. */
	public DeadlineSource meetingDueSetBy() {
		return this.deadlines.meetingSetBy();
	}

	/** When a handler recorded the meeting was held. */
	public Instant meetingHeldAt() {
		return this.deadlines.meetingHeldAt();
	}

	public Set<Role> handlerRoles() {
		return this.routing.handlerRoles();
	}

	public Set<Role> informedRoles() {
		return this.routing.informedRoles();
	}

	public boolean escalated() {
		return this.routing.escalated();
	}

	public InvestigationRecord.Results results() {
		return this.investigationRecord.results();
	}

}
