package io.conduct.disclosures;

import java.math.BigDecimal;
import java.math.MathContext;
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

		/**
		 * Converts an amount into a currency at the rates in force on the day. The
		 * table's rates are into the group's currency: an amount in it is divided by the
		 * target's rate, one in another currency is first multiplied by its own (exactly,
		 * so sums into the group's currency are never rounded).
		 * @return the conversion and the rates used; empty when a rate is missing
		 */
		Optional<Converted> convert(Money amount, Currency into, Currency groupCurrency, LocalDate day) {
			Currency from = amount.currency();
			if (from.equals(into)) {
				return Optional.of(new Converted(amount, BigDecimal.ONE, List.of()));
			}
			List<Converted.RateApplied> used = new ArrayList<>();
			BigDecimal inGroup = amount.amount();
			BigDecimal rate = BigDecimal.ONE;
			if (!from.equals(groupCurrency)) {
				Optional<Rate> own = inForce(from, day);
				if (own.isEmpty()) {
					return Optional.empty();
				}
				used.add(own.get().applied(groupCurrency));
				inGroup = inGroup.multiply(own.get().rate());
				rate = own.get().rate();
			}
			if (into.equals(groupCurrency)) {
				return Optional.of(new Converted(new Money(inGroup, into), rate, used));
			}
			Optional<Rate> target = inForce(into, day);
			if (target.isEmpty()) {
				return Optional.empty();
			}
			used.add(target.get().applied(groupCurrency));
			return Optional
				.of(new Converted(new Money(inGroup.divide(target.get().rate(), MathContext.DECIMAL128), into),
						rate.divide(target.get().rate(), MathContext.DECIMAL128), used));
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

		Converted.RateApplied applied(Currency groupCurrency) {
			return new Converted.RateApplied(ExchangeRate.idOf(this.currency, this.effectiveDate), this.currency,
					groupCurrency, this.rate, this.effectiveDate);
		}

	}

}
