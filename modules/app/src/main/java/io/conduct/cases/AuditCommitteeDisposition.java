package io.conduct.cases;

/**
 * Where an accounting concern went, in the Audit Committee's record.
 */
enum AuditCommitteeDisposition {

	/** The CFO/CAO and the CEO, two distinct people, both found it without merit. */
	WITHOUT_MERIT,

	/** It went to the Audit Committee. */
	AUDIT_COMMITTEE,

	/** The merit review is not decided yet. */
	MERIT_REVIEW_PENDING;

	static AuditCommitteeDisposition of(Case concern) {
		if (concern.meritReview() == null) {
			return AUDIT_COMMITTEE;
		}
		return switch (concern.meritReview().status()) {
			case WITHOUT_MERIT -> WITHOUT_MERIT;
			case FORWARDED -> AUDIT_COMMITTEE;
			case PENDING -> MERIT_REVIEW_PENDING;
		};
	}

}
