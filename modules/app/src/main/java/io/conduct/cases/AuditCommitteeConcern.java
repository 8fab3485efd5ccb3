package io.conduct.cases;

import java.time.Instant;
import java.util.List;

/**
 * An accounting concern in the Audit Committee's record of a fiscal quarter.
 *
 * @param caseNumber the case number
 * @param receivedAt when it came in
 * @param status where the case stands
 * @param disposition where the concern went
 * @param description what it says
 * @param determinations the merit determinations recorded
 */
record AuditCommitteeConcern(String caseNumber, Instant receivedAt, CaseStatus status,
		AuditCommitteeDisposition disposition, String description, List<MeritReview.Determination> determinations) {

	static AuditCommitteeConcern of(Case concern) {
		return new AuditCommitteeConcern(concern.number(), concern.receivedAt(), concern.status(),
				AuditCommitteeDisposition.of(concern), concern.description(),
				(concern.meritReview() != null) ? concern.meritReview().determinations() : List.of());
	}

	/**
	 * The determinations in words, e.g. {@code CFO_CAO: without merit; CEO: has merit}.
	 */
	String determinationsInWords() {
		return String.join("; ",
				this.determinations.stream()
					.map((d) -> d.role() + (d.withoutMerit() ? ": without merit" : ": has merit"))
					.toList());
	}

}
