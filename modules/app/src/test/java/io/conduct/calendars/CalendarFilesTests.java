package io.conduct.calendars;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Wrong calendar data stops the load with a message naming the file, the line and the
 * entry: a wrong day would silently move every deadline counted over it.
 */
class CalendarFilesTests {

	@TempDir
	Path root;

	@BeforeEach
	void aSmallCorrectSet() throws IOException {
		write("public-holidays/LU/calendar.json", """
				{ "id": "LU", "name": "Testland", "country": "LU", "weekend": ["SATURDAY", "SUNDAY"],
				  "defaultExchange": "XTST" }
				""");
		write("public-holidays/LU/2026.json", year("LU", 2026, """
				    { "date": "2026-01-01", "name": "New Year's Day" },
				    { "date": "2026-12-25", "name": "Christmas Day" }
				"""));
		write("public-holidays/LU/2027.json", year("LU", 2027, """
				    { "date": "2027-01-01", "name": "New Year's Day" }
				"""));
		write("exchanges/XTST/calendar.json", """
				{ "id": "XTST", "name": "Test Exchange", "country": "DE", "timeZone": "Europe/Berlin",
				  "regularClose": "17:30", "weekend": ["SATURDAY", "SUNDAY"] }
				""");
		write("exchanges/XTST/2026.json", exchangeYear("XTST", 2026, """
				    { "date": "2026-12-25", "name": "Christmas Day" }
				""", """
				    { "date": "2026-12-30", "close": "14:00", "name": "Last trading day" }
				"""));
	}

	@Test
	void aCorrectSetLoads() {
		CalendarLibrary library = load();
		assertThat(library.country("LU").orElseThrow().calendar().isBusinessDay(LocalDate.parse("2026-12-25")))
			.isFalse();
		assertThat(library.country("LU").orElseThrow().lastYear()).isEqualTo(2027);
		ExchangeCalendar exchange = library.exchange("XTST").orElseThrow();
		assertThat(exchange.closeOn(LocalDate.parse("2026-12-30")).toLocalTime()).isEqualTo("14:00");
		assertThat(exchange.sources(2026)).containsExactly("The test's own list");
	}

	@Test
	void aFileThatIsNoJsonIsNamedWithItsLine() throws IOException {
		write("public-holidays/LU/2027.json", """
				{
				  "calendar": "LU",
				  "year": 2027,
				  "holidays": [ { "date": "2027-01-01", "name": "New Year's Day" }
				}
				""");
		assertRefused("calendars/public-holidays/LU/2027.json, line 5");
	}

	@Test
	void aDateOutsideItsFilesYearIsNamedWithItsLineAndEntry() throws IOException {
		write("public-holidays/LU/2026.json", year("LU", 2026, """
				    { "date": "2026-01-01", "name": "New Year's Day" },
				    { "date": "2027-12-25", "name": "Christmas Day" }
				"""));
		assertRefused("calendars/public-holidays/LU/2026.json, line 8, holidays[1]: 2027-12-25 is not in 2026");
	}

	@Test
	void aMalformedDateIsRefused() throws IOException {
		write("public-holidays/LU/2026.json", year("LU", 2026, """
				    { "date": "2026-02-30", "name": "No such day" }
				"""));
		assertRefused("calendars/public-holidays/LU/2026.json, line 7, holidays[0]: date 2026-02-30 is not a date");
	}

	@Test
	void aDayListedTwiceIsRefused() throws IOException {
		write("public-holidays/LU/2026.json", year("LU", 2026, """
				    { "date": "2026-12-25", "name": "Christmas Day" },
				    { "date": "2026-12-25", "name": "Christmas again" }
				"""));
		assertRefused("calendars/public-holidays/LU/2026.json, line 8, holidays[1]: 2026-12-25 is listed twice");
	}

	@Test
	void aMisspelledFieldIsRefused() throws IOException {
		write("public-holidays/LU/2026.json", year("LU", 2026, """
				    { "date": "2026-12-25", "nmae": "Christmas Day" }
				"""));
		assertRefused("calendars/public-holidays/LU/2026.json, line 7", "nmae");
	}

	@Test
	void anExchangeHolidayOnAWeekendIsRefused() throws IOException {
		// an exchange lists the weekday it closes; a Saturday entry means the observed
		// day is missing
		write("exchanges/XTST/2026.json", exchangeYear("XTST", 2026, """
				    { "date": "2026-12-26", "name": "Boxing Day" }
				""", ""));
		assertRefused("calendars/exchanges/XTST/2026.json, line 7, holidays[0]: 2026-12-26 is a SATURDAY");
	}

	@Test
	void anEarlyCloseMustBeAnEarlierCloseOfATradingDay() throws IOException {
		write("exchanges/XTST/2026.json", exchangeYear("XTST", 2026, """
				    { "date": "2026-12-25", "name": "Christmas Day" }
				""", """
				    { "date": "2026-12-25", "close": "14:00", "name": "Christmas" },
				    { "date": "2026-12-30", "close": "18:00", "name": "Late" },
				    { "date": "2026-12-31", "close": "2pm", "name": "Malformed" }
				"""));
		assertRefused("calendars/exchanges/XTST/2026.json, line 10, earlyCloses[0]: 2026-12-25 is not a trading day",
				"earlyCloses[1]: 18:00 is not before the regular close 17:30",
				"earlyCloses[2]: close 2pm is not a time (HH:mm)");
	}

