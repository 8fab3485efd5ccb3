package io.conduct.calendars;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import io.conduct.calendars.TenantCalendarSettings.ClosingDay;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.money.Money;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Counting business and trading days on the shipped calendars, the way the waiver,
 * inquiry, insider-trading and jurisdiction deadlines count them.
 */
class BusinessCalendarTests {

	private static final CalendarLibrary LIBRARY = CalendarFiles.load(CalendarConfiguration.LOCATION);

	private final BusinessCalendars calendars = new BusinessCalendars(LIBRARY, null, null);

	private final BusinessCalendar us = tenantCalendar("US", null, List.of());

	private final ExchangeCalendar nyse = LIBRARY.exchange("XNYS").orElseThrow();

	@Test
	void fourBusinessDaysAfterTheWednesdayBeforeThanksgivingSkipTheHoliday() {
		// Thursday 2026-11-26 is Thanksgiving: Friday, Monday, Tuesday, Wednesday
		assertThat(this.us.addBusinessDays(day("2026-11-25"), 4)).isEqualTo("2026-12-02");
	}

	@Test
	void fourBusinessDaysAfterAThursdayBeforeAFridayHoliday() {
		// Friday 2026-07-03 is Independence Day observed
		assertThat(this.us.addBusinessDays(day("2026-07-02"), 4)).isEqualTo("2026-07-09");
		// Friday 2026-12-25 is Christmas Day
		assertThat(this.us.addBusinessDays(day("2026-12-24"), 4)).isEqualTo("2026-12-31");
		// without the holiday, four business days after a Thursday is the Wednesday
		assertThat(this.us.addBusinessDays(day("2026-07-09"), 4)).isEqualTo("2026-07-15");
	}

	@Test
	void fourBusinessDaysAfterAFridayBeforeAMondayHoliday() {
		// Monday 2026-09-07 is Labor Day
		assertThat(this.us.addBusinessDays(day("2026-09-04"), 4)).isEqualTo("2026-09-11");
		// the Friday after Thanksgiving is a business day, and counting from it
		assertThat(this.us.isBusinessDay(day("2026-11-27"))).isTrue();
		assertThat(this.us.addBusinessDays(day("2026-11-27"), 4)).isEqualTo("2026-12-03");
	}

	@Test
	void aGermanTenantCountsAcrossEaster() {
		BusinessCalendar germany = tenantCalendar("DE", null, List.of());
		// Good Friday 2026-04-03 and Easter Monday 2026-04-06
		assertThat(germany.addBusinessDays(day("2026-04-02"), 4)).isEqualTo("2026-04-10");
		assertThat(germany.businessDaysBetween(day("2026-04-02"), day("2026-04-10"))).isEqualTo(4);
		// a US tenant only skips the weekend
		assertThat(this.us.addBusinessDays(day("2026-04-02"), 4)).isEqualTo("2026-04-08");
	}

	@Test
	void aBavarianTenantAlsoSkipsCorpusChristi() {
		BusinessCalendar bavaria = tenantCalendar("DE", "DE-BY", List.of());
		BusinessCalendar germany = tenantCalendar("DE", null, List.of());
		assertThat(bavaria.isBusinessDay(day("2026-06-04"))).isFalse();
		assertThat(germany.isBusinessDay(day("2026-06-04"))).isTrue();
		assertThat(bavaria.addBusinessDays(day("2026-06-03"), 1)).isEqualTo("2026-06-05");
		assertThat(bavaria.id()).isEqualTo("DE-BY");
		assertThat(bavaria.sources(2026)).hasSize(2);
	}

	@Test
	void japanGoldenWeek() {
		BusinessCalendar japan = tenantCalendar("JP", null, List.of());
		// Showa Day Wed 04-29; Constitution Memorial Day Sun 05-03, Greenery Day 05-04,
		// Children's Day 05-05, and the substitute holiday Wed 05-06
		assertThat(japan.addBusinessDays(day("2026-04-30"), 1)).isEqualTo("2026-05-01");
		assertThat(japan.addBusinessDays(day("2026-04-30"), 2)).isEqualTo("2026-05-07");
		assertThat(japan.addBusinessDays(day("2026-04-28"), 4)).isEqualTo("2026-05-08");
		assertThat(japan.businessDaysBetween(day("2026-04-28"), day("2026-05-08"))).isEqualTo(4);
		assertThat(japan.holidaysBetween(day("2026-04-28"), day("2026-05-08"))).extracting(Holiday::name)
			.containsExactly("Showa Day", "Constitution Memorial Day", "Greenery Day", "Children's Day",
					"Substitute holiday");
	}

