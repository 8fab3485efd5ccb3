package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.conduct.people.PeopleDirectory;
import io.conduct.platform.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The cases the Code escalates to the Board or the Audit Committee, for the group's
 * oversight: read in the current tenant (the caller sets it, one tenant of the group at a
 * time), as the minimum an {@link EscalatedCase} holds. The need-to-know rule holds
 * across tenants: a member never sees a case they are involved in, whether they are known
 * here by their identity or, working here too, by the e-mail of their own directory
 * entry. Callers audit what they show, in this tenant's trail.
 */
@Service
public class EscalatedCases {

	/** The roles the Code escalates to. */
	public static final Set<Role> OVERSIGHT_ROLES = EnumSet.of(Role.BOARD, Role.AUDIT_COMMITTEE);

	private final CaseStore store;

	private final PeopleDirectory people;

	private final Clock clock;

	EscalatedCases(CaseStore store, PeopleDirectory people, Clock clock) {
		this.store = store;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Up to {@code limit} escalated cases of the current tenant after the position, most
	 * urgent first.
	 */
	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public List<EscalatedCase> page(EscalatedCase.Reader reader, EscalatedCase.Filter filter,
			EscalatedCase.Position after, int limit) {
		Instant now = this.clock.instant();
		return this.store
			.escalated(rolesOf(reader), this.people.idsOf(reader.subject(), reader.email()), filter, after, limit)
			.stream()
			.map((c) -> EscalatedCase.of(c, now))
			.sorted(EscalatedCases::byUrgency)
			.limit(limit)
			.toList();
	}

	/** One escalated case of the current tenant, if the reader may see it. */
	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public Optional<EscalatedCase> find(EscalatedCase.Reader reader, String caseId) {
		return visible(reader, caseId).map((c) -> EscalatedCase.of(c, this.clock.instant()));
	}

	/**
	 * The case, if it is escalated and the reader may see it: routed to one of their
	 * roles, as a handler or informed, and not involving them, whether they are known
	 * here by their identity or by their e-mail.
	 */
	Optional<Case> visible(EscalatedCase.Reader reader, String caseId) {
		Set<Role> roles = rolesOf(reader);
		Set<String> excluded = this.people.idsOf(reader.subject(), reader.email());
		return Optional.ofNullable(caseId)
			.flatMap(this.store::findById)
			.filter((c) -> roles.stream()
				.anyMatch((r) -> c.handlerRoles().contains(r) || c.informedRoles().contains(r)))
			.filter((c) -> c.involvedPersonIds().stream().noneMatch(excluded::contains))
			.filter((c) -> !EscalationKinds.of(c).isEmpty());
	}

	/**
	 * Every accounting, internal-controls or auditing concern received in the period,
	 * whatever its outcome, except those the reader is involved in: the Audit Committee's
	 * record of a fiscal quarter, read from another tenant of the group. In the order
	 * received; at most {@code limit}.
	 */
	@PreAuthorize("hasRole('AUDIT_COMMITTEE')")
	public List<EscalatedCase> accountingConcerns(EscalatedCase.Reader reader, Instant from, Instant to, int limit) {
		Set<String> excluded = this.people.idsOf(reader.subject(), reader.email());
		Instant now = this.clock.instant();
		return this.store.receivedBetween(ReportCategory.ACCOUNTING_OR_AUDITING, from, to, limit)
			.stream()
			.filter((c) -> c.involvedPersonIds().stream().noneMatch(excluded::contains))
			.map((c) -> EscalatedCase.of(c, now))
			.toList();
	}

	/** The order of urgency of {@link EscalatedCase.Position}, within one tenant. */
	public static int byUrgency(EscalatedCase a, EscalatedCase b) {
		int byRank = Integer.compare(a.rank(), b.rank());
		if (byRank != 0) {
			return byRank;
		}
		int byDue = java.util.Comparator.nullsFirst(Instant::compareTo).compare(a.due(), b.due());
		return (byDue != 0) ? byDue : a.caseId().compareTo(b.caseId());
	}

	private static Set<Role> rolesOf(EscalatedCase.Reader reader) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		reader.roles().stream().filter(OVERSIGHT_ROLES::contains).forEach(roles::add);
		return roles;
	}

}
