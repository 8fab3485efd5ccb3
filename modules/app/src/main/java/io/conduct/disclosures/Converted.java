package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.conduct.platform.money.Money;

/**
 * An amount converted with the group's dated exchange-rate table, and the rates used.
 * Rates are into the group's currency; an amount in another currency is converted through
 * it, so converting from one foreign currency into another uses two rates.
 *
 * @param amount the converted amount, unrounded
 * @param rate units of the target currency for one unit of the amount's currency (1 when
 * they are the same)
 * @param rates the table's rates used, none when no conversion was needed
 */
public record Converted(Money amount, BigDecimal rate, List<RateApplied> rates) {

	public Converted {
		rates = List.copyOf(rates);
	}

	/**
	 * A rate of the table used.
	 *
	 * @param rateId the rate's id in the table (its currency and effective date)
	 * @param currency the currency converted
	 * @param groupCurrency the group's currency
	 * @param rate units of the group's currency for one unit of the currency
	 * @param effectiveDate from when the rate applies
	 */
	public record RateApplied(String rateId, Currency currency, Currency groupCurrency, BigDecimal rate,
			LocalDate effectiveDate) {
	}

}
