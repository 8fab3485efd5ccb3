package io.conduct.disclosures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A share of a whole, compared exactly: a part of a whole is never rounded before it is
 * compared with a threshold, so 10,000 of 1,000,000 shares is exactly 1% and not "less
 * than one percent".
 *
 * @param part the part (shares held, payments)
 * @param whole the whole (outstanding shares, revenue); {@code 100} for a percentage
 * given as such
 */
record Percent(BigDecimal part, BigDecimal whole) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static Percent given(BigDecimal percent) {
		return new Percent(percent, HUNDRED);
	}

	static Percent of(BigDecimal part, BigDecimal whole) {
		return new Percent(part, whole);
	}

	/** Negative, zero or positive as this is below, at or above the percentage. */
	int compareTo(BigDecimal percent) {
		return this.part.multiply(HUNDRED).compareTo(percent.multiply(this.whole));
	}

	/** The percentage, for people and records (4 decimals at most). */
	BigDecimal value() {
		return this.part.multiply(HUNDRED)
			.divide(this.whole, MathContext.DECIMAL64)
			.setScale(4, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

	@Override
	public String toString() {
		return words(value());
	}

	static String words(BigDecimal percent) {
		return percent.stripTrailingZeros().toPlainString() + "%";
	}

}
