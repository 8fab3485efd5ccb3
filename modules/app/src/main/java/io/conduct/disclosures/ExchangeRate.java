package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rate of the group's dated exchange-rate table, kept by the top company's CFO/CAO: how
 * much of the group's currency one unit of a currency is worth from a date.
 *
 * @param id currency and date
 * @param currency the currency converted
 * @param groupCurrency the group's currency
 * @param rate units of the group's currency for one unit of the currency
 * @param effectiveDate from when it applies
 * @param recordedBy who set it
 * @param recordedAt when
 */
@Document("exchange_rates")
public record ExchangeRate(@Id String id, Currency currency, Currency groupCurrency, BigDecimal rate,
		LocalDate effectiveDate, String recordedBy, Instant recordedAt) {

	static String idOf(Currency currency, LocalDate effectiveDate) {
		return currency.getCurrencyCode() + "|" + effectiveDate;
	}

	GroupFigures.Rate fact() {
		return new GroupFigures.Rate(this.currency, this.rate, this.effectiveDate);
	}

}
