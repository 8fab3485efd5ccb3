package io.conduct.gifts;

import io.conduct.platform.money.Money;

/**
 * What the engine judges an entry by. Framework-free.
 *
 * @param kind gift, gratuity, favour or entertainment
 * @param direction received or given
 * @param response offered, accepted or declined
 * @param form in kind, cash or a cash equivalent
 * @param statedBriberyOrKickback whether the recorder says it is a bribe or kickback
 * @param companyFunds whether paid with Company funds or assets
 * @param lawfulAndUnconditional whether the giver confirms lawfulness and no expectation
 * @param counterpartyKind who the other side is
 * @param counterpartyName its name
 * @param recorded the value as recorded
 * @param value the value in the tenant's currency, rounded to its minor unit
 * @param attendees how many people the entertainment was for (1 for others)
 * @param totals the group's totals with the counterparty, this entry included
 */
record GiftFacts(GiftKind kind, GiftDirection direction, GiftResponse response, GiftForm form,
		boolean statedBriberyOrKickback, boolean companyFunds, Boolean lawfulAndUnconditional,
		GiftCounterpartyKind counterpartyKind, String counterpartyName, Money recorded, Money value, int attendees,
		GiftTotals totals) {

	boolean declined() {
		return this.response == GiftResponse.DECLINED;
	}

	/** Given already, not only planned or offered. */
	boolean givenAlready() {
		return this.direction == GiftDirection.GIVEN && this.response == GiftResponse.ACCEPTED;
	}

	/** The value in words, with the recorded amount when it was converted. */
	String valueInWords() {
		String value = Amounts.words(this.value);
		return this.recorded.currency().equals(this.value.currency()) ? value
				: value + " (" + Amounts.words(this.recorded) + ")";
	}

}
