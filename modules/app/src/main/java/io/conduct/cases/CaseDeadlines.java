package io.conduct.cases;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When the reporter must hear back, and when they did: the acknowledgement due from
 * receipt, and feedback due from the acknowledgement (or from the end of its period), as
 * the tenant's jurisdiction packs say (the strictest wins and is named), at the end of
 * the day in its zone.
 *
 * @param acknowledgementDue by when the reporter must hear the report was received
 * @param acknowledgedAt when they did
 * @param feedbackDue by when the reporter must get feedback
 * @param acknowledgementSetBy the pack that set the acknowledgement deadline (null for
 * cases received before the packs named it)
 * @param feedbackSetBy the pack that set the feedback deadline
 * @param meetingRequestedAt when the reporter last asked for a meeting
 * @param meetingDue by when that meeting is held (France: twenty working days)
 * @param meetingSetBy the pack that set the meeting deadline
 * @param meetingHeldAt when a handler recorded it was held
 */
record CaseDeadlines(Instant acknowledgementDue, Instant acknowledgedAt, Instant feedbackDue,
		DeadlineSource acknowledgementSetBy, DeadlineSource feedbackSetBy, Instant meetingRequestedAt,
		Instant meetingDue, DeadlineSource meetingSetBy, Instant meetingHeldAt) {

	/** Whether a meeting was asked for and not held yet. */
	boolean meetingPending() {
		return this.meetingDue != null && this.meetingHeldAt == null;
	}

	/** The deadlines of a report received now. */
	static CaseDeadlines forReportReceived(Instant receivedAt, ZoneId zone, JurisdictionDuties duties,
			WorkingDays workingDays) {
		JurisdictionDuties.Due acknowledgement = duties.acknowledgement(receivedAt.atZone(zone).toLocalDate(),
				workingDays);
		JurisdictionDuties.Due feedback = Deadlines.feedback(receivedAt, null, zone, duties, workingDays);
		return new CaseDeadlines(Deadlines.endOfDay(acknowledgement.day(), zone), null,
				Deadlines.endOfDay(feedback.day(), zone), acknowledgement.source(), feedback.source(), null, null, null,
				null);
	}

}
