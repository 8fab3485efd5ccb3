package io.conduct.trading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import io.conduct.calendars.ExchangeCalendar;

/**
 * The quarterly blackout windows of a tenant's fiscal calendar: each fiscal quarter's
 * window opens on a day of its last month (the 15th by default) at the start of the day
 * in the listing exchange's zone, and ends at the close of the listing exchange on the
 * trading day that is full trading days (two by default) after the quarter's earnings
 * release. Until the release is entered the window stays open, so a forgotten date keeps
 * the blackout rather than lifting it. A window ends at the latest when the next
 * quarter's opens. Fiscal years are named by the calendar year they start in.
 * Framework-free.
 */
final class QuarterlyBlackouts {

	private final int fiscalYearStartMonth;

	private final int startDay;

	private final int endTradingDays;

	private final ExchangeCalendar listing;

	private final Map<String, QuarterDates> dates;

	/**
	 * @param fiscalYearStartMonth the month (1-12) the tenant's fiscal year starts in
	 * @param startDay the day of a quarter's last month its window opens
	 * @param endTradingDays full trading days after the release it lasts
	 * @param listing the exchange the group is listed on
	 * @param dates the release dates entered, by {@link QuarterDates#keyOf}
	 */
	QuarterlyBlackouts(int fiscalYearStartMonth, int startDay, int endTradingDays, ExchangeCalendar listing,
			Map<String, QuarterDates> dates) {
		this.fiscalYearStartMonth = fiscalYearStartMonth;
		this.startDay = startDay;
		this.endTradingDays = endTradingDays;
		this.listing = listing;
		this.dates = Map.copyOf(dates);
	}

	/** The fiscal quarter a day falls in. */
	static FiscalQuarter quarterOf(LocalDate day, int fiscalYearStartMonth) {
		int monthsIn = Math.floorMod(day.getMonthValue() - fiscalYearStartMonth, 12);
		int fiscalYear = (day.getMonthValue() >= fiscalYearStartMonth) ? day.getYear() : day.getYear() - 1;
		return FiscalQuarter.of(fiscalYear, monthsIn / 3 + 1, fiscalYearStartMonth);
	}

	FiscalQuarter quarterOf(LocalDate day) {
		return quarterOf(day, this.fiscalYearStartMonth);
	}

	ExchangeCalendar listing() {
		return this.listing;
	}

	/** The window of a quarter, with its end once the release is entered. */
	RequestFacts.Blackout windowOf(FiscalQuarter quarter) {
		LocalDate start = quarter.end().withDayOfMonth(Math.min(this.startDay, quarter.end().lengthOfMonth()));
		QuarterDates entered = this.dates.get(QuarterDates.keyOf(quarter.fiscalYear(), quarter.quarter()));
		LocalDate release = (entered != null) ? entered.earningsReleaseDate() : null;
		LocalDate lastDay = (release != null) ? this.listing.addTradingDays(release, this.endTradingDays) : null;
		ZonedDateTime endsAt = (lastDay != null) ? this.listing.closeOn(lastDay) : null;
		return new RequestFacts.Blackout(quarter.fiscalYear(), quarter.quarter(), quarter.start(), quarter.end(), start,
				release, lastDay, endsAt, this.listing.mic(), this.endTradingDays);
	}

	/** The window in force at a moment, if any. */
	Optional<RequestFacts.Blackout> inForceAt(Instant moment) {
		LocalDate day = moment.atZone(this.listing.zone()).toLocalDate();
		FiscalQuarter current = quarterOf(day);
		RequestFacts.Blackout window = windowOf(current);
		if (opensAfter(window, moment)) {
			window = windowOf(current.previous());
		}
		if (opensAfter(window, moment)) {
			return Optional.empty();
		}
		boolean over = window.endsAt() != null && !moment.isBefore(window.endsAt().toInstant());
		return over ? Optional.empty() : Optional.of(window);
	}

	private boolean opensAfter(RequestFacts.Blackout window, Instant moment) {
		return window.startDate().atStartOfDay(this.listing.zone()).toInstant().isAfter(moment);
	}

	/**
	 * A quarter of a fiscal year.
	 *
	 * @param fiscalYear the fiscal year, named by the calendar year it starts in
	 * @param quarter 1 to 4
	 * @param start its first day
	 * @param end its last day
	 * @param fiscalYearStartMonth the month its fiscal year starts in
	 */
	record FiscalQuarter(int fiscalYear, int quarter, LocalDate start, LocalDate end, int fiscalYearStartMonth) {

		static FiscalQuarter of(int fiscalYear, int quarter, int fiscalYearStartMonth) {
			LocalDate start = LocalDate.of(fiscalYear, fiscalYearStartMonth, 1).plusMonths(3L * (quarter - 1));
			return new FiscalQuarter(fiscalYear, quarter, start, start.plusMonths(3).minusDays(1),
					fiscalYearStartMonth);
		}

		FiscalQuarter previous() {
			return (this.quarter > 1) ? of(this.fiscalYear, this.quarter - 1, this.fiscalYearStartMonth)
					: of(this.fiscalYear - 1, 4, this.fiscalYearStartMonth);
		}

	}

}
