package io.conduct.cases;

/**
 * What can happen to a case: every type its timeline records (the GraphQL enum
 * {@code CaseEventType} lists the same values).
 */
enum CaseEventType {

	/** The report came in. */
	RECEIVED,

	/** A handler told the reporter the report was received. */
	ACKNOWLEDGED,

	/** The reporter wrote to the handlers. */
	REPORTER_MESSAGE,

	/** A handler wrote to the reporter. */
	HANDLER_MESSAGE,

	/** A handler decided to look into the case with an informal inquiry. */
	INFORMAL_INQUIRY_OPENED,

	/** A handler decided on a formal investigation. */
	FORMAL_INVESTIGATION_OPENED,

	/** An investigator was assigned. */
	INVESTIGATOR_ASSIGNED,

	/** An allegation was recorded. */
	ALLEGATION_ADDED,

	/** A finding on an allegation was recorded. */
	FINDING_RECORDED,

	/** A task of the investigation was recorded. */
	TASK_RECORDED,

	/** An interview was recorded. */
	INTERVIEW_RECORDED,

	/** Evidence was recorded. */
	EVIDENCE_RECORDED,

	/** The results and a recommendation were submitted. */
	RESULTS_RECORDED,

	/** The results went to the Board for decision. */
	RESULTS_TO_BOARD,

	/** A measure was decided and is in force. */
	MEASURE_DECIDED,

	/**
	 * A measure against a recent reporter or witness is held for a retaliation review.
	 */
	MEASURE_HELD_FOR_RETALIATION_REVIEW,

	/** The retaliation review of a held measure was recorded. */
	RETALIATION_REVIEW_RECORDED,

	/** A handler proposed that the report be found knowingly false. */
	KNOWINGLY_FALSE_PROPOSED,

	/** The Audit Committee did not find the report knowingly false. */
	KNOWINGLY_FALSE_REJECTED,

	/**
	 * The Audit Committee found the report knowingly false, which lifts its reporter's
	 * protection.
	 */
	REPORT_FOUND_KNOWINGLY_FALSE,

	/** One of the CFO/CAO and the CEO found an accounting concern without merit. */
	WITHOUT_MERIT_BY_ONE,

	/** Both found it without merit: it stays away from the Audit Committee. */
	WITHOUT_MERIT,

	/** A reviewer found that the accounting concern has merit. */
	MERIT_CONFIRMED,

	/** The accounting concern went to the Audit Committee. */
	FORWARDED_TO_AUDIT_COMMITTEE,

	/**
	 * The Audit Committee, having evaluated a forwarded accounting concern, recorded the
	 * follow-up it authorizes (or why none).
	 */
	AUDIT_COMMITTEE_FOLLOW_UP,

	/** The case was closed with feedback to the reporter. */
	CLOSED,

	/** Someone was marked as involved after intake. */
	INVOLVEMENT_ADDED,

	/** The routing rules routed the case again, on who is involved now. */
	REROUTED,

	/** A confidential reporter's identity was revealed to a handler, for a reason. */
	REPORTER_IDENTITY_REVEALED

}
