package io.conduct.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An exchange's trading days and closing times. Its business days are its trading days:
 * every day except the weekend and the exchange's trading holidays (which differ from the
 * country's public holidays: NYSE closes on Good Friday, which is no US federal holiday,
 * and trades on Columbus Day, which is). Closing times are in the exchange's time zone;
 * {@link #closeOn} respects early closes. Like every {@link BusinessCalendar}, it throws
 * {@link CalendarYearNotLoadedException} for a day outside the loaded years.
 */
public final class ExchangeCalendar extends BusinessCalendar {

	private final String country;

	private final ZoneId zone;

	private final LocalTime regularClose;

	private final NavigableMap<LocalDate, EarlyClose> earlyCloses;

	ExchangeCalendar(String mic, String name, String country, ZoneId zone, LocalTime regularClose,
			Set<DayOfWeek> weekend, int firstYear, int lastYear, Collection<Holiday> holidays,
			Collection<EarlyClose> earlyCloses, Map<Integer, List<String>> sources) {
		super(mic, name, weekend, firstYear, lastYear, holidays, sources);
		this.country = Objects.requireNonNull(country, "country");
		this.zone = Objects.requireNonNull(zone, "zone");
		this.regularClose = Objects.requireNonNull(regularClose, "regularClose");
		this.earlyCloses = new TreeMap<>(
				earlyCloses.stream().collect(Collectors.toMap(EarlyClose::date, Function.identity())));
		for (EarlyClose early : earlyCloses) {
			if (!covers(early.date()) || !isTradingDay(early.date()) || !early.close().isBefore(regularClose)) {
				throw new IllegalArgumentException(early + " is not an early close of a trading day");
			}
		}
	}

	/**
	 * An exchange calendar made by hand, e.g. for a unit test of a domain rule.
	 * Production code gets its calendars from {@link BusinessCalendars}.
	 * @param mic the ISO 10383 market identifier code, e.g. {@code XNYS}
	 * @param name a name for people
	 * @param country the exchange's country (ISO 3166-1 alpha-2)
	 * @param zone the exchange's time zone
	 * @param regularClose its regular closing time
	 * @param weekend the days of the week it never trades
	 * @param firstYear the first year with data
	 * @param lastYear the last year with data
	 * @param holidays its trading holidays
	 * @param earlyCloses its early closes, each on a trading day and before the regular
	 * close
	 * @return the calendar
	 */
	public static ExchangeCalendar of(String mic, String name, String country, ZoneId zone, LocalTime regularClose,
			Set<DayOfWeek> weekend, int firstYear, int lastYear, Collection<Holiday> holidays,
			Collection<EarlyClose> earlyCloses) {
		return new ExchangeCalendar(mic, name, country, zone, regularClose, weekend, firstYear, lastYear, holidays,
				earlyCloses, Map.of());
	}

	/**
	 * The ISO 10383 market identifier code, e.g. {@code XNYS}; the same as {@link #id()}.
	 */
	public String mic() {
		return id();
	}

	/** The exchange's country (ISO 3166-1 alpha-2). */
	public String country() {
		return this.country;
	}

	/** The exchange's time zone, in which its closing times are given. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The regular closing time, in the exchange's time zone. */
	public LocalTime regularClose() {
		return this.regularClose;
	}

	/**
	 * Whether the exchange trades that day.
	 * @param day the day
	 * @return whether it is a trading day
	 * @throws CalendarYearNotLoadedException if the day's year is not loaded
	 */
	public boolean isTradingDay(LocalDate day) {
		return isBusinessDay(day);
	}

	/**
	 * The trading day that is {@code days} trading days after {@code day}; the same
	 * counting as {@link #addBusinessDays} (0 rolls forward to a trading day).
	 * @param day the day to count from
	 * @param days how many trading days to add
	 * @return the trading day reached
	 * @throws CalendarYearNotLoadedException if counting reaches a year that is not
	 * loaded
	 */
	public LocalDate addTradingDays(LocalDate day, int days) {
		return addBusinessDays(day, days);
	}

	/**
	 * The moment the exchange closes on a trading day: its regular close, or the early
	 * close of that day, in the exchange's time zone (daylight saving included).
	 * @param day a trading day
	 * @return the closing moment
	 * @throws IllegalArgumentException if the exchange does not trade that day
	 * @throws CalendarYearNotLoadedException if the day's year is not loaded
	 */
	public ZonedDateTime closeOn(LocalDate day) {
		if (!isTradingDay(day)) {
			throw new IllegalArgumentException(mic() + " does not trade on " + day);
		}
		LocalTime close = earlyClose(day).map(EarlyClose::close).orElse(this.regularClose);
		return ZonedDateTime.of(day, close, this.zone);
	}

	/**
	 * The early close of a day, if the exchange closes early that day.
	 * @param day the day
	 * @return its early close, or empty
	 * @throws CalendarYearNotLoadedException if the day's year is not loaded
	 */
	public Optional<EarlyClose> earlyClose(LocalDate day) {
		requireCovered(day);
		return Optional.ofNullable(this.earlyCloses.get(day));
	}

	/**
	 * The early closes of a year, in date order.
	 * @param year the year
	 * @return its early closes
	 * @throws CalendarYearNotLoadedException if the year is not loaded
	 */
	public List<EarlyClose> earlyCloses(int year) {
		requireYear(year);
		return List
			.copyOf(this.earlyCloses.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
	}

}