	@Test
	void aTenantsOwnClosingDayIsNoBusinessDay() {
		BusinessCalendar withClosing = tenantCalendar("US", null,
				List.of(new ClosingDay("2026-11-27", "Day after Thanksgiving")));
		assertThat(withClosing.isBusinessDay(day("2026-11-27"))).isFalse();
		assertThat(withClosing.addBusinessDays(day("2026-11-25"), 4)).isEqualTo("2026-12-03");
		assertThat(withClosing.holidays(2026))
			.contains(new Holiday(day("2026-11-27"), "Day after Thanksgiving", HolidayKind.COMPANY_CLOSING));
		assertThat(this.us.isBusinessDay(day("2026-11-27"))).isTrue();
	}

	@Test
	void zeroBusinessDaysRollForwardToABusinessDayOrStay() {
		assertThat(this.us.addBusinessDays(day("2026-11-26"), 0)).isEqualTo("2026-11-27");
		assertThat(this.us.addBusinessDays(day("2026-11-28"), 0)).isEqualTo("2026-11-30");
		assertThat(this.us.addBusinessDays(day("2026-11-25"), 0)).isEqualTo("2026-11-25");
		// from a weekend day, the first business day is the next one
		assertThat(this.us.addBusinessDays(day("2026-11-28"), 1)).isEqualTo("2026-11-30");
	}

	@Test
	void countingBackwardsAndBetween() {
		assertThat(this.us.addBusinessDays(day("2026-12-02"), -4)).isEqualTo("2026-11-25");
		assertThat(this.us.businessDaysBetween(day("2026-11-25"), day("2026-12-02"))).isEqualTo(4);
		assertThat(this.us.businessDaysBetween(day("2026-12-02"), day("2026-11-25"))).isEqualTo(-4);
		assertThat(this.us.businessDaysBetween(day("2026-11-25"), day("2026-11-25"))).isZero();
		assertThat(this.us.nextBusinessDay(day("2026-11-25"))).isEqualTo("2026-11-27");
		assertThat(this.us.previousBusinessDay(day("2026-11-30"))).isEqualTo("2026-11-27");
		assertThat(this.us.previousBusinessDay(day("2026-11-27"))).isEqualTo("2026-11-25");
		for (int n = 0; n < 30; n++) {
			LocalDate from = day("2026-12-20");
			LocalDate reached = this.us.addBusinessDays(this.us.addBusinessDays(from, 0), n);
			assertThat(this.us.businessDaysBetween(this.us.addBusinessDays(from, 0), reached)).isEqualTo(n);
		}
	}

	@Test
	void theNyseClosesAtOneOnAnEarlyCloseDayAndAtFourOtherwise() {
		assertThat(this.nyse.closeOn(day("2026-11-27")))
			.isEqualTo(ZonedDateTime.parse("2026-11-27T13:00-05:00[America/New_York]"));
		assertThat(this.nyse.closeOn(day("2026-11-25")))
			.isEqualTo(ZonedDateTime.parse("2026-11-25T16:00-05:00[America/New_York]"));
		// daylight saving time: four in the afternoon is 20:00 UTC in July
		assertThat(this.nyse.closeOn(day("2026-07-02")).toInstant()).isEqualTo("2026-07-02T20:00:00Z");
		assertThat(this.nyse.earlyClose(day("2026-12-24"))).isPresent();
	}

	@Test
	void twoTradingDaysAfterTheWednesdayBeforeAFridayChristmas() {
		// Thursday 2026-12-24 trades until 13:00, Friday the 25th is closed, then the
		// weekend
		assertThat(this.nyse.addTradingDays(day("2026-12-23"), 1)).isEqualTo("2026-12-24");
		assertThat(this.nyse.closeOn(this.nyse.addTradingDays(day("2026-12-23"), 1)).toLocalTime()).isEqualTo("13:00");
		LocalDate second = this.nyse.addTradingDays(day("2026-12-23"), 2);
		assertThat(second).isEqualTo("2026-12-28");
		assertThat(this.nyse.closeOn(second))
			.isEqualTo(ZonedDateTime.parse("2026-12-28T16:00-05:00[America/New_York]"));
	}

