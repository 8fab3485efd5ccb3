package io.conduct.disclosures;

import java.time.Instant;

import io.conduct.platform.money.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one company of the group paid a counterparty, or was paid by it, in one of the
 * group's fiscal years; kept with the register in the top company's database. Its id is
 * its key, so recording it again replaces the amount in one write.
 *
 * @param id counterparty, tenant, fiscal year and direction
 * @param counterpartyId the counterparty
 * @param tenantKey the company of the group
 * @param fiscalYear the group's fiscal year, by the calendar year it starts in
 * @param direction to or by the Company
 * @param amount the amount, in the currency recorded
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
@Document("counterparty_payments")
public record CounterpartyPayment(@Id String id, String counterpartyId, String tenantKey, int fiscalYear,
		PaymentDirection direction, Money amount, String recordedBy, Instant recordedAt) {

	static String idOf(String counterpartyId, String tenantKey, int fiscalYear, PaymentDirection direction) {
		return counterpartyId + "|" + fiscalYear + "|" + tenantKey + "|" + direction;
	}

	SignificanceCalculator.PaymentFact fact() {
		return new SignificanceCalculator.PaymentFact(this.tenantKey, this.fiscalYear, this.direction, this.amount);
	}

}
