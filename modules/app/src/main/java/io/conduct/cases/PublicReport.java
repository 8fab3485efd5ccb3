package io.conduct.cases;

import java.time.Instant;
import java.util.List;

/**
 * A report as its anonymous or public reporter sees it: where it stands and the
 * conversation, nothing of its handling.
 *
 * @param caseNumber the case number
 * @param status where it stands
 * @param category what it is about
 * @param receivedAt when it came in
 * @param acknowledgedAt when the reporter was told it was received
 * @param feedbackDue by when the reporter gets feedback
 * @param acknowledgementDueSetBy the jurisdiction pack that set the acknowledgement
 * deadline
 * @param feedbackDueSetBy the jurisdiction pack that set the feedback deadline
 * @param meetingDue by when the meeting the reporter asked for is held
 * @param meetingDueSetBy the jurisdiction pack that set that deadline
 * @param meetingHeldAt when a handler recorded it was held
 * @param messages the conversation with the handlers
 * @param feedback the feedback given when it closed
 */
record PublicReport(String caseNumber, CaseStatus status, ReportCategory category, Instant receivedAt,
		Instant acknowledgedAt, Instant feedbackDue, DeadlineSource acknowledgementDueSetBy,
		DeadlineSource feedbackDueSetBy, Instant meetingDue, DeadlineSource meetingDueSetBy, Instant meetingHeldAt,
		List<CaseMessage> messages, String feedback) {

	static PublicReport of(Case reported) {
		return new PublicReport(reported.number(), reported.status(), reported.category(), reported.receivedAt(),
				reported.acknowledgedAt(), reported.feedbackDue(), reported.acknowledgementDueSetBy(),
				reported.feedbackDueSetBy(), reported.meetingDue(), reported.meetingDueSetBy(),
				reported.meetingHeldAt(), CaseMessage.of(reported), reported.feedback().orElse(null));
	}

}
