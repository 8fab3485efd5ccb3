package io.conduct.oversight;

/**
 * One figure of the analytics: a value, or suppressed because it would tell about fewer
 * than {@value #MINIMUM_CASES} cases, directly or by difference from figures shown.
 *
 * @param value the value; null when suppressed or when there is nothing to compute it
 * from
 * @param suppressed whether it is withheld
 * @param reason why it is withheld
 * @param basis how many cases it is computed from (never served: suppression is decided
 * on it)
 */
record Figure(Double value, boolean suppressed, Reason reason, long basis) {

	/** Fewer cases than this identify people. */
	static final int MINIMUM_CASES = 5;

	/** Why a figure is withheld (the GraphQL enum SuppressionReason). */
	enum Reason {

		FEWER_THAN_FIVE_CASES, COMPLEMENTARY

	}

	/** A count of cases: withheld from 1 to 4 (none is shown: it tells about nobody). */
	static Figure count(long count) {
		return (count > 0 && count < MINIMUM_CASES) ? new Figure(null, true, Reason.FEWER_THAN_FIVE_CASES, count)
				: new Figure((double) count, false, null, count);
	}

	/**
	 * A figure computed from {@code basis} cases: withheld when they are 1 to 4; null
	 * when there are none.
	 */
	static Figure of(Double value, long basis) {
		if (basis == 0) {
			return new Figure(null, false, null, 0);
		}
		if (basis < MINIMUM_CASES) {
			return new Figure(null, true, Reason.FEWER_THAN_FIVE_CASES, basis);
		}
		return new Figure(value, false, null, basis);
	}

	/** A share of {@code part} in {@code whole}, computed from the whole. */
	static Figure share(long part, long whole) {
		return of((whole == 0) ? null : (double) part / whole, whole);
	}

	Figure withheldAsComplement() {
		return new Figure(null, true, Reason.COMPLEMENTARY, this.basis);
	}

}
