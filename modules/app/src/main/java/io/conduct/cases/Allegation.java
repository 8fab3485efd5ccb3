package io.conduct.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * What a case alleges, and what the investigation found.
 *
 * @param id the id
 * @param kind misconduct, or failing to cooperate with the investigation
 * @param summary what is alleged
 * @param subjectPersonId whom it concerns, if a directory person
 * @param finding what was found, once recorded
 * @param findingNote why
 * @param findingBy who recorded it
 * @param findingAt when
 */
record Allegation(String id, Kind kind, String summary, String subjectPersonId, Finding finding, String findingNote,
		String findingBy, Instant findingAt) {

	/** A new allegation, with no finding yet. */
	static Allegation alleged(Kind kind, String summary, String subjectPersonId) {
		return new Allegation(UUID.randomUUID().toString(), kind, summary, subjectPersonId, null, null, null, null);
	}

	/** What an allegation is about. */
	enum Kind {

		/** A violation of the Code, a law or a policy. */
		MISCONDUCT,

		/** Failing to cooperate with the investigation: a violation of its own. */
		NON_COOPERATION

	}

	/** What an investigation found on an allegation. */
	enum Finding {

		SUBSTANTIATED, UNSUBSTANTIATED, INCONCLUSIVE

	}

}
