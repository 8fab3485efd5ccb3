package io.conduct.cases;

import java.time.Instant;
import java.util.List;

/**
 * A piece of the investigation's work: a task, an interview (whose interviewee served as
 * a witness, and is protected like a reporter), or evidence.
 *
 * @param id the id
 * @param type task, interview or evidence
 * @param summary what it is
 * @param personId the interviewee or the person the task concerns, if any
 * @param attachments files, for evidence
 * @param by who recorded it
 * @param at when
 */
public record InvestigationEntry(String id, Type type, String summary, String personId,
		List<Case.Attachment> attachments, String by, Instant at) {

	public InvestigationEntry {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** Kinds of investigation work. */
	public enum Type {

		TASK, INTERVIEW, EVIDENCE

	}

}
