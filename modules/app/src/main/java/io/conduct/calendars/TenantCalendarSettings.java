package io.conduct.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's choices for its business-day calendar, in its own database. Without a
 * document, every choice is its default.
 *
 * @param id always {@value #ID}
 * @param publicHolidayCountry whose public holidays apply; {@code null} for the tenant's
 * own country
 * @param subdivision a subdivision whose holidays apply too ({@code DE-BY}), or
 * {@code null}
 * @param closingDays the company's own closing days
 * @param listingExchange the MIC of the group's listing (the top company only);
 * {@code null} for its country's default exchange
 * @param updatedAt when changed
 * @param updatedBy by whom
 */
@Document("calendar_settings")
record TenantCalendarSettings(@Id String id, String publicHolidayCountry, String subdivision,
		List<ClosingDay> closingDays, String listingExchange, Instant updatedAt, String updatedBy) {

	static final String ID = "current";

	static final TenantCalendarSettings DEFAULTS = new TenantCalendarSettings(ID, null, null, List.of(), null, null,
			null);

	TenantCalendarSettings {
		closingDays = (closingDays != null)
				? closingDays.stream().sorted(Comparator.comparing(ClosingDay::date)).toList() : List.of();
	}

	/** The settings in a line, for the audit trail's before and after. */
	String describe() {
		return "publicHolidayCountry=" + orDefault(this.publicHolidayCountry) + "; subdivision="
				+ ((this.subdivision != null) ? this.subdivision : "none") + "; listingExchange="
				+ orDefault(this.listingExchange) + "; closingDays=["
				+ this.closingDays.stream().map((d) -> d.date() + " " + d.name()).collect(Collectors.joining(", "))
				+ "]";
	}

	private static String orDefault(String value) {
		return (value != null) ? value : "default";
	}

	/**
	 * A day the company closes. The date is kept as ISO text, so no time zone of any
	 * server can shift it.
	 *
	 * @param date the day ({@code 2026-12-24})
	 * @param name its name
	 */
	record ClosingDay(String date, String name) {

		LocalDate day() {
			return LocalDate.parse(this.date);
		}

	}

}
