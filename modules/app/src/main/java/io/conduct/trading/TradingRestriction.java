package io.conduct.trading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entry of the restricted list: requests for the security are denied, for everyone or
 * for the people named, from its first day until its last (or until further notice).
 *
 * @param id the id
 * @param securityId the security
 * @param scope everyone or the people named
 * @param personIds the people named
 * @param startDate its first day
 * @param endDate its last day; {@code null} until further notice
 * @param reason why, for the CFO/CAO
 * @param addedBy the subject of the CFO/CAO who added it
 * @param addedAt when
 */
@Document("trading_restrictions")
record TradingRestriction(@Id String id, String securityId, RestrictionScope scope, List<String> personIds,
		LocalDate startDate, LocalDate endDate, String reason, String addedBy, Instant addedAt) {

	TradingRestriction {
		personIds = (personIds != null) ? List.copyOf(personIds) : List.of();
	}

	RequestFacts.Restriction facts() {
		return new RequestFacts.Restriction(this.id, this.securityId, this.scope == RestrictionScope.EVERYONE,
				Set.copyOf(this.personIds), this.startDate, this.endDate);
	}

	TradingRestriction endingOn(LocalDate day) {
		return new TradingRestriction(this.id, this.securityId, this.scope, this.personIds, this.startDate, day,
				this.reason, this.addedBy, this.addedAt);
	}

}
