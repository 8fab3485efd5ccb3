package io.conduct.gifts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import io.conduct.platform.money.Money;

/** Amounts rounded to their currency's minor unit, in minor units, and in words. */
final class Amounts {

	private Amounts() {
	}

	static int digits(Currency currency) {
		return Math.max(currency.getDefaultFractionDigits(), 0);
	}

	/** Rounded half-even to the currency's minor unit (cents, or whole yen). */
	static Money rounded(Money money) {
		return new Money(money.amount().setScale(digits(money.currency()), RoundingMode.HALF_EVEN), money.currency());
	}

	/** In the currency's minor units, rounded half-even. */
	static long minorUnits(Money money) {
		return rounded(money).amount().movePointRight(digits(money.currency())).longValueExact();
	}

	static Money ofMinorUnits(long minorUnits, Currency currency) {
		return new Money(BigDecimal.valueOf(minorUnits, digits(currency)), currency);
	}

	/** E.g. {@code 120.00 EUR}. */
	static String words(Money money) {
		return rounded(money).amount().toPlainString() + " " + money.currency().getCurrencyCode();
	}

}