	@Test
	void theCloseOfADayWithoutTradingIsRefused() {
		assertThatThrownBy(() -> this.nyse.closeOn(day("2026-12-25"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("XNYS does not trade on 2026-12-25");
		assertThatThrownBy(() -> this.nyse.closeOn(day("2026-12-26"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDateIn2029IsAnErrorNeverAGuess() {
		assertThatThrownBy(() -> this.us.isBusinessDay(day("2029-01-02")))
			.isInstanceOfSatisfying(CalendarYearNotLoadedException.class, (ex) -> {
				assertThat(ex.year()).isEqualTo(2029);
				assertThat(ex.calendarId()).isEqualTo("US");
				assertThat(ex.firstYear()).isEqualTo(2025);
				assertThat(ex.lastYear()).isEqualTo(2028);
				assertThat(ex.code()).isEqualTo(ErrorCode.UNAVAILABLE);
				assertThat(ex.getMessage()).isEqualTo("The calendar US has no data for 2029 (loaded: 2025 to 2028)");
			});
		// even a Saturday, even though the weekend alone would answer
		assertThatThrownBy(() -> this.us.isBusinessDay(day("2029-01-06")))
			.isInstanceOf(CalendarYearNotLoadedException.class);
		// counting that runs into 2029
		assertThatThrownBy(() -> this.us.addBusinessDays(day("2028-12-28"), 4))
			.isInstanceOf(CalendarYearNotLoadedException.class);
		assertThatThrownBy(() -> this.nyse.addTradingDays(day("2028-12-29"), 1))
			.isInstanceOf(CalendarYearNotLoadedException.class);
		assertThatThrownBy(() -> this.nyse.closeOn(day("2029-01-02")))
			.isInstanceOf(CalendarYearNotLoadedException.class);
		assertThatThrownBy(() -> this.us.holidays(2029)).isInstanceOf(CalendarYearNotLoadedException.class);
		assertThatThrownBy(() -> this.us.holidays(Integer.MAX_VALUE))
			.isInstanceOf(CalendarYearNotLoadedException.class);
		assertThatThrownBy(() -> this.us.previousBusinessDay(day("2025-01-01")))
			.isInstanceOf(CalendarYearNotLoadedException.class);
		assertThatThrownBy(() -> this.us.addBusinessDays(day("2026-01-05"), Integer.MAX_VALUE))
			.isInstanceOf(CalendarYearNotLoadedException.class);
		assertThat(this.us.covers(day("2028-12-31"))).isTrue();
		assertThat(this.us.covers(day("2029-01-01"))).isFalse();
		assertThat(this.us.addBusinessDays(day("2028-12-26"), 3)).isEqualTo("2028-12-29");
	}

	@Test
	void aCountrysOwnCalendarIsThereForDeadlinesCountedInItsBusinessDays() {
		// the SEC counts in US federal business days: open on Good Friday, closed on
		// Columbus Day
		BusinessCalendar federal = this.calendars.publicHolidays("US").orElseThrow();
		assertThat(federal.isBusinessDay(day("2026-04-03"))).isTrue();
		assertThat(federal.isBusinessDay(day("2026-10-12"))).isFalse();
		assertThat(this.calendars.publicHolidays("BR")).isEmpty();
		assertThat(this.calendars.exchange("XNYS")).containsSame(this.nyse);
		assertThat(this.calendars.exchange("XXXX")).isEmpty();
	}

	@Test
	void aTenantOfACountryWithoutCalendarHasNone() {
		assertThatThrownBy(() -> tenantCalendar("BR", null, List.of()))
			.isInstanceOf(CalendarNotConfiguredException.class)
			.hasMessageContaining("No public-holiday calendar is loaded for BR");
	}

	@Test
	void aCalendarMadeByHandChecksItsHolidaysAreInItsYears() {
		assertThatThrownBy(() -> BusinessCalendar.of("X", "X", java.util.Set.of(java.time.DayOfWeek.SUNDAY), 2026, 2026,
				List.of(new Holiday(day("2027-01-01"), "New Year", HolidayKind.PUBLIC_HOLIDAY))))
			.isInstanceOf(IllegalArgumentException.class);
		BusinessCalendar sixDays = BusinessCalendar.of("X", "X", java.util.Set.of(java.time.DayOfWeek.SUNDAY), 2026,
				2026, List.of());
		assertThat(sixDays.addBusinessDays(day("2026-11-27"), 1)).isEqualTo("2026-11-28");
	}

	private BusinessCalendar tenantCalendar(String country, String subdivision, List<ClosingDay> closingDays) {
		Tenant tenant = new Tenant("t-" + country.toLowerCase(), new Tenant.Profile("Tenant", null, country, List.of()),
				new Tenant.Regional("en-US", "UTC", "EUR", "eu"), new Tenant.Fiscal(1, Money.of("1", "EUR")),
				new Tenant.Access(null, null), new Tenant.Lifecycle(TenantStatus.ACTIVE, null, null));
		return this.calendars.compose(tenant, new TenantCalendarSettings(TenantCalendarSettings.ID, null, subdivision,
				closingDays, null, null, null));
	}

	private static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

}
