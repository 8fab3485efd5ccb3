package io.conduct.inquiries;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.calendars.CalendarYearNotLoadedException;
import io.conduct.calendars.Holiday;
import io.conduct.calendars.HolidayKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Untouched for one business day": to the end of the first business day after the day of
 * recording, in the tenant's zone.
 */
class EscalationDeadlineTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final BusinessCalendar GERMANY = BusinessCalendar.of("DE", "Germany",
			EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 2026, 2026,
			List.of(new Holiday(LocalDate.of(2026, 5, 25), "Pfingstmontag", HolidayKind.PUBLIC_HOLIDAY)));

	@Test
	void recordedOnAWednesdayItGoesAtTheEndOfThursday() {
		EscalationDeadline deadline = EscalationDeadline.of(Instant.parse("2026-05-20T09:00:00Z"), BERLIN, GERMANY);
		assertThat(deadline.businessDay()).isEqualTo(LocalDate.of(2026, 5, 21));
		assertThat(deadline.escalatesAt()).isEqualTo(Instant.parse("2026-05-21T21:59:59.999Z"));
	}

	@Test
	void recordedOnTheFridayBeforeWhitMondayItGoesAtTheEndOfTuesday() {
		EscalationDeadline deadline = EscalationDeadline.of(Instant.parse("2026-05-22T15:00:00Z"), BERLIN, GERMANY);
		assertThat(deadline.businessDay()).isEqualTo(LocalDate.of(2026, 5, 26));
		assertThat(deadline.escalatesAt()).isEqualTo(Instant.parse("2026-05-26T21:59:59.999Z"));
	}

	@Test
	void theDayOfRecordingIsTheTenantsDayNotUtcs() {
		// 23:30 on Wednesday in Berlin: Wednesday there
		EscalationDeadline late = EscalationDeadline.of(Instant.parse("2026-05-20T21:30:00Z"), BERLIN, GERMANY);
		assertThat(late.businessDay()).isEqualTo(LocalDate.of(2026, 5, 21));
		// 00:30 on Thursday in Berlin, though still Wednesday in UTC
		EscalationDeadline early = EscalationDeadline.of(Instant.parse("2026-05-20T22:30:00Z"), BERLIN, GERMANY);
		assertThat(early.businessDay()).isEqualTo(LocalDate.of(2026, 5, 22));
	}

	@Test
	void recordedOnASaturdayMondayIsTheBusinessDay() {
		EscalationDeadline deadline = EscalationDeadline.of(Instant.parse("2026-05-16T10:00:00Z"), BERLIN, GERMANY);
		assertThat(deadline.businessDay()).isEqualTo(LocalDate.of(2026, 5, 18));
	}

	@Test
	void aDayOutsideTheLoadedYearsIsAnErrorNeverAGuess() {
		assertThatThrownBy(() -> EscalationDeadline.of(Instant.parse("2026-12-31T10:00:00Z"), BERLIN, GERMANY))
			.isInstanceOf(CalendarYearNotLoadedException.class);
	}

}
