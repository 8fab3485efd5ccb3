package io.conduct.oversight;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.cases.CaseStatus;
import io.conduct.cases.Channel;
import io.conduct.cases.EscalatedCase;
import io.conduct.cases.EscalationKind;
import io.conduct.cases.ReportCategory;
import io.conduct.disclosures.BoardDeterminations;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.waivers.BoardMatters;

/**
 * A matter escalated to the Board or the Audit Committee, in one tenant of the group, as
 * the GraphQL type {@code EscalatedMatter} shows it: a case, a waiver request, an
 * amendment of the Code to disclose or a conflict determination; only the minimum of it
 * crossed.
 *
 * @param tenant the tenant it belongs to
 * @param source what kind of record it is
 * @param localId the record's id in its tenant
 * @param number the tenant's number of it, if it has one
 * @param kinds why it is escalated
 * @param status a case's status; {@code null} for the other matters, open while listed
 * @param category a case's category
 * @param channel a case's channel
 * @param receivedAt when it came in
 * @param orderAt the moment it waits for (its deadline, or when it came in where the Code
 * sets none), by which it is ordered
 * @param overdue whether that passed while it is open
 * @param closedAt when a case closed
 * @param handlerRoles the roles that handle it
 * @param informedRoles the roles informed of it
 * @param rank its place in the order of urgency: 0 open with a deadline, 1 open where the
 * Code sets none, 2 closed
 * @param decisions what the Code gives the reader to decide on it
 * @param ownTenant whether it belongs to the reader's own tenant
 */
