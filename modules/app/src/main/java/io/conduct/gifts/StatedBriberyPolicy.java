package io.conduct.gifts;

/**
 * The recorder says the entry is a bribe or a kickback: no amount makes it one or not.
 */
final class StatedBriberyPolicy implements GiftPolicy {

	@Override
	public Assessment assess(GiftRules.Rule rule, GiftFacts facts, Thresholds thresholds) {
		return facts.statedBriberyOrKickback()
				? new Assessment(true, "stated a bribe or kickback", null,
						"the recorder says it is a bribe or kickback (" + facts.valueInWords()
								+ "): never accepted, given or approved, whatever its amount")
				: new Assessment(false, "not stated a bribe or kickback", null,
						"the recorder does not say it is a bribe or kickback");
	}

}
