/**
 * Business-day calendars that every domain counts days with: public holidays per country
 * (and subdivision), exchange trading days with their closing times, and each tenant's
 * own calendar (its public holidays plus the company's own closing days), loaded from the
 * data files under {@code calendars/} and checked at startup.
 * <p>
 * The public API: {@link io.conduct.calendars.BusinessCalendars} (the Spring service),
 * {@link io.conduct.calendars.BusinessCalendar} and
 * {@link io.conduct.calendars.ExchangeCalendar} (framework-free and immutable),
 * {@link io.conduct.calendars.Holiday}, {@link io.conduct.calendars.HolidayKind},
 * {@link io.conduct.calendars.EarlyClose}, and the two exceptions
 * {@link io.conduct.calendars.CalendarYearNotLoadedException} and
 * {@link io.conduct.calendars.CalendarNotConfiguredException}. A day outside the loaded
 * years is always an error, never a guess.
 */
@ApplicationModule(allowedDependencies = "platform")
package io.conduct.calendars;

import org.springframework.modulith.ApplicationModule;
