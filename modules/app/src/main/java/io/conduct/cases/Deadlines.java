package io.conduct.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The reporting deadlines of a case, in the tenant's time zone: a deadline is the end of
 * its day there, whatever the daylight-saving changes in between.
 */
final class Deadlines {

	private Deadlines() {
	}

	static Instant acknowledgementDue(Instant receivedAt, ZoneId zone, JurisdictionPack duties) {
		return endOfDay(acknowledgementDay(receivedAt, zone, duties), zone);
	}

	/**
	 * Feedback is due a number of months after the acknowledgement, or after the end of
	 * the acknowledgement period if none was sent.
	 */
	static Instant feedbackDue(Instant receivedAt, Instant acknowledgedAt, ZoneId zone, JurisdictionPack duties) {
		LocalDate from = (acknowledgedAt != null) ? acknowledgedAt.atZone(zone).toLocalDate()
				: acknowledgementDay(receivedAt, zone, duties);
		return endOfDay(from.plusMonths(duties.feedbackWithinMonths()), zone);
	}

	private static LocalDate acknowledgementDay(Instant receivedAt, ZoneId zone, JurisdictionPack duties) {
		return receivedAt.atZone(zone).toLocalDate().plusDays(duties.acknowledgeWithinDays());
	}

	/** The last instant of the day in the zone. */
	static Instant endOfDay(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
	}

}
