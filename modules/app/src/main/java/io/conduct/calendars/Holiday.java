package io.conduct.calendars;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is not a business day in a calendar, whatever day of the week it falls on.
 *
 * @param date the day
 * @param name its name, e.g. {@code Thanksgiving Day}
 * @param kind why it is not a business day
 */
public record Holiday(LocalDate date, String name, HolidayKind kind) {

	public Holiday {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
	}

}
