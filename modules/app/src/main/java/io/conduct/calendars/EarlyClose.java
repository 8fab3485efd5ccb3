package io.conduct.calendars;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A trading day on which an exchange closes before its regular time.
 *
 * @param date the trading day
 * @param close the closing time that day, in the exchange's time zone
 * @param name why, e.g. {@code Day after Thanksgiving}
 */
public record EarlyClose(LocalDate date, LocalTime close, String name) {

	public EarlyClose {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(close, "close");
		Objects.requireNonNull(name, "name");
	}

}
