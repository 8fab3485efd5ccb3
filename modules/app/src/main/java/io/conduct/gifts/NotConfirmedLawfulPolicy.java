package io.conduct.gifts;

/**
 * Company funds for an employee or an official need the giver's confirmation that the
 * gift complies with applicable law and is not given for any action in return.
 */
final class NotConfirmedLawfulPolicy implements GiftPolicy {

	@Override
	public Assessment assess(GiftRules.Rule rule, GiftFacts facts, Thresholds thresholds) {
		boolean confirmed = Boolean.TRUE.equals(facts.lawfulAndUnconditional());
		return confirmed
				? new Assessment(false, "confirmed", "confirmed",
						"the giver confirms it complies with applicable law and expects no action in return")
				: new Assessment(true, "not confirmed", "confirmed",
						"the giver does not confirm that it complies with applicable law and expects no action in return");
	}

}
