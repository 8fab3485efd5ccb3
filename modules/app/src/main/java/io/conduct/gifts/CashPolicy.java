package io.conduct.gifts;

import java.util.Locale;

/** Cash or a cash equivalent, whatever the amount. */
final class CashPolicy implements GiftPolicy {

	@Override
	public Assessment assess(GiftRules.Rule rule, GiftFacts facts, Thresholds thresholds) {
		String form = facts.form().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return facts.form().isCashLike()
				? new Assessment(true, form, null, form + " of " + facts.valueInWords()
						+ ": a form of bribe or kickback, never accepted, given or approved, whatever its amount")
				: new Assessment(false, form, null, "in kind, not cash");
	}

}
