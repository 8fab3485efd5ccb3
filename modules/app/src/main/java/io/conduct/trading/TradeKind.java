package io.conduct.trading;

/** What a person asks to do, or did, with a security. */
enum TradeKind {

	/** A purchase. */
	BUY,

	/** A sale. */
	SELL,

	/** A gift of securities. */
	GIFT,

	/** The exercise of an option. */
	EXERCISE;

	/** A purchase, for the short-swing rule. */
	boolean isPurchase() {
		return this == BUY;
	}

	/** A sale, for the short-swing rule. */
	boolean isSale() {
		return this == SELL;
	}

	/** Whether a purchase and a sale (in either order) are the two kinds. */
	boolean opposes(TradeKind other) {
		return (isPurchase() && other.isSale()) || (isSale() && other.isPurchase());
	}

	String words() {
		return switch (this) {
			case BUY -> "purchase";
			case SELL -> "sale";
			case GIFT -> "gift";
			case EXERCISE -> "exercise";
		};
	}

}
