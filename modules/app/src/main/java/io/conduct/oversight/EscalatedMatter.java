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
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;

/**
 * A matter escalated to the Board or the Audit Committee, in one tenant of the group, as
 * the GraphQL type {@code EscalatedMatter} shows it.
 *
 * @param tenant the tenant it belongs to
 * @param escalated the minimum of it that crossed
 * @param decisions what the Code gives the reader to decide on it
 * @param ownTenant whether it belongs to the reader's own tenant
 */
record EscalatedMatter(Tenant tenant, EscalatedCase escalated, List<Decision> decisions, boolean ownTenant) {

	static final String TYPE = "EscalatedMatter";

	/**
	 * What the Code gives the reader to decide (the GraphQL enum
	 * EscalatedMatterDecision).
	 */
	enum Decision {

		MEASURE_FOR_EXECUTIVE, FOLLOW_UP_FORWARDED_CONCERN, RETALIATION_REVIEW, KNOWINGLY_FALSE_DECISION

	}

	/**
	 * The matter for a reader with these roles: decisions only in the reader's own
	 * tenant, where they are made (a subsidiary's own Board or Committee decides there).
	 */
	static EscalatedMatter of(Tenant tenant, EscalatedCase escalated, Set<Role> readerRoles, boolean ownTenant) {
		Set<Decision> decisions = EnumSet.noneOf(Decision.class);
		if (ownTenant && escalated.status() != CaseStatus.CLOSED) {
			Set<EscalationKind> kinds = escalated.kinds();
			if (readerRoles.contains(Role.BOARD) && kinds.contains(EscalationKind.MEASURE_AWAITING_DECISION)) {
				decisions.add(Decision.MEASURE_FOR_EXECUTIVE);
			}
			if (readerRoles.contains(Role.AUDIT_COMMITTEE)) {
				if (kinds.contains(EscalationKind.ACCOUNTING_CONCERN_FORWARDED)
						&& escalated.handlerRoles().contains(Role.AUDIT_COMMITTEE)) {
					decisions.add(Decision.FOLLOW_UP_FORWARDED_CONCERN);
				}
				if (kinds.contains(EscalationKind.RETALIATION_REVIEW)) {
					decisions.add(Decision.RETALIATION_REVIEW);
				}
				if (kinds.contains(EscalationKind.KNOWINGLY_FALSE_PROPOSED)) {
					decisions.add(Decision.KNOWINGLY_FALSE_DECISION);
				}
			}
		}
		return new EscalatedMatter(tenant, escalated, List.copyOf(decisions), ownTenant);
	}

	/** The local part of its global id: the tenant's key and the case's id. */
	static String localIdOf(String tenantKey, String caseId) {
		return tenantKey + "/" + caseId;
	}

	public String id() {
		return GlobalId.encode(TYPE, localIdOf(this.tenant.key(), this.escalated.caseId()));
	}

	public String tenantKey() {
		return this.tenant.key();
	}

	public String tenantName() {
		return this.tenant.name();
	}

	public String number() {
		return this.escalated.number();
	}

	public Set<EscalationKind> kinds() {
		return this.escalated.kinds();
	}

	public CaseStatus status() {
		return this.escalated.status();
	}

	public ReportCategory category() {
		return this.escalated.category();
	}

	public Channel channel() {
		return this.escalated.channel();
	}

	public Instant receivedAt() {
		return this.escalated.receivedAt();
	}

	public Instant due() {
		return this.escalated.due();
	}

	public boolean overdue() {
		return this.escalated.overdue();
	}

	public Instant closedAt() {
		return this.escalated.closedAt();
	}

	public Set<Role> handlerRoles() {
		return this.escalated.handlerRoles();
	}

	public Set<Role> informedRoles() {
		return this.escalated.informedRoles();
	}

	/** The case's global id, in the reader's own tenant only. */
	public String caseId() {
		return this.ownTenant ? this.escalated.caseGlobalId() : null;
	}

}
