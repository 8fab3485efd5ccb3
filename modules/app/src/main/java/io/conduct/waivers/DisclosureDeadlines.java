package io.conduct.waivers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.calendars.BusinessCalendars;
import io.conduct.calendars.CalendarYearNotLoadedException;
import io.conduct.calendars.ExchangeCalendar;
import io.conduct.calendars.Holiday;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.validation.Validation;

import org.springframework.stereotype.Component;

/**
 * The one engine for the deadline of a public disclosure: the rule for the country of the
 * exchange the group is listed on (for a US listing, the SEC's four business days of Form
 * 8-K Item 5.05, counted in US federal business days as Exchange Act Rule 0-3 does;
 * otherwise the exchange country's public holidays), and an explanation naming the rule,
 * the calendar, the figure and the holidays skipped. A day outside the calendar's loaded
 * years is an error ({@link io.conduct.calendars.CalendarYearNotLoadedException}), never
 * a guess.
 */
@Component
class DisclosureDeadlines {

	private final BusinessCalendars calendars;

	private final DisclosureRules rules;

	DisclosureDeadlines(BusinessCalendars calendars, DisclosureRules rules) {
		this.calendars = calendars;
		this.rules = rules;
	}

	/**
	 * The deadline of a disclosure of a decision taken on the day.
	 * @param tenant the tenant the decision was taken in (its group's listing counts)
	 * @param decisionDate the day of the decision
	 * @return the deadline, explained
	 * @throws NotListedException if the group has no listing exchange or no calendar for
	 * its country
	 * @throws io.conduct.calendars.CalendarYearNotLoadedException if the count leaves the
	 * loaded years
	 */
	Deadline compute(Tenant tenant, LocalDate decisionDate) {
		ExchangeCalendar listing = this.calendars.groupListing(tenant)
			.orElseThrow(() -> new NotListedException("The group has no listing exchange: its top company sets one "
					+ "(tenantCalendarUpdate, listingExchange)"));
		DisclosureRules.Rule rule = this.rules.forListingCountry(listing.country());
		String country = (rule.calendarCountry() != null) ? rule.calendarCountry() : listing.country();
		BusinessCalendar days = this.calendars.publicHolidays(country)
			.orElseThrow(() -> new NotListedException("No public-holiday calendar is loaded for " + country
					+ ", the country of the group's listing on " + listing.mic()));
		LocalDate due = days.addBusinessDays(decisionDate, rule.businessDays());
		List<Holiday> skipped = days.holidaysBetween(decisionDate, due)
			.stream()
			.filter((h) -> !days.weekend().contains(h.date().getDayOfWeek()))
			.toList();
		// the reminder the day before: the business day before, where that year is loaded
		LocalDate dayBefore = days.covers(due.minusDays(1)) ? days.previousBusinessDay(due) : due.minusDays(1);
		return new Deadline(rule, days.id(), days.name(), listing.mic(), listing.zone(), decisionDate, due, skipped,
				dayBefore.isBefore(decisionDate) ? decisionDate : dayBefore,
				explain(rule, days, listing, decisionDate, due, skipped));
	}

	/**
	 * The deadline of a disclosure of a decision on the day, or {@code null} with a user
	 * error on the field when the listing's calendar cannot count it.
	 */
	Deadline orReject(Validation validation, String field, Tenant tenant, LocalDate decisionDate) {
		try {
			return compute(tenant, decisionDate);
		}
		catch (CalendarYearNotLoadedException ex) {
			validation.reject(field, UserErrorCode.CALENDAR_YEAR_NOT_LOADED,
					"The disclosure deadline cannot be counted: " + ex.getMessage());
		}
		catch (NotListedException ex) {
			validation.reject(field, UserErrorCode.NOT_CONFIGURED, ex.getMessage());
		}
		return null;
	}

	/** Today in the zone of the group's listing, else the tenant's. */
	ZoneId zoneOf(Tenant tenant) {
		return this.calendars.groupListing(tenant).map(ExchangeCalendar::zone).orElse(tenant.zoneId());
	}

	private static String explain(DisclosureRules.Rule rule, BusinessCalendar days, ExchangeCalendar listing,
			LocalDate decision, LocalDate due, List<Holiday> skipped) {
		String holidays = skipped.isEmpty() ? "no holiday fell in between" : "not counted: "
				+ skipped.stream().map((h) -> h.name() + " (" + day(h.date()) + ")").collect(Collectors.joining(", "));
		return "Due " + day(due) + " under " + rule.rule() + ": " + rule.businessDays()
				+ " business days after the decision of " + day(decision) + ", counted in " + days.name() + " ("
				+ days.id() + "), the calendar for a group listed on " + listing.name() + " (" + listing.mic()
				+ "); weekends and " + holidays + ". Source: " + rule.source() + ".";
	}

	private static String day(LocalDate date) {
		return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date;
	}

	/**
	 * A disclosure's deadline.
	 *
	 * @param rule the rule that set it
	 * @param calendarId the calendar counted in
	 * @param calendarName its name
	 * @param listingExchange the exchange the group is listed on
	 * @param zone the exchange's time zone, whose day decides whether it is overdue
	 * @param decisionDate the day of the decision
	 * @param dueDate the last day to disclose
	 * @param skipped the holidays on weekdays that were not counted
	 * @param dayBeforeReminder the day of the reminder before the due date
	 * @param explanation how the due date was reached
	 */
	record Deadline(DisclosureRules.Rule rule, String calendarId, String calendarName, String listingExchange,
			ZoneId zone, LocalDate decisionDate, LocalDate dueDate, List<Holiday> skipped, LocalDate dayBeforeReminder,
			String explanation) {
	}

	/** The group has no listing to count a disclosure's business days with. */
	static class NotListedException extends RuntimeException {

		NotListedException(String message) {
			super(message);
		}

	}

}