	@Test
	void everyYearNamesItsSourceAndMatchesItsFileName() throws IOException {
		write("public-holidays/LU/2027.json", """
				{
				  "calendar": "LU",
				  "year": 2028,
				  "version": 1,
				  "source": " ",
				  "holidays": []
				}
				""");
		assertRefused("calendars/public-holidays/LU/2027.json: year is 2028, not its file name's 2027",
				"calendars/public-holidays/LU/2027.json: source is required");
	}

	@Test
	void aMissingYearBetweenTwoIsRefused() throws IOException {
		write("public-holidays/LU/2029.json", year("LU", 2029, ""));
		assertRefused("calendars/public-holidays/LU/2028.json: missing between 2026 and 2029");
	}

	@Test
	void aWeekendRuleMustNameDaysOfTheWeek() throws IOException {
		write("public-holidays/LU/calendar.json", """
				{ "id": "LU", "name": "Testland", "country": "LU", "weekend": ["SATURDAY", "SONNTAG"] }
				""");
		assertRefused("calendars/public-holidays/LU/calendar.json: weekend day SONNTAG is not MONDAY ... SUNDAY");
	}

	@Test
	void aSubdivisionNeedsItsCountryAndAddsOnlyItsOwnDays() throws IOException {
		write("public-holidays/LU-CA/calendar.json", """
				{ "id": "LU-CA", "name": "North", "country": "LU", "parent": "LU" }
				""");
		write("public-holidays/LU-CA/2026.json", year("LU-CA", 2026, """
				    { "date": "2026-01-06", "name": "Epiphany" },
				    { "date": "2026-12-25", "name": "Christmas Day" }
				"""));
		write("public-holidays/BE-XX/calendar.json", """
				{ "id": "BE-XX", "name": "Nowhere", "country": "BE", "parent": "BE" }
				""");
		write("public-holidays/BE-XX/2026.json", year("BE-XX", 2026, ""));
		assertRefused("calendars/public-holidays/LU-CA/2026.json, line 8, holidays[1]: 2026-12-25 is a holiday of LU",
				"calendars/public-holidays/BE-XX/calendar.json: parent BE is not a country's calendar");
	}

	@Test
	void aDefaultExchangeNeedsACalendar() throws IOException {
		write("public-holidays/LU/calendar.json", """
				{ "id": "LU", "name": "Testland", "country": "LU", "weekend": ["SATURDAY", "SUNDAY"],
				  "defaultExchange": "XNOP" }
				""");
		assertRefused("calendars/public-holidays/LU/calendar.json: defaultExchange XNOP has no exchange calendar");
	}

	@Test
	void aCalendarWithoutItsDescriptionIsRefused() throws IOException {
		Files.delete(this.root.resolve("exchanges/XTST/calendar.json"));
		assertRefused("calendars/exchanges/XTST/: no calendar.json");
	}

	@Test
	void theShippedCalendarsLoad() {
		CalendarLibrary library = CalendarFiles.load(CalendarConfiguration.LOCATION);
		assertThat(library.countries()).extracting(CalendarLibrary.PublicHolidays::id)
			.containsExactly("DE", "ES", "FR", "GB", "IT", "JP", "US");
		assertThat(library.subdivisionsOf("DE")).extracting(CalendarLibrary.PublicHolidays::id)
			.containsExactly("DE-BY");
		assertThat(library.exchanges()).extracting(ExchangeCalendar::mic)
			.containsExactly("XETR", "XLON", "XNAS", "XNYS", "XTKS");
	}

	private void assertRefused(String... messages) {
		assertThatThrownBy(this::load).isInstanceOf(CalendarDataException.class).satisfies((ex) -> {
			for (String message : messages) {
				assertThat(ex.getMessage()).contains(message);
			}
		});
	}

	private CalendarLibrary load() {
		return CalendarFiles.load(this.root.toUri().toString());
	}

	private void write(String path, String content) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	/** A year file; its first holiday is on line 7. */
	private static String year(String calendar, int year, String holidays) {
		return """
				{
				  "calendar": "%s",
				  "year": %d,
				  "version": 1,
				  "source": "The test's own list",
				  "holidays": [
				%s  ]
				}
				""".formatted(calendar, year, holidays).replace("[\n  ]", "[]");
	}

	/** An exchange's year file; its first holiday is on line 7. */
	private static String exchangeYear(String calendar, int year, String holidays, String earlyCloses) {
		return """
				{
				  "calendar": "%s",
				  "year": %d,
				  "version": 1,
				  "source": "The test's own list",
				  "holidays": [
				%s  ],
				  "earlyCloses": [
				%s  ]
				}
				""".formatted(calendar, year, holidays, earlyCloses);
	}

}
