package io.conduct.trading;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entry of the watch list, which only the CFO/CAO sees: requests and trades in the
 * security are flagged to them, nothing is denied and nobody else is told.
 *
 * @param id the id
 * @param securityId the security
 * @param startDate its first day
 * @param endDate its last day; {@code null} until further notice
 * @param note why it is watched
 * @param addedBy the subject of the CFO/CAO who added it
 * @param addedAt when
 */
@Document("trading_watch_list")
record WatchListEntry(@Id String id, String securityId, LocalDate startDate, LocalDate endDate, String note,
		String addedBy, Instant addedAt) {

	RequestFacts.Watch facts() {
		return new RequestFacts.Watch(this.id, this.securityId, this.startDate, this.endDate, this.note);
	}

	WatchListEntry endingOn(LocalDate day) {
		return new WatchListEntry(this.id, this.securityId, this.startDate, day, this.note, this.addedBy, this.addedAt);
	}

}
