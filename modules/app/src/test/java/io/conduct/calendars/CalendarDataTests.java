package io.conduct.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.conduct.calendars.CalendarLibrary.PublicHolidays;
import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped data files checked against the rules that make the holidays, computed here
 * independently of the files: Easter by the Anonymous Gregorian algorithm (Meeus/Jones/
 * Butcher), fixed dates, nth weekdays, the US and UK observance rules, Japan's substitute
 * and citizens' holidays and its equinox formula, NYSE's Saturday rule and early closes.
 * Every calendar loaded must have a rule here, so a new file cannot go unchecked.
 */
class CalendarDataTests {

	private static final CalendarLibrary LIBRARY = CalendarFiles.load(CalendarConfiguration.LOCATION);

	/**
	 * The Easter-based holidays of each calendar: days after Easter Sunday and a word of
	 * the name.
	 */
	private static final Map<String, Map<Integer, String>> EASTER = Map.ofEntries(Map.entry("US", Map.of()),
			Map.entry("DE", Map.of(-2, "Good Friday", 1, "Easter Monday", 39, "Ascension", 50, "Whit Monday")),
			Map.entry("DE-BY", Map.of(60, "Corpus Christi")),
			Map.entry("FR", Map.of(1, "Easter Monday", 39, "Ascension", 50, "Whit Monday")),
			Map.entry("ES", Map.of(-2, "Good Friday")), Map.entry("IT", Map.of(0, "Easter Sunday", 1, "Easter Monday")),
			Map.entry("JP", Map.of()), Map.entry("GB", Map.of(-2, "Good Friday", 1, "Easter Monday")),
			Map.entry("XNYS", Map.of(-2, "Good Friday")), Map.entry("XNAS", Map.of(-2, "Good Friday")),
			Map.entry("XETR", Map.of(-2, "Good Friday", 1, "Easter Monday")), Map.entry("XTKS", Map.of()),
			Map.entry("XLON", Map.of(-2, "Good Friday", 1, "Easter Monday")));

	private static final List<String> EASTER_WORDS = List.of("Good Friday", "Easter", "Ascension", "Whit", "Pentecost",
			"Corpus Christi");

	/** Each calendar's days of a year, by its rules. */
	private static final Map<String, IntFunction<Set<LocalDate>>> RULES = Map.ofEntries(
			Map.entry("US", CalendarDataTests::usFederal), Map.entry("DE", CalendarDataTests::germany),
			Map.entry("DE-BY", CalendarDataTests::bavaria), Map.entry("FR", CalendarDataTests::france),
			Map.entry("ES", CalendarDataTests::spain), Map.entry("IT", CalendarDataTests::italy),
			Map.entry("JP", CalendarDataTests::japan), Map.entry("GB", CalendarDataTests::englandAndWales),
			Map.entry("XNYS", CalendarDataTests::nyse), Map.entry("XNAS", CalendarDataTests::nyse),
			Map.entry("XETR", CalendarDataTests::xetra), Map.entry("XTKS", CalendarDataTests::tokyo),
			Map.entry("XLON", (year) -> weekdays(englandAndWales(year))));

	@Test
	void theEasterAlgorithmGivesTheKnownDates() {
		assertThat(easter(2000)).isEqualTo("2000-04-23");
		assertThat(easter(2019)).isEqualTo("2019-04-21");
		assertThat(easter(2025)).isEqualTo("2025-04-20");
		assertThat(easter(2026)).isEqualTo("2026-04-05");
		assertThat(easter(2027)).isEqualTo("2027-03-28");
		assertThat(easter(2028)).isEqualTo("2028-04-16");
	}

	@Test
	void everyCalendarLoadedHasRulesHere() {
		Set<String> loaded = calendars().stream().map(BusinessCalendar::id).collect(Collectors.toSet());
		assertThat(loaded).containsExactlyInAnyOrderElementsOf(RULES.keySet());
		assertThat(loaded).containsExactlyInAnyOrderElementsOf(EASTER.keySet());
	}

	@Test
	void theYears2025To2028AreLoadedForEveryCalendar() {
		calendars().forEach((calendar) -> {
			assertThat(calendar.firstYear()).as(calendar.id()).isLessThanOrEqualTo(2025);
			assertThat(calendar.lastYear()).as(calendar.id()).isGreaterThanOrEqualTo(2028);
		});
	}

