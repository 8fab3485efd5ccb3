package io.conduct.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the handlers and investigators record on a case: allegations with their findings,
 * tasks, interviews and evidence, and the results with a recommendation.
 *
 * @param allegations what the case alleges, with the findings
 * @param entries tasks, interviews and evidence
 * @param results the results and recommendation, once submitted
 */
record InvestigationRecord(List<Allegation> allegations, List<Entry> entries, Results results) {

	/** Nothing recorded yet. */
	static final InvestigationRecord NONE = new InvestigationRecord(List.of(), List.of(), null);

	InvestigationRecord {
		allegations = (allegations != null) ? List.copyOf(allegations) : List.of();
		entries = (entries != null) ? List.copyOf(entries) : List.of();
	}

	Optional<Allegation> allegation(String id) {
		return this.allegations.stream().filter((a) -> a.id().equals(id)).findFirst();
	}

	Optional<Entry> entry(String id) {
		return this.entries.stream().filter((e) -> e.id().equals(id)).findFirst();
	}

	/**
	 * A piece of the investigation's work: a task, an interview (whose interviewee served
	 * as a witness, and is protected like a reporter), or evidence.
	 *
	 * @param id the id
	 * @param type task, interview or evidence
	 * @param summary what it is
	 * @param personId the interviewee or the person the task concerns, if any
	 * @param attachments files, for evidence
	 * @param by who recorded it
	 * @param at when
	 */
	record Entry(String id, Type type, String summary, String personId, List<Attachment> attachments, String by,
			Instant at) {

		Entry {
			attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		}

		/** Kinds of investigation work. */
		enum Type {

			TASK(CaseEventType.TASK_RECORDED), INTERVIEW(CaseEventType.INTERVIEW_RECORDED),
			EVIDENCE(CaseEventType.EVIDENCE_RECORDED);

			private final CaseEventType recorded;

			Type(CaseEventType recorded) {
				this.recorded = recorded;
			}

			/** What the timeline records for it. */
			CaseEventType recorded() {
				return this.recorded;
			}

		}

	}

	/**
	 * The results of looking into a case.
	 *
	 * @param summary what was found
	 * @param recommendation what to do
	 * @param by who submitted them
	 * @param at when
	 * @param toBoard whether they went to the Board for decision
	 */
	record Results(String summary, String recommendation, String by, Instant at, boolean toBoard) {
	}

}
