package io.conduct.gifts;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.conduct.platform.money.Money;

/**
 * Entertainment's value per person entertained above the tenant's threshold per person.
 */
final class PerPersonAbovePolicy implements GiftPolicy {

	@Override
	public Assessment assess(GiftRules.Rule rule, GiftFacts facts, Thresholds thresholds) {
		Money threshold = thresholds.money(rule.threshold());
		int people = Math.max(facts.attendees(), 1);
		Money perPerson = new Money(facts.value()
			.amount()
			.divide(BigDecimal.valueOf(people), Amounts.digits(facts.value().currency()), RoundingMode.HALF_EVEN),
				facts.value().currency());
		boolean above = perPerson.amount().compareTo(threshold.amount()) > 0;
		String figure = Amounts.words(perPerson) + " per person (" + facts.valueInWords() + " for " + people + ")";
		return new Assessment(above, figure, Amounts.words(threshold), figure + (above ? " > " : " ≤ ")
				+ Amounts.words(threshold) + ", " + Thresholds.words(rule.threshold()));
	}

}
