package io.conduct.gifts;

import java.time.Instant;

import io.conduct.platform.money.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's thresholds for gifts and entertainment, in its currency, set by its CFO/CAO;
 * until they are set, the rules file's defaults apply, converted into the tenant's
 * currency (then {@code source} is {@code DEFAULTS} and nothing is stored).
 *
 * @param id always {@link #ID}: one document per tenant
 * @param source whose thresholds they are
 * @param insignificantValue the most a gift may be worth and be of insignificant value
 * @param entertainmentPerPerson the most entertainment may cost per person entertained
 * @param entertainmentPerEvent the most an event of entertainment may cost
 * @param entertainmentFrequency the most events of entertainment with one counterparty
 * and person in twelve months, across the group
 * @param dispositionDueBusinessDays business days of the tenant's calendar to dispose of
 * a gift that is not of insignificant value
 * @param updatedBy who set them
 * @param updatedAt when
 */
@Document("gift_settings")
public record GiftSettings(@Id String id, Source source, Money insignificantValue, Money entertainmentPerPerson,
		Money entertainmentPerEvent, int entertainmentFrequency, int dispositionDueBusinessDays, String updatedBy,
		Instant updatedAt) {

	static final String ID = "current";

	static final int MAX_DUE_DAYS = 60;

	static final int MAX_FREQUENCY = 365;

	Thresholds thresholds(String source) {
		return new Thresholds(this.insignificantValue, this.entertainmentPerPerson, this.entertainmentPerEvent,
				this.entertainmentFrequency, this.dispositionDueBusinessDays, source);
	}

	/** Whose thresholds they are. */
	public enum Source {

		/** Set by the tenant's CFO/CAO. */
		TENANT,

		/** The rules file's defaults, converted into the tenant's currency. */
		DEFAULTS

	}

}