record EscalatedMatter(Tenant tenant, Source source, String localId, String number, Set<MatterKind> kinds,
		CaseStatus status, ReportCategory category, Channel channel, Instant receivedAt, Instant orderAt,
		boolean overdue, Instant closedAt, Set<Role> handlerRoles, Set<Role> informedRoles, int rank,
		List<Decision> decisions, boolean ownTenant) {

	static final String TYPE = "EscalatedMatter";

	/** What kind of record a matter is, with its prefix in the group's order of ties. */
	enum Source {

		AMENDMENT("a", "PublicDisclosureClock", 0), CASE("c", "Case", -1), DETERMINATION("d", "Disclosure", 1),
		WAIVER("w", "WaiverRequest", 0);

		final String prefix;

		/** The GraphQL and audit type of its records. */
		final String type;

		/** Its rank in the order of urgency; -1 for cases (open 0, closed 2). */
		final int rank;

		Source(String prefix, String type, int rank) {
			this.prefix = prefix;
			this.type = type;
			this.rank = rank;
		}

		static Source ofPrefix(String prefix) {
			for (Source source : values()) {
				if (source.prefix.equals(prefix)) {
					return source;
				}
			}
			return null;
		}

	}

	/**
	 * What the Code gives the reader to decide (the GraphQL enum
	 * EscalatedMatterDecision).
	 */
	enum Decision {

		MEASURE_FOR_EXECUTIVE, FOLLOW_UP_FORWARDED_CONCERN, RETALIATION_REVIEW, KNOWINGLY_FALSE_DECISION,
		WAIVER_FOR_EXECUTIVE, CONFLICT_DETERMINATION

	}

	/**
	 * A case for a reader with these roles. The Board's measure for an executive and the
	 * Audit Committee's follow-up of a forwarded concern are decided from anywhere above
	 * in the group too (escalatedMatterMeasureDecide, escalatedMatterFollowUpRecord); the
	 * other decisions only in the reader's own tenant, where they are made.
	 */
	static EscalatedMatter of(Tenant tenant, EscalatedCase escalated, Set<Role> readerRoles, boolean ownTenant) {
		Set<Decision> decisions = EnumSet.noneOf(Decision.class);
		if (escalated.status() != CaseStatus.CLOSED) {
			Set<EscalationKind> kinds = escalated.kinds();
			if (readerRoles.contains(Role.BOARD) && kinds.contains(EscalationKind.MEASURE_AWAITING_DECISION)) {
				decisions.add(Decision.MEASURE_FOR_EXECUTIVE);
			}
			if (readerRoles.contains(Role.AUDIT_COMMITTEE)) {
				if (kinds.contains(EscalationKind.ACCOUNTING_CONCERN_FORWARDED)
						&& escalated.handlerRoles().contains(Role.AUDIT_COMMITTEE)) {
					decisions.add(Decision.FOLLOW_UP_FORWARDED_CONCERN);
				}
				if (ownTenant && kinds.contains(EscalationKind.RETALIATION_REVIEW)) {
					decisions.add(Decision.RETALIATION_REVIEW);
				}
				if (ownTenant && kinds.contains(EscalationKind.KNOWINGLY_FALSE_PROPOSED)) {
					decisions.add(Decision.KNOWINGLY_FALSE_DECISION);
				}
			}
		}
		Set<MatterKind> kinds = EnumSet.noneOf(MatterKind.class);
		escalated.kinds().forEach((k) -> kinds.add(MatterKind.of(k)));
		return new EscalatedMatter(tenant, Source.CASE, escalated.caseId(), escalated.number(), kinds,
				escalated.status(), escalated.category(), escalated.channel(), escalated.receivedAt(), escalated.due(),
				escalated.overdue(), escalated.closedAt(), escalated.handlerRoles(), escalated.informedRoles(),
				(escalated.rank() == 0) ? 0 : 2, List.copyOf(decisions), ownTenant);
	}

	/** A waiver request awaiting the Board, which decides it in its own tenant. */
	static EscalatedMatter of(Tenant tenant, BoardMatters.WaiverAwaitingBoard waiver, boolean ownTenant) {
		return new EscalatedMatter(tenant, Source.WAIVER, waiver.waiverRequestId(), waiver.number(),
				Set.of(MatterKind.WAIVER_AWAITING_BOARD), null, null, null, waiver.requestedAt(), waiver.due(),
				waiver.overdue(), null, Set.of(Role.BOARD), Set.of(Role.CFO_CAO), Source.WAIVER.rank,
				ownTenant ? List.of(Decision.WAIVER_FOR_EXECUTIVE) : List.of(), ownTenant);
	}

	/** An amendment of the Code still to be disclosed. */
	static EscalatedMatter of(Tenant tenant, BoardMatters.AmendmentToDisclose amendment, boolean ownTenant) {
		return new EscalatedMatter(tenant, Source.AMENDMENT, amendment.clockId(), amendment.codeVersionId(),
				Set.of(MatterKind.CODE_AMENDMENT_TO_DISCLOSE), null, null, null, amendment.openedAt(), amendment.due(),
				amendment.overdue(), null, Set.of(Role.CFO_CAO), Set.of(Role.BOARD), Source.AMENDMENT.rank, List.of(),
				ownTenant);
	}

	/** A disclosure awaiting the Board's determination. */
	static EscalatedMatter of(Tenant tenant, BoardDeterminations.AwaitingBoard disclosure, boolean ownTenant) {
		return new EscalatedMatter(tenant, Source.DETERMINATION, disclosure.disclosureId(), null,
				Set.of(MatterKind.CONFLICT_DETERMINATION_FOR_BOARD), null, null, null, disclosure.submittedAt(),
				disclosure.submittedAt(), false, null, Set.of(Role.BOARD), Set.of(), Source.DETERMINATION.rank,
				ownTenant ? List.of(Decision.CONFLICT_DETERMINATION) : List.of(), ownTenant);
	}

	/** Its id in the group's order of ties within a tenant: its source, then its id. */
	String sortId() {
		return this.source.prefix + ":" + this.localId;
	}

	/** The local part of its global id: the tenant's key and its sort id. */
	static String localIdOf(String tenantKey, String sortId) {
		return tenantKey + "/" + sortId;
	}

	public String id() {
		return GlobalId.encode(TYPE, localIdOf(this.tenant.key(), sortId()));
	}

	/** The deadline it waits for; none where the Code sets none. */
	public Instant due() {
		return (this.rank == Source.DETERMINATION.rank) ? null : this.orderAt;
	}

	public String tenantKey() {
		return this.tenant.key();
	}

	public String tenantName() {
		return this.tenant.name();
	}

	/** The case's global id, in the reader's own tenant only. */
	public String caseId() {
		return (this.ownTenant && this.source == Source.CASE) ? GlobalId.encode("Case", this.localId) : null;
	}

	/** The global id of the record behind it, in the reader's own tenant only. */
	public String recordId() {
		return this.ownTenant ? GlobalId.encode(this.source.type, this.localId) : null;
	}

}
