package io.conduct.trading;

import java.time.Instant;
import java.time.LocalDate;

import io.conduct.people.PersonType;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Rule 10b5-1 plan a person adopted for the Company's securities: trades under it are
 * cleared by it once its cooling-off period has ended (computed when read, from the
 * quarter's periodic report once entered), until its last day. A person's plans never
 * overlap.
 *
 * @param id the id
 * @param personId whose
 * @param securityId the Company's security it trades
 * @param personType the person's type when it was adopted (directors and officers cool
 * off longer)
 * @param adoptionDate the day it was adopted
 * @param endDate its last day
 * @param description what it provides, in the person's words
 * @param recordedAt when it was recorded
 */
@Document("trading_plans")
record TradingPlan(@Id String id, String personId, String securityId, PersonType personType, LocalDate adoptionDate,
		LocalDate endDate, String description, Instant recordedAt) {

	boolean overlaps(LocalDate start, LocalDate end) {
		return !start.isAfter(this.endDate) && !end.isBefore(this.adoptionDate);
	}

}
