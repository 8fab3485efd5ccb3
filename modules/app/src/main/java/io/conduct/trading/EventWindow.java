package io.conduct.trading;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event window the CFO/CAO opened for named people (a deal, a pending announcement):
 * while it is open their requests for the securities it covers are denied, and they are
 * told only "not cleared; contact the CFO/CAO". Nobody but the CFO/CAO learns it exists.
 *
 * @param id the id
 * @param name its name, for the CFO/CAO
 * @param personIds the people in it
 * @param securityIds the securities it covers; empty for the Company's
 * @param openedAt when it opened
 * @param closedAt when it closed; {@code null} while open
 * @param openedBy the subject of the CFO/CAO who opened it
 */
@Document("trading_event_windows")
record EventWindow(@Id String id, String name, List<String> personIds, List<String> securityIds, Instant openedAt,
		Instant closedAt, String openedBy) {

	EventWindow {
		personIds = (personIds != null) ? List.copyOf(personIds) : List.of();
		securityIds = (securityIds != null) ? List.copyOf(securityIds) : List.of();
	}

	boolean isOpen() {
		return this.closedAt == null;
	}

	RequestFacts.Window facts() {
		return new RequestFacts.Window(this.id, this.name, Set.copyOf(this.personIds), Set.copyOf(this.securityIds),
				this.openedAt, this.closedAt);
	}

}
