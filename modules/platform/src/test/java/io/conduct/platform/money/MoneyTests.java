package io.conduct.platform.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTests {

	@Test
	void comparesAgainstAPercentageOfABaseInTheSameCurrency() {
		Money revenue = Money.of("1000000", "EUR");

		assertThat(Money.of("50000.01", "EUR").exceedsPercentOf(new BigDecimal("5"), revenue)).isTrue();
		assertThat(Money.of("50000.00", "EUR").exceedsPercentOf(new BigDecimal("5"), revenue)).isFalse();
	}

	@Test
	void refusesToCompareAcrossCurrencies() {
		assertThatThrownBy(() -> Money.of("1", "USD").exceedsPercentOf(BigDecimal.ONE, Money.of("1", "EUR")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
