package io.conduct.platform.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency. Amounts never travel without their currency.
 *
 * @param amount the amount, never {@code null}
 * @param currency the currency, never {@code null}
 */
public record Money(BigDecimal amount, Currency currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(String amount, String currencyCode) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
	}

	/**
	 * Whether this amount exceeds the given percentage of a base amount in the same
	 * currency.
	 */
	public boolean exceedsPercentOf(BigDecimal percent, Money base) {
		if (!this.currency.equals(base.currency)) {
			throw new IllegalArgumentException("Cannot compare " + this.currency + " with " + base.currency);
		}
		return this.amount.multiply(BigDecimal.valueOf(100)).compareTo(base.amount.multiply(percent)) > 0;
	}

}
