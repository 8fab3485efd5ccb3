package io.conduct.gifts;

import io.conduct.platform.money.Money;

/**
 * The thresholds an entry is judged against, in the tenant's currency. Framework-free.
 *
 * @param insignificantValue the most a gift may be worth and be of insignificant value
 * @param entertainmentPerPerson the most entertainment may cost per person entertained
 * @param entertainmentPerEvent the most an event of entertainment may cost
 * @param entertainmentFrequency the most events with one counterparty in twelve months
 * @param dispositionDueBusinessDays business days to dispose of a gift
 * @param source whose they are, in words (the tenant's, or the defaults converted)
 */
record Thresholds(Money insignificantValue, Money entertainmentPerPerson, Money entertainmentPerEvent,
		int entertainmentFrequency, int dispositionDueBusinessDays, String source) {

	Money money(GiftRules.Threshold threshold) {
		return switch (threshold) {
			case INSIGNIFICANT_VALUE -> this.insignificantValue;
			case ENTERTAINMENT_PER_PERSON -> this.entertainmentPerPerson;
			case ENTERTAINMENT_PER_EVENT -> this.entertainmentPerEvent;
			case ENTERTAINMENT_FREQUENCY -> throw new IllegalArgumentException("a count, not money");
		};
	}

	static String words(GiftRules.Threshold threshold) {
		return switch (threshold) {
			case INSIGNIFICANT_VALUE -> "the insignificant value";
			case ENTERTAINMENT_PER_PERSON -> "the threshold per person";
			case ENTERTAINMENT_PER_EVENT -> "the threshold per event";
			case ENTERTAINMENT_FREQUENCY -> "the limit of events in twelve months";
		};
	}

}
