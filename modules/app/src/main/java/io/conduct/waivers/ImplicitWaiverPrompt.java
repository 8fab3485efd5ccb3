package io.conduct.waivers;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A substantiated allegation against an executive officer or a director, watched from the
 * finding on: if no measure is decided on the person in the case within the tenant's
 * number of days, the CFO/CAO is asked whether not acting is a waiver of the Code to be
 * disclosed. One document in the tenant's database, its id made from the case and the
 * allegation, so that the same finding is watched once.
 *
 * @param id {@code <case>.<allegation>}
 * @param caseId the case
 * @param allegationId the allegation
 * @param subjectPersonId whom it concerns
 * @param substantiatedAt when the finding was recorded
 * @param stage where it stands
 * @param promptAfterDays the days without a measure that raised the prompt
 * @param promptedAt when the prompt was raised
 * @param answer the answer, once given
 * @param answerNote why
 * @param answeredByPersonId who answered, if in the directory
 * @param answeredBySubject their identity
 * @param answeredAt when
 * @param measureDecidedAt when a measure was decided, if one was
 * @param disclosureClockId the disclosure clock of an implicit waiver
 * @param clockPending whether that clock is still to be written
 */
@Document("implicit_waiver_prompts")
record ImplicitWaiverPrompt(@Id String id, String caseId, String allegationId, String subjectPersonId,
		Instant substantiatedAt, Stage stage, Integer promptAfterDays, Instant promptedAt, Answer answer,
		String answerNote, String answeredByPersonId, String answeredBySubject, Instant answeredAt,
		Instant measureDecidedAt, String disclosureClockId, boolean clockPending) {

	static final String TYPE = "ImplicitWaiverPrompt";

	static ImplicitWaiverPrompt watching(String caseId, String allegationId, String subjectPersonId, Instant at) {
		return new ImplicitWaiverPrompt(caseId + "." + allegationId, caseId, allegationId, subjectPersonId, at,
				Stage.WATCHING, null, null, null, null, null, null, null, null, null, false);
	}

	/** Where a watched finding stands; only prompted ones are shown. */
	enum Stage {

		/** Watched: no measure yet, and the days have not passed. */
		WATCHING,

		/** The prompt is raised and waits for an answer. */
		OPEN,

		/** Answered. */
		ANSWERED,

		/** A measure was decided: nothing (more) to ask. */
		MEASURE_DECIDED

	}

	/** The answer to a prompt. */
	enum Answer {

		IS_WAIVER, NOT_A_WAIVER

	}

}
