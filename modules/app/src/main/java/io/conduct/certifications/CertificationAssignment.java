package io.conduct.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's part in a campaign: the certification they owe by a due date, and how far
 * the reminder and escalation ladder has gone.
 *
 * @param id {@code <campaign>:<person>}, so that assigning twice keeps one
 * @param campaignId the campaign
 * @param personId the person
 * @param department the person's department when assigned, for completion by department
 * ({@code ""} for none, never null: cursors and ranges compare strings only)
 * @param dueDate the last day to certify, in the tenant's zone
 * @param dueAt the end of that day
 * @param status pending, completed, certified with an exception, or withdrawn
 * @param steps the ladder's steps done (notifications written)
 * @param nextStepAt when the next step falls due; none when the ladder is done
 * @param overdueSince when it became overdue
 * @param certificationId the certification that settled it
 * @param completedAt when
 * @param referral the CFO/CAO's referral for discipline, if any
 * @param assignedAt when it was assigned
 */
@Document("certification_assignments")
record CertificationAssignment(@Id String id, String campaignId, String personId, String department, LocalDate dueDate,
		Instant dueAt, Status status, List<String> steps, Instant nextStepAt, Instant overdueSince,
		String certificationId, Instant completedAt, Referral referral, Instant assignedAt) {

	public CertificationAssignment {
		steps = (steps != null) ? List.copyOf(steps) : List.of();
		department = (department != null) ? department : "";
	}

	static String idOf(String campaignId, String personId) {
		return campaignId + ":" + personId;
	}

	static CertificationAssignment of(String campaignId, String personId, String department, LocalDate dueDate,
			Instant dueAt, Instant now) {
		// "" rather than null for none: cursors and ranges compare strings only
		return new CertificationAssignment(idOf(campaignId, personId), campaignId, personId,
				(department != null) ? department : "", dueDate, dueAt, Status.PENDING, List.of(), now, null, null,
				null, null, now);
	}

	/** The ladder's steps taken, as recorded. */
	List<Escalation> escalations() {
		return this.steps.stream().map(Escalation::parse).toList();
	}

	boolean isPending() {
		return this.status == Status.PENDING;
	}

	boolean isOverdueAt(Instant now) {
		return isPending() && !now.isBefore(this.dueAt);
	}

	public enum Status {

		PENDING, COMPLETED, EXCEPTION_RAISED,

		/** The person left before certifying: not counted. */
		WITHDRAWN

	}

	/**
	 * The CFO/CAO referred an overdue certification to the discipline process.
	 *
	 * @param by who referred it
	 * @param at when
	 * @param note why, or what was decided
	 */
	public record Referral(String by, Instant at, String note) {
	}

}
