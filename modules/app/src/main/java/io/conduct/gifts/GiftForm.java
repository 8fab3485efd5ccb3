package io.conduct.gifts;

/** What the gift is made of. */
public enum GiftForm {

	/** Goods, services, tickets, meals: anything but money. */
	IN_KIND,

	/** Cash. */
	CASH,

	/**
	 * As good as cash: gift cards, vouchers, securities, a loan, a payment to an account.
	 */
	CASH_EQUIVALENT;

	boolean isCashLike() {
		return this != IN_KIND;
	}

}
