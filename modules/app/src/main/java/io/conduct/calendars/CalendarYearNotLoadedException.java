package io.conduct.calendars;

import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;

/**
 * A calendar was asked about a day of a year it has no data for. Calendars never guess: a
 * business day in a year whose holidays are not loaded is unknown. GraphQL classifies it
 * {@code UNAVAILABLE} (adding the year's data file fixes it). Where the day came from the
 * caller's input, catch it (or check {@link BusinessCalendar#covers}) and return a user
 * error naming the field ({@code CALENDAR_YEAR_NOT_LOADED}) instead.
 */
public class CalendarYearNotLoadedException extends ConductException {

	private final String calendarId;

	private final int year;

	private final int firstYear;

	private final int lastYear;

	/**
	 * @param calendarId the calendar asked
	 * @param year the year asked about
	 * @param firstYear the first year the calendar has data for
	 * @param lastYear the last year the calendar has data for
	 */
	public CalendarYearNotLoadedException(String calendarId, int year, int firstYear, int lastYear) {
		super(ErrorCode.UNAVAILABLE, "The calendar " + calendarId + " has no data for " + year + " (loaded: "
				+ firstYear + " to " + lastYear + ")");
		this.calendarId = calendarId;
		this.year = year;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
	}

	/** The calendar asked. */
	public String calendarId() {
		return this.calendarId;
	}

	/** The year asked about. */
	public int year() {
		return this.year;
	}

	/** The first year the calendar has data for. */
	public int firstYear() {
		return this.firstYear;
	}

	/** The last year the calendar has data for. */
	public int lastYear() {
		return this.lastYear;
	}

}
