package io.conduct.cases;

import java.time.Instant;
import java.util.UUID;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A disciplinary measure or referral decided on a case, in a collection of its own (a
 * case has any number of them). A measure against someone protected as a recent reporter
 * or witness is held until a retaliation review is recorded.
 *
 * @param id the id
 * @param caseId the case
 * @param personId whom it concerns
 * @param kind what
 * @param note why
 * @param status final, held for review, or revoked
 * @param decidedByRole the role it was decided in
 * @param decidedBy who decided
 * @param decidedAt when
 * @param review the retaliation review, once recorded
 */
@Document("case_measures")
record CaseMeasure(@Id String id, String caseId, String personId, MeasureKind kind, String note, MeasureStatus status,
		Role decidedByRole, String decidedBy, Instant decidedAt, Review review) {

	static final String TYPE = "CaseMeasure";

	/**
	 * A measure just decided: final, or held for a retaliation review when it concerns a
	 * protected reporter or witness.
	 */
	static CaseMeasure decided(String caseId, String personId, MeasureKind kind, String note, boolean heldForReview,
			Role decidedByRole, String decidedBy, Instant decidedAt) {
		return new CaseMeasure(UUID.randomUUID().toString(), caseId, personId, kind, note,
				heldForReview ? MeasureStatus.HELD_FOR_RETALIATION_REVIEW : MeasureStatus.FINAL, decidedByRole,
				decidedBy, decidedAt, null);
	}

	/**
	 * A retaliation review of a held measure.
	 *
	 * @param retaliation whether the measure was found to be retaliation
	 * @param note why
	 * @param reviewedByRole CFO_CAO or AUDIT_COMMITTEE
	 * @param reviewedBy who reviewed
	 * @param at when
	 */
	record Review(boolean retaliation, String note, Role reviewedByRole, String reviewedBy, Instant at) {
	}

}
