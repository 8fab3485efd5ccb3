package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.money.Money;

/**
 * The group-level figures significance is judged on: the group's currency, revenue and
 * fiscal calendar (the top company's), and the dated exchange-rate table. Framework-free.
 *
 * @param groupCurrency the top company's currency
 * @param groupRevenue the top company's consolidated gross revenue of its last full
 * fiscal year; {@code null} when not known
 * @param fiscalYearStartMonth the month the group's fiscal year starts in
 * @param today today in the top company's time zone
 * @param rates the exchange-rate table
 */
record GroupFigures(Currency groupCurrency, Money groupRevenue, int fiscalYearStartMonth, LocalDate today,
		RateTable rates) {

	/** The group's current fiscal year, named by the calendar year it starts in. */
	int currentFiscalYear() {
		return (this.today.getMonthValue() >= this.fiscalYearStartMonth) ? this.today.getYear()
				: this.today.getYear() - 1;
	}

	int lastFullFiscalYear() {
		return currentFiscalYear() - 1;
	}

	LocalDate lastDayOf(int fiscalYear) {
		return LocalDate.of(fiscalYear, this.fiscalYearStartMonth, 1).plusYears(1).minusDays(1);
	}

	/**
	 * The day whose rate converts the amounts of a fiscal year: its last day, or today
	 * while it runs.
	 */
	LocalDate conversionDayOf(int fiscalYear) {
		LocalDate last = lastDayOf(fiscalYear);
		return last.isAfter(this.today) ? this.today : last;
	}

	/**
	 * The dated exchange rates into the group's currency.
	 */
	static final class RateTable {

		private final Map<Currency, List<Rate>> byCurrency = new HashMap<>();

		RateTable(List<Rate> rates) {
			for (Rate rate : rates) {
				this.byCurrency.computeIfAbsent(rate.currency(), (c) -> new ArrayList<>()).add(rate);
			}
			this.byCurrency.values().forEach((list) -> list.sort(Comparator.comparing(Rate::effectiveDate)));
		}

		/** The rate in force on the day: the latest that took effect on or before it. */
		Optional<Rate> inForce(Currency currency, LocalDate day) {
			List<Rate> rates = this.byCurrency.getOrDefault(currency, List.of());
			Rate found = null;
			for (Rate rate : rates) {
				if (rate.effectiveDate().isAfter(day)) {
					break;
				}
				found = rate;
			}
			return Optional.ofNullable(found);
		}

	}

	/**
	 * A rate of the table.
	 *
	 * @param currency the currency converted
	 * @param rate units of the group's currency for one unit of it
	 * @param effectiveDate from when it applies
	 */
	record Rate(Currency currency, BigDecimal rate, LocalDate effectiveDate) {
	}

}
