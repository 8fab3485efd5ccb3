package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.conduct.platform.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one home of conversion ({@code RateTable.convert}, behind {@link ExchangeRates} and
 * the significance of counterparties): the rate in force on the day, exact into the
 * group's currency, through it between two other currencies, and nothing when a rate is
 * missing.
 */
class ExchangeRateConversionTests {

	private static final Currency USD = Currency.getInstance("USD");

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final Currency JPY = Currency.getInstance("JPY");

	private static final GroupFigures.RateTable TABLE = new GroupFigures.RateTable(
			List.of(new GroupFigures.Rate(EUR, new BigDecimal("1.10"), LocalDate.of(2026, 1, 1)),
					new GroupFigures.Rate(EUR, new BigDecimal("1.25"), LocalDate.of(2026, 7, 1)),
					new GroupFigures.Rate(JPY, new BigDecimal("0.0070"), LocalDate.of(2026, 1, 1))));

	@Test
	void intoTheGroupsCurrencyTheRateInForceOnTheDayMultipliesExactly() {
		Converted june = TABLE.convert(Money.of("100.00", "EUR"), USD, USD, LocalDate.of(2026, 6, 30)).orElseThrow();
		Converted july = TABLE.convert(Money.of("100.00", "EUR"), USD, USD, LocalDate.of(2026, 7, 1)).orElseThrow();

		assertThat(june.amount()).isEqualTo(new Money(new BigDecimal("110.0000"), USD));
		assertThat(june.rates()).singleElement().satisfies((rate) -> {
			assertThat(rate.rateId()).isEqualTo("EUR|2026-01-01");
			assertThat(rate.effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 1));
		});
		assertThat(july.amount().amount()).isEqualByComparingTo("125");
		assertThat(july.rate()).isEqualByComparingTo("1.25");
	}

	@Test
	void outOfTheGroupsCurrencyItDividesByTheTargetsRate() {
		Converted converted = TABLE.convert(Money.of("137.50", "USD"), EUR, USD, LocalDate.of(2026, 8, 1))
			.orElseThrow();

		assertThat(converted.amount().amount()).isEqualByComparingTo("110");
		assertThat(converted.amount().currency()).isEqualTo(EUR);
		assertThat(converted.rate()).isEqualByComparingTo("0.8");
		assertThat(converted.rates()).extracting(Converted.RateApplied::rateId).containsExactly("EUR|2026-07-01");
	}

	@Test
	void betweenTwoOtherCurrenciesItGoesThroughTheGroupsWithBothRates() {
		// 10,000 JPY = 70 USD = 56 EUR at 1.25
		Converted converted = TABLE.convert(Money.of("10000", "JPY"), EUR, USD, LocalDate.of(2026, 9, 1)).orElseThrow();

		assertThat(converted.amount().amount()).isEqualByComparingTo("56");
		assertThat(converted.rate()).isEqualByComparingTo("0.0056");
		assertThat(converted.rates()).extracting(Converted.RateApplied::rateId)
			.containsExactly("JPY|2026-01-01", "EUR|2026-07-01");
	}

	@Test
	void theSameCurrencyNeedsNoRateAndAMissingRateConvertsNothing() {
		assertThat(TABLE.convert(Money.of("5", "EUR"), EUR, USD, LocalDate.of(2020, 1, 1)).orElseThrow().rates())
			.isEmpty();
		assertThat(TABLE.convert(Money.of("5", "EUR"), USD, USD, LocalDate.of(2025, 12, 31))).as("before any EUR rate")
			.isEmpty();
		assertThat(TABLE.convert(Money.of("5", "GBP"), EUR, USD, LocalDate.of(2026, 9, 1))).isEmpty();
		assertThat(TABLE.convert(Money.of("5", "EUR"), Currency.getInstance("CHF"), USD, LocalDate.of(2026, 9, 1)))
			.isEmpty();
	}

}
