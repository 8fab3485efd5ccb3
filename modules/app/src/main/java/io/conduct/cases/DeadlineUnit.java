package io.conduct.cases;

/** What a deadline of a jurisdiction pack counts. */
public enum DeadlineUnit {

	/** Every day of the calendar. */
	CALENDAR_DAYS,

	/** Business days of the tenant's calendar: no weekend days, no public holidays. */
	WORKING_DAYS,

	/** Calendar months. */
	MONTHS

}
