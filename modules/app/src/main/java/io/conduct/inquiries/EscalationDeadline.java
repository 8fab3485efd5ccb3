package io.conduct.inquiries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.conduct.calendars.BusinessCalendar;

/**
 * When an untouched inquiry goes to the CFO/CAO: at the end of the first business day
 * after the day it was recorded, counted in the tenant's business-day calendar and time
 * zone. Recorded on a Wednesday, it goes after Thursday; on the Friday before Whit Monday
 * in Germany, after Tuesday; on a Saturday, after Monday. A day outside the calendar's
 * loaded years is an error, never a guess.
 *
 * @param businessDay the business day by whose end a spokesperson must take it
 * @param escalatesAt the last instant of that day in the zone
 */
record EscalationDeadline(LocalDate businessDay, Instant escalatesAt) {

	/**
	 * @throws io.conduct.calendars.CalendarYearNotLoadedException if the days involved
	 * are not in the calendar's years
	 */
	static EscalationDeadline of(Instant recordedAt, ZoneId zone, BusinessCalendar calendar) {
		LocalDate day = calendar.nextBusinessDay(recordedAt.atZone(zone).toLocalDate());
		return new EscalationDeadline(day, day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
	}

}
