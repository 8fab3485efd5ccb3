package io.conduct.gifts;

import java.time.LocalDate;

import io.conduct.platform.money.Money;

/**
 * An entry as the person records it.
 *
 * @param kind gift, gratuity, favour or entertainment
 * @param direction received or given
 * @param response offered, accepted or declined
 * @param form in kind (when absent), cash or a cash equivalent
 * @param statedBriberyOrKickback whether the person says it is a bribe or kickback
 * @param companyFunds whether it is paid with Company funds or assets (given only)
 * @param lawfulAndUnconditional whether the giver confirms it complies with applicable
 * law and expects no action in return (given only)
 * @param counterparty the other side
 * @param relativeId the declaration of the member of the person's immediate family who
 * received it ({@code personId/declarationId}), when not the person
 * @param description what it was
 * @param date when it was offered, given or received
 * @param attendees how many people the entertainment was for
 * @param value its value in its own currency
 */
public record GiftRecording(GiftKind kind, GiftDirection direction, GiftResponse response, GiftForm form,
		Boolean statedBriberyOrKickback, Boolean companyFunds, Boolean lawfulAndUnconditional,
		CounterpartyGiven counterparty, String relativeId, String description, LocalDate date, Integer attendees,
		Money value) {

	/**
	 * The other side, from the group's register or named.
	 *
	 * @param counterpartyId the register's counterparty
	 * @param name a name, when it is not in the register
	 * @param kind what a named counterparty is
	 */
	public record CounterpartyGiven(String counterpartyId, String name, GiftCounterpartyKind kind) {
	}

}