	@Test
	void everyFileHasItsEasterHolidaysOnTheComputedDatesAndNoneElsewhere() {
		for (BusinessCalendar calendar : calendars()) {
			for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
				LocalDate easter = easter(year);
				List<Holiday> holidays = calendar.holidays(year);
				for (var expected : EASTER.get(calendar.id()).entrySet()) {
					LocalDate day = easter.plusDays(expected.getKey());
					assertThat(holidays).as(calendar.id() + " " + year + ": " + expected.getValue() + " on " + day)
						.anyMatch((h) -> h.date().equals(day) && h.name().contains(expected.getValue()));
				}
				for (Holiday holiday : holidays) {
					if (EASTER_WORDS.stream().anyMatch(holiday.name()::contains)) {
						long offset = holiday.date().toEpochDay() - easter.toEpochDay();
						assertThat(EASTER.get(calendar.id())).as(calendar.id() + ": " + holiday)
							.containsEntry((int) offset, EASTER.get(calendar.id()).get((int) offset));
					}
				}
			}
		}
	}

	@Test
	void everyCalendarListsExactlyTheDaysItsRulesGive() {
		for (BusinessCalendar calendar : calendars()) {
			for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
				Set<LocalDate> listed = calendar.holidays(year)
					.stream()
					.map(Holiday::date)
					.collect(Collectors.toCollection(TreeSet::new));
				assertThat(listed).as(calendar.id() + " " + year)
					.containsExactlyElementsOf(new TreeSet<>(RULES.get(calendar.id()).apply(year)));
			}
		}
	}

	@Test
	void everyYearSaysWhereItsDatesComeFrom() {
		for (BusinessCalendar calendar : calendars()) {
			for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
				assertThat(calendar.sources(year)).as(calendar.id() + " " + year)
					.singleElement()
					.satisfies((source) -> {
						assertThat(source).hasSizeGreaterThan(40);
					});
			}
		}
	}

	@Test
	void usThanksgivingIsTheFourthThursdayOfNovember() {
		BusinessCalendar us = country("US");
		assertThat(nameOn(us, "2025-11-27")).isEqualTo("Thanksgiving Day");
		assertThat(nameOn(us, "2026-11-26")).isEqualTo("Thanksgiving Day");
		assertThat(nameOn(us, "2027-11-25")).isEqualTo("Thanksgiving Day");
		assertThat(nameOn(us, "2028-11-23")).isEqualTo("Thanksgiving Day");
		for (int year = 2025; year <= 2028; year++) {
			LocalDate thanksgiving = nth(year, Month.NOVEMBER, THURSDAY, 4);
			assertThat(us.isBusinessDay(thanksgiving)).isFalse();
			assertThat(us.isBusinessDay(thanksgiving.minusWeeks(1))).isTrue();
		}
	}

	@Test
	void juneteenthOnASaturdayIsObservedOnTheFridayBefore() {
		BusinessCalendar us = country("US");
		assertThat(us.isBusinessDay(LocalDate.parse("2027-06-18"))).isFalse();
		assertThat(nameOn(us, "2027-06-18")).contains("(observed)");
		assertThat(us.isBusinessDay(LocalDate.parse("2026-06-19"))).isFalse();
		assertThat(exchange("XNYS").isTradingDay(LocalDate.parse("2027-06-18"))).isFalse();
	}

	@Test
	void goodFridayClosesNyseButIsNoUsFederalHoliday() {
		for (int year = 2025; year <= 2028; year++) {
			LocalDate goodFriday = easter(year).minusDays(2);
			assertThat(exchange("XNYS").isTradingDay(goodFriday)).as("NYSE " + goodFriday).isFalse();
			assertThat(country("US").isBusinessDay(goodFriday)).as("US " + goodFriday).isTrue();
		}
		// and NYSE trades on Columbus Day and Veterans Day, which are federal holidays
		assertThat(exchange("XNYS").isTradingDay(LocalDate.parse("2026-10-12"))).isTrue();
		assertThat(country("US").isBusinessDay(LocalDate.parse("2026-10-12"))).isFalse();
	}

	@Test
	void nyseTradesOnTheLastDayOfTheYearBeforeASaturdayNewYear() {
		LocalDate newYearsEve = LocalDate.parse("2027-12-31");
		assertThat(exchange("XNYS").isTradingDay(newYearsEve)).isTrue();
		assertThat(country("US").isBusinessDay(newYearsEve)).isFalse();
		assertThat(exchange("XNYS").isTradingDay(LocalDate.parse("2028-01-03"))).isTrue();
	}

	@Test
	void japanMovesASundayHolidayToTheNextDayThatIsNoHolidayAndFillsADayBetweenTwo() {
		BusinessCalendar japan = country("JP");
		// Constitution Memorial Day on Sunday 2026-05-03; the 4th and 5th are holidays
		// already
		assertThat(nameOn(japan, "2026-05-06")).isEqualTo("Substitute holiday");
		assertThat(nameOn(japan, "2025-02-24")).isEqualTo("Substitute holiday");
		assertThat(nameOn(japan, "2027-03-22")).isEqualTo("Substitute holiday");
		// between Respect for the Aged Day and the Autumnal Equinox
		assertThat(nameOn(japan, "2026-09-22")).isEqualTo("Citizens' holiday");
		// a holiday on a Saturday gets no substitute
		assertThat(japan.isBusinessDay(LocalDate.parse("2028-05-01"))).isTrue();
	}

	@Test
	void englandAndWalesGetSubstituteDaysForAWeekendChristmas() {
		BusinessCalendar gb = country("GB");
		assertThat(gb.isBusinessDay(LocalDate.parse("2027-12-27"))).isFalse();
		assertThat(gb.isBusinessDay(LocalDate.parse("2027-12-28"))).isFalse();
		assertThat(gb.isBusinessDay(LocalDate.parse("2027-12-29"))).isTrue();
		assertThat(gb.isBusinessDay(LocalDate.parse("2028-01-03"))).isFalse();
	}

	@Test
	void nyseClosesAt1pmOnTheDaysItsRuleGivesAndNasdaqLikewise() {
		for (int year = 2025; year <= 2028; year++) {
			Set<LocalDate> expected = new HashSet<>();
			expected.add(nth(year, Month.NOVEMBER, THURSDAY, 4).plusDays(1));
			LocalDate july3 = LocalDate.of(year, 7, 3);
			if (july3.getDayOfWeek().getValue() <= THURSDAY.getValue()) {
				expected.add(july3);
			}
			LocalDate christmasEve = LocalDate.of(year, 12, 24);
			if (christmasEve.getDayOfWeek().getValue() <= THURSDAY.getValue()) {
				expected.add(christmasEve);
			}
			for (String mic : List.of("XNYS", "XNAS")) {
				List<EarlyClose> earlyCloses = exchange(mic).earlyCloses(year);
				assertThat(earlyCloses.stream().map(EarlyClose::date).collect(Collectors.toSet())).as(mic + " " + year)
					.isEqualTo(expected);
				assertThat(earlyCloses).allMatch((e) -> e.close().equals(LocalTime.of(13, 0)));
			}
			assertThat(exchange("XNAS").holidays(year).stream().map(Holiday::date).toList())
				.isEqualTo(exchange("XNYS").holidays(year).stream().map(Holiday::date).toList());
		}
	}

	@Test
	void londonClosesAt1230OnTheLastBusinessDaysBeforeChristmasAndNewYear() {
		for (int year = 2025; year <= 2028; year++) {
			Set<LocalDate> expected = Set.of(lastWeekdayOnOrBefore(LocalDate.of(year, 12, 24)),
					lastWeekdayOnOrBefore(LocalDate.of(year, 12, 31)));
			List<EarlyClose> earlyCloses = exchange("XLON").earlyCloses(year);
			assertThat(earlyCloses.stream().map(EarlyClose::date).collect(Collectors.toSet())).as("XLON " + year)
				.isEqualTo(expected);
			assertThat(earlyCloses).allMatch((e) -> e.close().equals(LocalTime.of(12, 30)));
		}
		assertThat(exchange("XETR").earlyCloses(2026)).isEmpty();
		assertThat(exchange("XTKS").earlyCloses(2026)).isEmpty();
	}

	@Test
	void exchangesHaveTheirZonesAndRegularCloses() {
		assertThat(exchange("XNYS").zone().getId()).isEqualTo("America/New_York");
		assertThat(exchange("XNYS").regularClose()).isEqualTo("16:00");
		assertThat(exchange("XNAS").regularClose()).isEqualTo("16:00");
		assertThat(exchange("XETR").zone().getId()).isEqualTo("Europe/Berlin");
		assertThat(exchange("XETR").regularClose()).isEqualTo("17:30");
		assertThat(exchange("XTKS").zone().getId()).isEqualTo("Asia/Tokyo");
		assertThat(exchange("XTKS").regularClose()).isEqualTo("15:30");
		assertThat(exchange("XLON").zone().getId()).isEqualTo("Europe/London");
		assertThat(exchange("XLON").regularClose()).isEqualTo("16:30");
	}

	// the rules

	private static Set<LocalDate> usFederal(int year) {
		Set<LocalDate> days = new HashSet<>();
		for (int y : List.of(year, year + 1)) {
			for (LocalDate fixed : List.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 19), LocalDate.of(y, 7, 4),
					LocalDate.of(y, 11, 11), LocalDate.of(y, 12, 25))) {
				days.add(fixed);
				days.add(observedUs(fixed));
			}
		}
		days.addAll(List.of(nth(year, Month.JANUARY, MONDAY, 3), nth(year, Month.FEBRUARY, MONDAY, 3),
				last(year, Month.MAY, MONDAY), nth(year, Month.SEPTEMBER, MONDAY, 1),
				nth(year, Month.OCTOBER, MONDAY, 2), nth(year, Month.NOVEMBER, THURSDAY, 4)));
		return inYear(days, year);
	}

	private static Set<LocalDate> nyse(int year) {
		Set<LocalDate> days = new HashSet<>();
		LocalDate newYear = LocalDate.of(year, 1, 1);
		// NYSE Rule 7.2: no Friday off for a Saturday New Year's Day, which would close a
		// year
		if (newYear.getDayOfWeek() != SATURDAY) {
			days.add(observedUs(newYear));
		}
		for (LocalDate fixed : List.of(LocalDate.of(year, 6, 19), LocalDate.of(year, 7, 4),
				LocalDate.of(year, 12, 25))) {
			days.add(observedUs(fixed));
		}
		days.addAll(List.of(nth(year, Month.JANUARY, MONDAY, 3), nth(year, Month.FEBRUARY, MONDAY, 3),
				last(year, Month.MAY, MONDAY), nth(year, Month.SEPTEMBER, MONDAY, 1),
				nth(year, Month.NOVEMBER, THURSDAY, 4), easter(year).minusDays(2)));
		if (year == 2025) {
			// the National Day of Mourning for President Carter, announced in December
			// 2024
			days.add(LocalDate.of(2025, 1, 9));
		}
		return weekdays(days);
	}

	private static Set<LocalDate> germany(int year) {
		LocalDate easter = easter(year);
		return Set.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 10, 3),
				LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), easter.minusDays(2), easter.plusDays(1),
				easter.plusDays(39), easter.plusDays(50));
	}

	private static Set<LocalDate> bavaria(int year) {
		return Set.of(LocalDate.of(year, 1, 6), easter(year).plusDays(60), LocalDate.of(year, 11, 1));
	}

	private static Set<LocalDate> france(int year) {
		LocalDate easter = easter(year);
		return Set.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 8),
				LocalDate.of(year, 7, 14), LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 1),
				LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25), easter.plusDays(1), easter.plusDays(39),
				easter.plusDays(50));
	}

	private static Set<LocalDate> spain(int year) {
		Set<LocalDate> days = Stream
			.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 6), LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 15),
					LocalDate.of(year, 10, 12), LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 6),
					LocalDate.of(year, 12, 8), LocalDate.of(year, 12, 25))
			// the autonomous communities move a national holiday that falls on a Sunday
			.filter((d) -> d.getDayOfWeek() != SUNDAY)
			.collect(Collectors.toCollection(HashSet::new));
		days.add(easter(year).minusDays(2));
		return days;
	}

	private static Set<LocalDate> italy(int year) {
		LocalDate easter = easter(year);
		Set<LocalDate> days = new HashSet<>(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 6), easter,
				easter.plusDays(1), LocalDate.of(year, 4, 25), LocalDate.of(year, 5, 1), LocalDate.of(year, 6, 2),
				LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 8),
				LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26), nth(year, Month.NOVEMBER, SUNDAY, 1)));
		if (year >= 2026) {
			days.add(LocalDate.of(year, 10, 4));
		}
		return days;
	}

	private static Set<LocalDate> englandAndWales(int year) {
		LocalDate easter = easter(year);
		Set<LocalDate> days = new HashSet<>(List.of(easter.minusDays(2), easter.plusDays(1),
				nth(year, Month.MAY, MONDAY, 1), last(year, Month.MAY, MONDAY), last(year, Month.AUGUST, MONDAY)));
		LocalDate newYear = LocalDate.of(year, 1, 1);
		LocalDate christmas = LocalDate.of(year, 12, 25);
		LocalDate boxingDay = LocalDate.of(year, 12, 26);
		days.addAll(List.of(newYear, christmas, boxingDay));
		// a holiday on a weekend gives a substitute day on the next weekday that is none
		// already
		if (isWeekend(newYear)) {
			days.add(newYear.with(TemporalAdjusters.next(MONDAY)));
		}
		long substitutes = Stream.of(christmas, boxingDay).filter(CalendarDataTests::isWeekend).count();
		for (LocalDate day = boxingDay.plusDays(1); substitutes > 0; day = day.plusDays(1)) {
			if (!isWeekend(day)) {
				days.add(day);
				substitutes--;
			}
		}
		return days;
	}

	private static Set<LocalDate> japan(int year) {
		Set<LocalDate> base = new HashSet<>(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 11),
				LocalDate.of(year, 2, 23), LocalDate.of(year, 4, 29), LocalDate.of(year, 5, 3),
				LocalDate.of(year, 5, 4), LocalDate.of(year, 5, 5), LocalDate.of(year, 8, 11),
				LocalDate.of(year, 11, 3), LocalDate.of(year, 11, 23), nth(year, Month.JANUARY, MONDAY, 2),
				nth(year, Month.JULY, MONDAY, 3), nth(year, Month.SEPTEMBER, MONDAY, 3),
				nth(year, Month.OCTOBER, MONDAY, 2), LocalDate.of(year, 3, equinoxDay(year, 20.8431)),
				LocalDate.of(year, 9, equinoxDay(year, 23.2488))));
		Set<LocalDate> days = new HashSet<>(base);
		for (LocalDate holiday : base) {
			// a day between two holidays is a citizens' holiday
			if (!base.contains(holiday.plusDays(1)) && base.contains(holiday.plusDays(2))
					&& holiday.plusDays(1).getDayOfWeek() != SUNDAY) {
				days.add(holiday.plusDays(1));
			}
			// a holiday on a Sunday moves to the next day that is no holiday
			if (holiday.getDayOfWeek() == SUNDAY) {
				LocalDate substitute = holiday.plusDays(1);
				while (base.contains(substitute)) {
					substitute = substitute.plusDays(1);
				}
				days.add(substitute);
			}
		}
		return inYear(days, year);
	}

	private static Set<LocalDate> tokyo(int year) {
		Set<LocalDate> days = new HashSet<>(japan(year));
		days.addAll(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 2), LocalDate.of(year, 1, 3),
				LocalDate.of(year, 12, 31)));
		return weekdays(days);
	}

	private static Set<LocalDate> xetra(int year) {
		LocalDate easter = easter(year);
		return weekdays(Set.of(LocalDate.of(year, 1, 1), easter.minusDays(2), easter.plusDays(1),
				LocalDate.of(year, 5, 1), LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 25),
				LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 31)));
	}

	/** Japan's equinox day of March or September, by the formula valid 1980 to 2099. */
	private static int equinoxDay(int year, double base) {
		return (int) Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
	}

	/** Easter Sunday, by the Anonymous Gregorian algorithm. */
	static LocalDate easter(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

	private static LocalDate observedUs(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY -> day.minusDays(1);
			case SUNDAY -> day.plusDays(1);
			default -> day;
		};
	}

	static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
	}

	private static LocalDate last(int year, Month month, DayOfWeek day) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day));
	}

	private static LocalDate lastWeekdayOnOrBefore(LocalDate day) {
		LocalDate current = day;
		while (isWeekend(current)) {
			current = current.minusDays(1);
		}
		return current;
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == SATURDAY || day.getDayOfWeek() == SUNDAY;
	}

	private static Set<LocalDate> weekdays(Set<LocalDate> days) {
		return days.stream().filter((d) -> !isWeekend(d)).collect(Collectors.toSet());
	}

	private static Set<LocalDate> inYear(Set<LocalDate> days, int year) {
		return days.stream().filter((d) -> d.getYear() == year).collect(Collectors.toSet());
	}

	private static List<BusinessCalendar> calendars() {
		List<BusinessCalendar> calendars = new ArrayList<>();
		for (PublicHolidays country : LIBRARY.countries()) {
			calendars.add(country.calendar());
			LIBRARY.subdivisionsOf(country.id()).forEach((s) -> calendars.add(s.calendar()));
		}
		calendars.addAll(LIBRARY.exchanges());
		return calendars;
	}

	private static BusinessCalendar country(String country) {
		return LIBRARY.country(country).orElseThrow().calendar();
	}

	private static ExchangeCalendar exchange(String mic) {
		return LIBRARY.exchange(mic).orElseThrow();
	}

	private static String nameOn(BusinessCalendar calendar, String day) {
		LocalDate date = LocalDate.parse(day);
		return calendar.holidays(date.getYear())
			.stream()
			.filter((h) -> h.date().equals(date))
			.map(Holiday::name)
			.findFirst()
			.orElse(null);
	}

}
