package io.conduct.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * One person's part in a campaign: the certification they owe by a due date, and how far
 * the reminder and escalation ladder has gone. Its fields come in named groups, each
 * stored unwrapped, so the document keeps one flat field per value and a new field
 * touches one group.
 *
 * @param id {@code <campaign>:<person>}, so that assigning twice keeps one
 * @param asked who is asked, in which campaign, and when
 * @param due the due date
 * @param ladder the reminder and escalation steps taken and the next one
 * @param settlement where it stands: pending, or how and when it was settled
 */
@Document("certification_assignments")
record CertificationAssignment(@Id String id, @Unwrapped.Empty Asked asked, @Unwrapped.Empty Due due,
		@Unwrapped.Empty Ladder ladder, @Unwrapped.Empty Settlement settlement) {

	static String idOf(String campaignId, String personId) {
		return campaignId + ":" + personId;
	}

	static CertificationAssignment of(String campaignId, String personId, String department, LocalDate dueDate,
			Instant dueAt, Instant now) {
		return new CertificationAssignment(idOf(campaignId, personId), new Asked(campaignId, personId, department, now),
				new Due(dueDate, dueAt), new Ladder(List.of(), now, null),
				new Settlement(Status.PENDING, null, null, null));
	}

	/**
	 * Who a campaign asks.
	 *
	 * @param campaignId the campaign
	 * @param personId the person
	 * @param department the person's department when assigned, for completion by
	 * department ({@code ""} for none, never null: cursors and ranges compare strings
	 * only)
	 * @param assignedAt when it was assigned
	 */
	record Asked(String campaignId, String personId, String department, Instant assignedAt) {

		Asked {
			department = (department != null) ? department : "";
		}

	}

	/**
	 * When it is due.
	 *
	 * @param dueDate the last day to certify, in the tenant's zone
	 * @param dueAt the end of that day
	 */
	record Due(LocalDate dueDate, Instant dueAt) {
	}

	/**
	 * How far the reminder and escalation ladder has gone.
	 *
	 * @param steps the ladder's steps done (notifications written)
	 * @param nextStepAt when the next step falls due; none when the ladder is done
	 * @param overdueSince when it became overdue
	 */
	record Ladder(List<String> steps, Instant nextStepAt, Instant overdueSince) {

		Ladder {
			steps = (steps != null) ? List.copyOf(steps) : List.of();
		}

	}

	/**
	 * Where it stands.
	 *
	 * @param status pending, completed, certified with an exception, or withdrawn
	 * @param certificationId the certification that settled it
	 * @param completedAt when
	 * @param referral the CFO/CAO's referral for discipline, if any
	 */
	record Settlement(Status status, String certificationId, Instant completedAt, Referral referral) {
	}

	public String campaignId() {
		return this.asked.campaignId();
	}

	public String personId() {
		return this.asked.personId();
	}

	public String department() {
		return this.asked.department();
	}

	public Instant assignedAt() {
		return this.asked.assignedAt();
	}

	public LocalDate dueDate() {
		return this.due.dueDate();
	}

	public Instant dueAt() {
		return this.due.dueAt();
	}

	public List<String> steps() {
		return this.ladder.steps();
	}

	public Instant nextStepAt() {
		return this.ladder.nextStepAt();
	}

	public Instant overdueSince() {
		return this.ladder.overdueSince();
	}

	public Status status() {
		return this.settlement.status();
	}

	public String certificationId() {
		return this.settlement.certificationId();
	}

	public Instant completedAt() {
		return this.settlement.completedAt();
	}

	public Referral referral() {
		return this.settlement.referral();
	}

	/** The ladder's steps taken, as recorded. */
	List<Escalation> escalations() {
		return steps().stream().map(Escalation::parse).toList();
	}

	boolean isPending() {
		return status() == Status.PENDING;
	}

	boolean isOverdueAt(Instant now) {
		return isPending() && !now.isBefore(dueAt());
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
