package io.conduct.gifts;

import io.conduct.platform.money.Money;

/**
 * The value in the tenant's currency above a threshold: strictly above, so a gift worth
 * exactly the insignificant value is of insignificant value.
 */
final class ValueAbovePolicy implements GiftPolicy {

	@Override
	public Assessment assess(GiftRules.Rule rule, GiftFacts facts, Thresholds thresholds) {
		Money threshold = thresholds.money(rule.threshold());
		boolean above = facts.value().amount().compareTo(threshold.amount()) > 0;
		return new Assessment(above, facts.valueInWords(), Amounts.words(threshold), facts.valueInWords()
				+ (above ? " > " : " ≤ ") + Amounts.words(threshold) + ", " + Thresholds.words(rule.threshold()));
	}

}
