package io.conduct.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The reporting deadlines of a case, in the tenant's time zone: a deadline is the end of
 * its day there, whatever the daylight-saving changes in between; the tenant's packs say
 * how many days (calendar or working days) or months ({@link JurisdictionDuties}).
 */
final class Deadlines {

	private Deadlines() {
	}

	static Instant acknowledgementDue(Instant receivedAt, ZoneId zone, JurisdictionDuties duties,
			WorkingDays workingDays) {
		return endOfDay(duties.acknowledgement(day(receivedAt, zone), workingDays).day(), zone);
	}

	/**
	 * Feedback is due a number of months after the acknowledgement, or after the end of
	 * the acknowledgement period if none was sent.
	 */
	static Instant feedbackDue(Instant receivedAt, Instant acknowledgedAt, ZoneId zone, JurisdictionDuties duties,
			WorkingDays workingDays) {
		return endOfDay(feedback(receivedAt, acknowledgedAt, zone, duties, workingDays).day(), zone);
	}

	static JurisdictionDuties.Due feedback(Instant receivedAt, Instant acknowledgedAt, ZoneId zone,
			JurisdictionDuties duties, WorkingDays workingDays) {
		return duties.feedback(day(receivedAt, zone), (acknowledgedAt != null) ? day(acknowledgedAt, zone) : null,
				workingDays);
	}

	private static LocalDate day(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate();
	}

	/** The last instant of the day in the zone. */
	static Instant endOfDay(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
	}

}
