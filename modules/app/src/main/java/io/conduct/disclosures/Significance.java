package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.conduct.platform.money.Money;

/**
 * Whether a counterparty is a significant customer or supplier of the group, with every
 * test behind the answer and the exchange rates used. {@code null} answers are unknown (a
 * figure or a rate is missing; {@code gaps} says which).
 *
 * @param significantCustomer whether it is a significant customer
 * @param significantSupplier whether it is a significant supplier
 * @param groupRevenue the group's consolidated gross revenue of its last full fiscal year
 * @param tests the tests made
 * @param ratesUsed the exchange rates used to convert amounts to the group's currency
 * @param gaps what could not be established, in words
 */
public record Significance(Boolean significantCustomer, Boolean significantSupplier, Money groupRevenue,
		List<Test> tests, List<RateUsed> ratesUsed, List<String> gaps) {

	public Significance {
		tests = (tests != null) ? List.copyOf(tests) : List.of();
		ratesUsed = (ratesUsed != null) ? List.copyOf(ratesUsed) : List.of();
		gaps = (gaps != null) ? List.copyOf(gaps) : List.of();
	}

	/** Which of the Code's definitions a test applies. */
	public enum Definition {

		/** Payments to the Company above 5% of the group's revenues. */
		SIGNIFICANT_CUSTOMER,

		/** Payments by the Company above 5% of the group's revenues. */
		SIGNIFICANT_SUPPLIER_GROUP_REVENUE,

		/** Payments by the Company above 5% of the supplier's own revenues. */
		SIGNIFICANT_SUPPLIER_OWN_REVENUE

	}

	/** Which payments a test adds up. */
	public enum Basis {

		/** Made during the group's last full fiscal year. */
		LAST_FULL_YEAR,

		/** Proposed (or made) during the group's current fiscal year. */
		CURRENT_YEAR

	}

	/**
	 * One test of a definition.
	 *
	 * @param definition the definition
	 * @param fiscalYear the group's fiscal year, by the calendar year it starts in
	 * @param basis last full or current year
	 * @param payments the payments over the group's tenants, in the group's currency
	 * @param base the revenues compared with, in the group's currency
	 * @param percent the payments as a percentage of the base
	 * @param threshold the Code's percentage
	 * @param significant whether the payments are in excess of it
	 * @param comparison the comparison in words
	 */
	public record Test(Definition definition, int fiscalYear, Basis basis, Money payments, Money base,
			BigDecimal percent, BigDecimal threshold, boolean significant, String comparison) {
	}

	/**
	 * An exchange rate used.
	 *
	 * @param currency the currency converted
	 * @param groupCurrency the group's currency
	 * @param rate units of the group's currency for one unit of the currency
	 * @param effectiveDate from when the rate applies
	 */
	public record RateUsed(Currency currency, Currency groupCurrency, BigDecimal rate, LocalDate effectiveDate) {
	}

}
