package io.conduct.calendars;

import java.util.List;

/**
 * The calendar data files are wrong; the message names each problem with its file, line
 * and entry. Thrown at startup, so the application does not run on a wrong calendar.
 */
class CalendarDataException extends IllegalStateException {

	private final List<String> problems;

	CalendarDataException(List<String> problems) {
		super("The calendar data files are wrong:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return this.problems;
	}

}
