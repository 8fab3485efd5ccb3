package io.conduct.cases;

/**
 * Where a case stands.
 */
public enum CaseStatus {

	/** Received, not yet acknowledged to the reporter. */
	RECEIVED,

	/** The reporter was told the report was received. */
	ACKNOWLEDGED,

	/** Closed with feedback to the reporter. */
	CLOSED

}
