package io.conduct.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which days are business days in one calendar: every day except the calendar's weekend
 * days and its holidays, for the years whose data is loaded ({@link #firstYear()} to
 * {@link #lastYear()}, without gaps). Asking about a day outside them throws
 * {@link CalendarYearNotLoadedException}: a calendar never guesses. Immutable and safe to
 * share between threads; get one from {@link BusinessCalendars} once per operation and
 * reuse it.
 */
public class BusinessCalendar {

	private final String id;

	private final String name;

	private final Set<DayOfWeek> weekend;

	private final int firstYear;

	private final int lastYear;

	private final NavigableMap<LocalDate, List<Holiday>> holidays;

	private final Map<Integer, List<String>> sources;

	BusinessCalendar(String id, String name, Set<DayOfWeek> weekend, int firstYear, int lastYear,
			Collection<Holiday> holidays, Map<Integer, List<String>> sources) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = Objects.requireNonNull(name, "name");
		if (weekend.isEmpty() || weekend.size() == DayOfWeek.values().length) {
			throw new IllegalArgumentException("A weekend has one to six days");
		}
		if (firstYear > lastYear) {
			throw new IllegalArgumentException("No years loaded");
		}
		this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(weekend));
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		TreeMap<LocalDate, List<Holiday>> byDay = new TreeMap<>();
		for (Holiday holiday : holidays) {
			if (holiday.date().getYear() < firstYear || holiday.date().getYear() > lastYear) {
				throw new IllegalArgumentException(holiday + " is outside " + firstYear + " to " + lastYear);
			}
			byDay.computeIfAbsent(holiday.date(), (day) -> new ArrayList<>()).add(holiday);
		}
		byDay.replaceAll((day, list) -> List.copyOf(list));
		this.holidays = Collections.unmodifiableNavigableMap(byDay);
		this.sources = Map.copyOf(sources);
	}

	/**
	 * A calendar made by hand, e.g. for a unit test of a domain rule. Production code
	 * gets its calendars from {@link BusinessCalendars}.
	 * @param id a short id, e.g. {@code DE}
	 * @param name a name for people
	 * @param weekend the days of the week that are never business days
	 * @param firstYear the first year with data
	 * @param lastYear the last year with data
	 * @param holidays the holidays, all within those years
	 * @return the calendar
	 */
	public static BusinessCalendar of(String id, String name, Set<DayOfWeek> weekend, int firstYear, int lastYear,
			Collection<Holiday> holidays) {
		return new BusinessCalendar(id, name, weekend, firstYear, lastYear, holidays, Map.of());
	}

	/**
	 * A short id: the country or subdivision ({@code DE}, {@code DE-BY}), the exchange's
	 * MIC.
	 */
	public String id() {
		return this.id;
	}

	/** A name for people, e.g. {@code Germany (nationwide public holidays)}. */
	public String name() {
		return this.name;
	}

	/** The days of the week that are never business days. */
	public Set<DayOfWeek> weekend() {
		return this.weekend;
	}

	/** The first year with data. */
	public int firstYear() {
		return this.firstYear;
	}

	/** The last year with data. */
	public int lastYear() {
		return this.lastYear;
	}

	/**
	 * Whether the calendar has data for the day's year; if not, asking about it throws.
	 */
	public boolean covers(LocalDate day) {
		return day.getYear() >= this.firstYear && day.getYear() <= this.lastYear;
	}

	/**
	 * Whether the day is a business day: not a weekend day and not a holiday.
	 * @param day the day
	 * @return whether it is a business day
	 * @throws CalendarYearNotLoadedException if the day's year is not loaded
	 */
	public boolean isBusinessDay(LocalDate day) {
		requireCovered(day);
		return !this.weekend.contains(day.getDayOfWeek()) && !this.holidays.containsKey(day);
	}

	/**
	 * The day that is {@code days} business days after {@code day} (the day itself is not
	 * counted): 4 business days after Wednesday 2026-11-25 in the US, with Thanksgiving
	 * on the Thursday, is Wednesday 2026-12-02. With {@code days = 0}: the day itself if
	 * it is a business day, else the next business day. With a negative number, that many
	 * business days before.
	 * @param day the day to count from
	 * @param days how many business days to add
	 * @return the business day reached
	 * @throws CalendarYearNotLoadedException if counting reaches a year that is not
	 * loaded
	 */
	public LocalDate addBusinessDays(LocalDate day, int days) {
		requireCovered(day);
		if (days == 0) {
			return isBusinessDay(day) ? day : nextBusinessDay(day);
		}
		int step = (days > 0) ? 1 : -1;
		int left = Math.abs(days);
		LocalDate current = day;
		while (left > 0) {
			current = current.plusDays(step);
			if (isBusinessDay(current)) {
				left--;
			}
		}
		return current;
	}

	/**
	 * How many business days lie after {@code from} up to and including {@code to}: the
	 * inverse of {@link #addBusinessDays}, so {@code businessDaysBetween(d,
	 * addBusinessDays(d, n)) == n} for every business day {@code d} and {@code n >= 0}.
	 * Negative when {@code to} is before {@code from}.
	 * @param from the first day (not counted)
	 * @param to the last day (counted if a business day)
	 * @return the number of business days
	 * @throws CalendarYearNotLoadedException if either day's year is not loaded
	 */
	public int businessDaysBetween(LocalDate from, LocalDate to) {
		requireCovered(from);
		requireCovered(to);
		if (to.isBefore(from)) {
			return -businessDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isBusinessDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The first business day after the day.
	 * @param day the day
	 * @return the next business day
	 * @throws CalendarYearNotLoadedException if it lies in a year that is not loaded
	 */
	public LocalDate nextBusinessDay(LocalDate day) {
		requireCovered(day);
		LocalDate next = day.plusDays(1);
		while (!isBusinessDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/**
	 * The last business day before the day.
	 * @param day the day
	 * @return the previous business day
	 * @throws CalendarYearNotLoadedException if it lies in a year that is not loaded
	 */
	public LocalDate previousBusinessDay(LocalDate day) {
		requireCovered(day);
		LocalDate previous = day.minusDays(1);
		while (!isBusinessDay(previous)) {
			previous = previous.minusDays(1);
		}
		return previous;
	}

	/**
	 * The holidays of a year, in date order (a day can carry two, e.g. a public holiday
	 * that is also a company closing day). Holidays on a weekend day are included.
	 * @param year the year
	 * @return its holidays
	 * @throws CalendarYearNotLoadedException if the year is not loaded
	 */
	public List<Holiday> holidays(int year) {
		requireYear(year);
		return holidaysIn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * The holidays after {@code from} up to and including {@code to}, in date order: what
	 * a count of business days between the two stepped over, to explain a due date.
	 * @param from the first day (not included)
	 * @param to the last day (included)
	 * @return the holidays in between
	 * @throws CalendarYearNotLoadedException if either day's year is not loaded
	 */
	public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
		requireCovered(from);
		requireCovered(to);
		return holidaysIn(from.plusDays(1), to);
	}

	/**
	 * Where the data of a year comes from (one entry per data file that makes up the
	 * calendar, e.g. the country's and the subdivision's); empty for calendars made by
	 * hand.
	 * @param year the year
	 * @return the sources of that year's data
	 * @throws CalendarYearNotLoadedException if the year is not loaded
	 */
	public List<String> sources(int year) {
		requireYear(year);
		return this.sources.getOrDefault(year, List.of());
	}

	/** All holidays, for composing calendars. */
	Collection<Holiday> allHolidays() {
		return this.holidays.values().stream().flatMap(List::stream).toList();
	}

	Map<Integer, List<String>> allSources() {
		return this.sources;
	}

	private List<Holiday> holidaysIn(LocalDate first, LocalDate last) {
		if (last.isBefore(first)) {
			return List.of();
		}
		return this.holidays.subMap(first, true, last, true).values().stream().flatMap(List::stream).toList();
	}

	void requireCovered(LocalDate day) {
		requireYear(day.getYear());
	}

	void requireYear(int year) {
		if (year < this.firstYear || year > this.lastYear) {
			throw new CalendarYearNotLoadedException(this.id, year, this.firstYear, this.lastYear);
		}
	}

	@Override
	public String toString() {
		return this.id + " (" + this.firstYear + "-" + this.lastYear + ")";
	}

}
