package io.conduct.cases;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When the reporter must hear back, and when they did: the acknowledgement due from
 * receipt, and feedback due from the acknowledgement (or from the end of its period), as
 * the tenant's jurisdictions say, at the end of the day in its zone.
 *
 * @param acknowledgementDue by when the reporter must hear the report was received
 * @param acknowledgedAt when they did
 * @param feedbackDue by when the reporter must get feedback
 */
record CaseDeadlines(Instant acknowledgementDue, Instant acknowledgedAt, Instant feedbackDue) {

	/** The deadlines of a report received now. */
	static CaseDeadlines forReportReceived(Instant receivedAt, ZoneId zone, JurisdictionPack duties) {
		return new CaseDeadlines(Deadlines.acknowledgementDue(receivedAt, zone, duties), null,
				Deadlines.feedbackDue(receivedAt, null, zone, duties));
	}

}
