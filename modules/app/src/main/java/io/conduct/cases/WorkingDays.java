package io.conduct.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Supplier;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.calendars.CalendarNotConfiguredException;
import io.conduct.calendars.CalendarYearNotLoadedException;

/**
 * Counts working days for a deadline: in the tenant's business-day calendar, or, where
 * none is loaded for the tenant or the year, on weekdays only, and says which it did.
 */
final class WorkingDays {

	private final Supplier<BusinessCalendar> calendar;

	private BusinessCalendar loaded;

	private boolean missing;

	WorkingDays(Supplier<BusinessCalendar> calendar) {
		this.calendar = calendar;
	}

	/** Working days on weekdays only, for tenants without a calendar. */
	static WorkingDays weekdaysOnly() {
		return new WorkingDays(() -> null);
	}

	/** The working day {@code days} working days after the day (the day not counted). */
	LocalDate after(LocalDate day, int days) {
		BusinessCalendar business = calendar();
		if (business != null) {
			try {
				return business.addBusinessDays(day, days);
			}
			catch (CalendarYearNotLoadedException ex) {
				this.missing = true;
			}
		}
		LocalDate current = day;
		for (int left = days; left > 0;) {
			current = current.plusDays(1);
			if (current.getDayOfWeek() != DayOfWeek.SATURDAY && current.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return current;
	}

	/** The calendar counted in, for the case to show. */
	String name() {
		BusinessCalendar business = calendar();
		return (business != null && !this.missing) ? business.name()
				: "weekdays only (no business-day calendar loaded for the tenant)";
	}

	private BusinessCalendar calendar() {
		if (this.loaded == null && !this.missing) {
			try {
				this.loaded = this.calendar.get();
				this.missing = this.loaded == null;
			}
			catch (CalendarNotConfiguredException ex) {
				this.missing = true;
			}
		}
		return this.loaded;
	}

}
