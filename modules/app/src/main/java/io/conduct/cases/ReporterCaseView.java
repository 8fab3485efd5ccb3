package io.conduct.cases;

import java.time.Instant;
import java.util.List;

import io.conduct.platform.graphql.GlobalId;

/**
 * A report as the signed-in person who made it sees it: where it stands, its deadlines,
 * the conversation and the feedback, and what they told. Nothing of its handling
 * (routing, the people involved, the timeline) or its investigation (allegations,
 * interviews, evidence, results, measures) is in it, so none of that can be reached
 * through it. Its id is of its own type, loaded only for its reporter.
 *
 * @param id the global id
 * @param number the case number
 * @param status where it stands
 * @param category what it is about
 * @param recipient to whom it was addressed
 * @param reporterMode named or confidential
 * @param description what they reported
 * @param attachments the files they gave with it
 * @param receivedAt when it came in
 * @param acknowledgementDue by when they hear that it was received
 * @param acknowledgedAt when they were told
 * @param feedbackDue by when they get feedback
 * @param acknowledgementDueSetBy the jurisdiction pack that set the acknowledgement
 * deadline
 * @param feedbackDueSetBy the jurisdiction pack that set the feedback deadline
 * @param meetingDue by when the meeting the reporter asked for is held
 * @param meetingDueSetBy the jurisdiction pack that set that deadline
 * @param meetingHeldAt when a handler recorded it was held
 * @param closedAt when it was closed
 * @param messages the conversation with the handlers
 * @param feedback the feedback given when it closed
 */
record ReporterCaseView(String id, String number, CaseStatus status, ReportCategory category, Recipient recipient,
		ReporterMode reporterMode, String description, List<CaseAttachment> attachments, Instant receivedAt,
		Instant acknowledgementDue, Instant acknowledgedAt, Instant feedbackDue, DeadlineSource acknowledgementDueSetBy,
		DeadlineSource feedbackDueSetBy, Instant meetingDue, DeadlineSource meetingDueSetBy, Instant meetingHeldAt,
		Instant closedAt, List<CaseMessage> messages, String feedback) {

	static final String TYPE = "ReporterCaseView";

	static ReporterCaseView of(Case reported) {
		return new ReporterCaseView(GlobalId.encode(TYPE, reported.id()), reported.number(), reported.status(),
				reported.category(), reported.recipient(), reported.reporterMode(), reported.description(),
				CaseAttachment.of(reported.id(), reported.report().attachments()), reported.receivedAt(),
				reported.acknowledgementDue(), reported.acknowledgedAt(), reported.feedbackDue(),
				reported.acknowledgementDueSetBy(), reported.feedbackDueSetBy(), reported.meetingDue(),
				reported.meetingDueSetBy(), reported.meetingHeldAt(), reported.closedAt(), CaseMessage.of(reported),
				reported.feedback().orElse(null));
	}

}
