package io.conduct.cases;

import java.time.Instant;

/**
 * Something that happened to a case, on its append-only timeline.
 *
 * @param type what
 * @param at when
 * @param actorSubject who did it; {@code null} for the reporter or the system
 * @param note a short explanation
 */
record CaseEvent(CaseEventType type, Instant at, String actorSubject, String note) {

	static CaseEvent of(CaseEventType type, Instant at, String actorSubject) {
		return new CaseEvent(type, at, actorSubject, null);
	}

}
