package io.conduct.calendars;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.conduct.platform.graphql.UserError;

/**
 * What GraphQL serves of the calendars, one record per type of
 * {@code calendars.graphqls}.
 */
final class CalendarViews {

	private CalendarViews() {
	}

	static List<DayOfWeek> days(Set<DayOfWeek> weekend) {
		return weekend.stream().sorted().toList();
	}

	static HolidayView holiday(Holiday holiday, Set<DayOfWeek> weekend) {
		return new HolidayView(holiday.date(), holiday.name(), holiday.kind(),
				weekend.contains(holiday.date().getDayOfWeek()));
	}

	static ExchangeView exchange(ExchangeCalendar calendar) {
		return new ExchangeView(calendar.mic(), calendar.name(), calendar.country(), calendar.zone().getId(),
				calendar.regularClose(), calendar.firstYear(), calendar.lastYear());
	}

	/** GraphQL {@code TenantCalendar}. */
	record TenantCalendarView(int year, String publicHolidayCountry, String subdivision, String name,
			List<DayOfWeek> weekend, List<HolidayView> holidays, List<ClosingDayView> closingDays, int firstYear,
			int lastYear, List<String> sources, GroupListingView listing, Instant updatedAt) {
	}

	/** GraphQL {@code CalendarHoliday}. */
	record HolidayView(LocalDate date, String name, HolidayKind kind, boolean onWeekend) {
	}

	/** GraphQL {@code ClosingDay}. */
	record ClosingDayView(LocalDate date, String name) {
	}

	/** GraphQL {@code GroupListing}. */
	record GroupListingView(ExchangeView exchange, ListingBasis basis, String topTenantKey) {
	}

	/** GraphQL {@code ListingBasis}. */
	enum ListingBasis {

		/** The group's top company chose the exchange. */
		SETTING,

		/** The default exchange of the top company's country. */
		COUNTRY_DEFAULT

	}

	/** GraphQL {@code Exchange}. */
	record ExchangeView(String mic, String name, String country, String timeZone, LocalTime regularClose, int firstYear,
			int lastYear) {
	}

	/** GraphQL {@code ExchangeCalendar}. */
	record ExchangeCalendarView(ExchangeView exchange, int year, List<String> sources,
			List<HolidayView> tradingHolidays, List<EarlyCloseView> earlyCloses) {
	}

	/** GraphQL {@code EarlyClose}. */
	record EarlyCloseView(LocalDate date, String name, LocalTime closeTime, OffsetDateTime closesAt) {
	}

	/** GraphQL {@code CalendarCatalog}. */
	record CalendarCatalogView(List<PublicHolidayCalendarView> publicHolidayCalendars, List<ExchangeView> exchanges) {
	}

	/** GraphQL {@code PublicHolidayCalendar}. */
	record PublicHolidayCalendarView(String country, String name, int firstYear, int lastYear, List<DayOfWeek> weekend,
			List<SubdivisionView> subdivisions, ExchangeView defaultExchange) {
	}

	/** GraphQL {@code CalendarSubdivision}. */
	record SubdivisionView(String code, String name, int firstYear, int lastYear) {
	}

	/** GraphQL {@code TenantCalendarUpdateInput}. */
	record TenantCalendarUpdateInput(String publicHolidayCountry, String subdivision, List<ClosingDayInput> closingDays,
			String listingExchange) {
	}

	/** GraphQL {@code ClosingDayInput}. */
	record ClosingDayInput(LocalDate date, String name) {
	}

	/** GraphQL {@code TenantCalendarUpdatePayload}. */
	record TenantCalendarUpdatePayload(TenantCalendarView tenantCalendar, List<UserError> userErrors) {
	}

}
