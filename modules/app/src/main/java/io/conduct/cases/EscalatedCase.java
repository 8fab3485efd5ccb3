package io.conduct.cases;

import java.time.Instant;
import java.util.Set;

import io.conduct.platform.security.Role;

/**
 * The minimum of an escalated case that the group's Board or Audit Committee reads from
 * another tenant: what it is about in one word, where it stands and why it came to them;
 * never its description, its reporter or the people involved.
 *
 * @param caseId the case's id in its tenant
 * @param number the tenant's case number
 * @param status where it stands
 * @param kinds why it is escalated
 * @param category what it is about
 * @param channel how it came in
 * @param receivedAt when it came in
 * @param due the deadline it waits for: the acknowledgement while received, the feedback
 * while acknowledged; when it was closed, once closed
 * @param overdue whether that deadline passed while open
 * @param closedAt when it was closed, if it was
 * @param handlerRoles the roles that handle it
 * @param informedRoles the roles informed of it
 */
public record EscalatedCase(String caseId, String number, CaseStatus status, Set<EscalationKind> kinds,
		ReportCategory category, Channel channel, Instant receivedAt, Instant due, boolean overdue, Instant closedAt,
		Set<Role> handlerRoles, Set<Role> informedRoles) {

	/** The case's global id, as {@code case(id:)} and the cases mutations take it. */
	public String caseGlobalId() {
		return io.conduct.platform.graphql.GlobalId.encode(CaseIds.CASE, this.caseId);
	}

	/** Open matters come before closed ones. */
	public int rank() {
		return (this.status == CaseStatus.CLOSED) ? 1 : 0;
	}

	static EscalatedCase of(Case reported, Instant now) {
		Instant due = switch (reported.status()) {
			case RECEIVED -> reported.acknowledgementDue();
			case ACKNOWLEDGED -> reported.feedbackDue();
			case CLOSED -> reported.closedAt();
		};
		boolean overdue = reported.status() != CaseStatus.CLOSED && due != null && due.isBefore(now);
		return new EscalatedCase(reported.id(), reported.number(), reported.status(), EscalationKinds.of(reported),
				reported.category(), reported.channel(), reported.receivedAt(), due, overdue, reported.closedAt(),
				reported.handlerRoles(), reported.informedRoles());
	}

	/**
	 * A position in the order of urgency: open before closed, then by the deadline each
	 * waits for (so overdue ones first), then by id.
	 *
	 * @param rank 0 open, 1 closed
	 * @param due the deadline of the last one seen
	 * @param idAfter among those with that rank and deadline, the ones after this id
	 * ({@code ""} for all of them, {@code "\uffff"} for none: the caller merges several
	 * tenants' lists)
	 */
	public record Position(int rank, Instant due, String idAfter) {

		/** Ties with the position's deadline: none come after it. */
		public static final String NO_TIES = "\uffff";

	}

	/**
	 * Who reads: a member of the Board or of the Audit Committee, from this tenant or
	 * from one above it in the group.
	 *
	 * @param roles their roles among BOARD and AUDIT_COMMITTEE
	 * @param subject their identity in their own tenant
	 * @param email their e-mail in their own tenant's directory, by which they are known
	 * here if they work here too
	 */
	public record Reader(Set<Role> roles, String subject, String email) {
	}

	/**
	 * What to list.
	 *
	 * @param kinds these kinds only (empty for every kind)
	 * @param statuses these statuses only (empty for all)
	 * @param from received at or after (null for no bound)
	 * @param to received before (null for no bound)
	 */
	public record Filter(Set<EscalationKind> kinds, Set<CaseStatus> statuses, Instant from, Instant to) {

		public Filter {
			kinds = (kinds != null) ? Set.copyOf(kinds) : Set.of();
			statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
		}

	}

}
