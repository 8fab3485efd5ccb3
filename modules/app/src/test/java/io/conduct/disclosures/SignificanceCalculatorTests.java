package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

import io.conduct.platform.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Code's definitions of significant customers and suppliers: payments summed over the
 * group's tenants in the group's currency, in excess of 5% of the group's revenue (or the
 * supplier's own), for the last full fiscal year or proposed for the current one.
 */
class SignificanceCalculatorTests {

	private static final Currency USD = Currency.getInstance("USD");

	private static final SignificanceCalculator CALCULATOR = new SignificanceCalculator(BigDecimal.valueOf(5));

	/** Acme's fiscal year starts in January; today is in its fiscal year 2026. */
	private static GroupFigures group(String revenue, GroupFigures.Rate... rates) {
		return new GroupFigures(USD, Money.of(revenue, "USD"), 1, LocalDate.of(2026, 9, 1),
				new GroupFigures.RateTable(List.of(rates)));
	}

	private static SignificanceCalculator.PaymentFact paid(String tenant, int year, String amount, String currency) {
		return new SignificanceCalculator.PaymentFact(tenant, year, PaymentDirection.BY_COMPANY,
				Money.of(amount, currency));
	}

	@Test
	void exactlyFivePercentIsNotInExcessOfIt() {
		Significance exactly = CALCULATOR.assess(EnumSet.of(CounterpartyKind.SUPPLIER), null,
				List.of(paid("acme", 2025, "5000000", "USD")), group("100000000"));
		Significance above = CALCULATOR.assess(EnumSet.of(CounterpartyKind.SUPPLIER), null,
				List.of(paid("acme", 2025, "5000000.01", "USD")), group("100000000"));

		assertThat(exactly.significantSupplier()).isFalse();
		assertThat(exactly.tests().get(0).comparison()).isEqualTo(
				"payments by the Company in the last full fiscal year 2025: 5% of the group's revenue ≤ (not in excess of) 5%");
		assertThat(above.significantSupplier()).isTrue();
	}

	@Test
	void twoSubsidiariesInTwoCurrenciesTogetherMakeASupplierSignificantAtTheRatesOfTheYearsEnd() {
		GroupFigures.Rate eur = new GroupFigures.Rate(Currency.getInstance("EUR"), new BigDecimal("1.10"),
				LocalDate.of(2025, 12, 31));
		GroupFigures.Rate eurLater = new GroupFigures.Rate(Currency.getInstance("EUR"), new BigDecimal("2.00"),
				LocalDate.of(2026, 2, 1));
		GroupFigures.Rate jpy = new GroupFigures.Rate(Currency.getInstance("JPY"), new BigDecimal("0.0070"),
				LocalDate.of(2025, 6, 30));
		// 3,000,000 EUR = 3,300,000 USD and 300,000,000 JPY = 2,100,000 USD: 5.4% of
		// 100,000,000 USD
		List<SignificanceCalculator.PaymentFact> payments = List.of(paid("acme-de", 2025, "3000000", "EUR"),
				paid("acme-jp", 2025, "300000000", "JPY"));

		Significance each = CALCULATOR.assess(EnumSet.of(CounterpartyKind.SUPPLIER), null, payments.subList(0, 1),
				group("100000000", eur, eurLater, jpy));
		Significance together = CALCULATOR.assess(EnumSet.of(CounterpartyKind.SUPPLIER), null, payments,
				group("100000000", eur, eurLater, jpy));

		assertThat(each.significantSupplier()).isFalse();
		assertThat(together.significantSupplier()).isTrue();
		assertThat(together.tests().get(0).payments()).isEqualTo(new Money(new BigDecimal("5400000.0000"), USD));
		assertThat(together.tests().get(0).percent()).isEqualByComparingTo("5.4");
		assertThat(together.ratesUsed()).extracting(Significance.RateUsed::effectiveDate)
			.containsExactlyInAnyOrder(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 6, 30));
	}

	@Test
	void aSupplierIsAlsoSignificantAgainstItsOwnRevenue() {
		Significance significance = CALCULATOR.assess(EnumSet.of(CounterpartyKind.SUPPLIER),
				Money.of("10000000", "USD"), List.of(paid("acme", 2026, "600000", "USD")), group("100000000"));

		assertThat(significance.significantSupplier()).isTrue();
		assertThat(significance.tests()).filteredOn(Significance.Test::significant).singleElement().satisfies((t) -> {
			assertThat(t.definition()).isEqualTo(Significance.Definition.SIGNIFICANT_SUPPLIER_OWN_REVENUE);
			assertThat(t.basis()).isEqualTo(Significance.Basis.CURRENT_YEAR);
			assertThat(t.comparison())
				.contains("proposed for the current fiscal year 2026: 6% of the supplier's own revenue > 5%");
		});
	}

	@Test
	void aCustomersPaymentsToTheCompanyCountAndOlderYearsDoNot() {
		var toCompany = new SignificanceCalculator.PaymentFact("acme", 2024, PaymentDirection.TO_COMPANY,
				Money.of("9000000", "USD"));
		var recent = new SignificanceCalculator.PaymentFact("acme", 2026, PaymentDirection.TO_COMPANY,
				Money.of("5100000", "USD"));

		assertThat(
				CALCULATOR.assess(EnumSet.of(CounterpartyKind.CUSTOMER), null, List.of(toCompany), group("100000000"))
					.significantCustomer())
			.isFalse();
		assertThat(CALCULATOR
			.assess(EnumSet.of(CounterpartyKind.CUSTOMER), null, List.of(toCompany, recent), group("100000000"))
			.significantCustomer()).isTrue();
	}

	@Test
	void aMissingRateLeavesSignificanceUnknownWithTheGapNamed() {
		Significance significance = CALCULATOR.assess(EnumSet.of(CounterpartyKind.SUPPLIER), null,
				List.of(paid("acme-jp", 2025, "300000000", "JPY")), group("100000000"));

		assertThat(significance.significantSupplier()).isNull();
		assertThat(significance.gaps()).contains("no JPY rate into USD in force on 2025-12-31");
	}

}
