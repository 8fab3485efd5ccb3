package io.conduct.calendars;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every calendar loaded from the data files: public-holiday calendars of countries and of
 * their subdivisions, and exchange calendars by MIC.
 */
final class CalendarLibrary {

	private final Map<String, PublicHolidays> publicHolidays;

	private final Map<String, ExchangeCalendar> exchanges;

	CalendarLibrary(List<PublicHolidays> publicHolidays, List<ExchangeCalendar> exchanges) {
		this.publicHolidays = publicHolidays.stream()
			.collect(Collectors.toUnmodifiableMap(PublicHolidays::id, Function.identity()));
		this.exchanges = exchanges.stream()
			.collect(Collectors.toUnmodifiableMap(ExchangeCalendar::mic, Function.identity()));
	}

	/** The nationwide public holidays of a country. */
	Optional<PublicHolidays> country(String country) {
		return Optional.ofNullable(this.publicHolidays.get(country)).filter((p) -> p.parent() == null);
	}

	/** A subdivision's own public holidays (on top of its country's). */
	Optional<PublicHolidays> subdivision(String code) {
		return Optional.ofNullable(this.publicHolidays.get(code)).filter((p) -> p.parent() != null);
	}

	List<PublicHolidays> countries() {
		return this.publicHolidays.values()
			.stream()
			.filter((p) -> p.parent() == null)
			.sorted(Comparator.comparing(PublicHolidays::id))
			.toList();
	}

	List<PublicHolidays> subdivisionsOf(String country) {
		return this.publicHolidays.values()
			.stream()
			.filter((p) -> country.equals(p.parent()))
			.sorted(Comparator.comparing(PublicHolidays::id))
			.toList();
	}

	Optional<ExchangeCalendar> exchange(String mic) {
		return Optional.ofNullable(this.exchanges.get(mic));
	}

	List<ExchangeCalendar> exchanges() {
		return this.exchanges.values().stream().sorted(Comparator.comparing(ExchangeCalendar::mic)).toList();
	}

	/**
	 * A public-holiday calendar of the data files.
	 *
	 * @param id the country ({@code DE}) or subdivision ({@code DE-BY})
	 * @param name a name for people
	 * @param country the country
	 * @param parent the country of a subdivision, {@code null} for a country
	 * @param defaultExchange the MIC of the country's main exchange, the default listing
	 * of a group whose top company is in the country; {@code null} if none is loaded
	 * @param calendar its own holidays (for a subdivision: only those beyond the
	 * country's)
	 */
	record PublicHolidays(String id, String name, String country, String parent, String defaultExchange,
			BusinessCalendar calendar) {

		int firstYear() {
			return this.calendar.firstYear();
		}

		int lastYear() {
			return this.calendar.lastYear();
		}

		/** The first year both this country's and the subdivision's data cover. */
		int firstYearWith(Optional<PublicHolidays> subdivision) {
			return Math.max(firstYear(), subdivision.map(PublicHolidays::firstYear).orElse(Integer.MIN_VALUE));
		}

		/** The last year both this country's and the subdivision's data cover. */
		int lastYearWith(Optional<PublicHolidays> subdivision) {
			return Math.min(lastYear(), subdivision.map(PublicHolidays::lastYear).orElse(Integer.MAX_VALUE));
		}

	}

}
