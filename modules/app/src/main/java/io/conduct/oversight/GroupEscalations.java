package io.conduct.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.conduct.cases.CaseStatus;
import io.conduct.cases.EscalatedCase;
import io.conduct.cases.EscalatedCases;
import io.conduct.cases.EscalationKind;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The escalated matters of the caller's part of the group: their tenant and its active
 * subsidiaries down the tree, never a tenant above it. Each tenant is read in its own
 * context and database, in parallel, for a page in the group's order of urgency (open
 * before closed, then by the deadline each waits for, then by tenant and id); the page is
 * merged here and every matter shown is audited in its own tenant's trail.
 */
@Service
class GroupEscalations {

	static final int MAX_TENANT_KEYS = 100;

	private final EscalatedCases cases;

	private final PeopleDirectory people;

	private final TenantRegistry tenants;

	private final GroupReads reads;

	private final AuditTrail audit;

	GroupEscalations(EscalatedCases cases, PeopleDirectory people, TenantRegistry tenants, GroupReads reads,
			AuditTrail audit) {
		this.cases = cases;
		this.people = people;
		this.tenants = tenants;
		this.reads = reads;
		this.audit = audit;
	}

	/**
	 * What to list.
	 *
	 * @param tenantKeys these tenants only (empty for all)
	 * @param kinds these kinds only (empty for all)
	 * @param statuses these statuses only (empty for all)
	 * @param from received on or after this day in each tenant's zone
	 * @param to received on or before this day in each tenant's zone
	 */
	record Filter(List<String> tenantKeys, List<EscalationKind> kinds, List<CaseStatus> statuses, LocalDate from,
			LocalDate to) {

		static final Filter NONE = new Filter(null, null, null, null, null);

		Filter {
			tenantKeys = (tenantKeys != null) ? tenantKeys : List.of();
			kinds = (kinds != null) ? kinds : List.of();
			statuses = (statuses != null) ? statuses : List.of();
			if (tenantKeys.size() > MAX_TENANT_KEYS || kinds.size() > 20 || statuses.size() > 10) {
				throw ConductException.badRequest("At most 100 tenant keys, 20 kinds and 10 statuses");
			}
			if (from != null && to != null && to.isBefore(from)) {
				throw ConductException.badRequest("The filter's to is before its from");
			}
		}

		EscalatedCase.Filter in(Tenant tenant) {
			return new EscalatedCase.Filter(Set.copyOf(this.kinds), Set.copyOf(this.statuses),
					(this.from != null) ? this.from.atStartOfDay(tenant.zoneId()).toInstant() : null,
					(this.to != null) ? this.to.plusDays(1).atStartOfDay(tenant.zoneId()).toInstant() : null);
		}

	}

	/**
	 * A page of the group's escalated matters, most urgent first, read with the paging's
	 * probe (one more than the page).
	 */
	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public List<EscalatedMatter> page(Filter filter, Paging paging) {
		Tenant home = TenantContext.required();
		EscalatedCase.Reader reader = reader();
		GroupCursor after = GroupCursor.of(paging.after());
		List<Tenant> group = this.tenants.activeSubtree(home)
			.stream()
			.filter((t) -> filter.tenantKeys().isEmpty() || filter.tenantKeys().contains(t.key()))
			.toList();
		if (group.isEmpty()) {
			return List.of();
		}
		Map<Tenant, List<EscalatedCase>> read = this.reads.inEach(group, (tenant) -> this.cases.page(reader,
				filter.in(tenant), (after != null) ? after.in(tenant) : null, paging.probe()));
		List<EscalatedMatter> merged = new ArrayList<>();
		read.forEach((tenant, found) -> found.forEach(
				(c) -> merged.add(EscalatedMatter.of(tenant, c, reader.roles(), tenant.key().equals(home.key())))));
		merged.sort(GroupCursor.ORDER);
		List<EscalatedMatter> probed = merged.subList(0, Math.min(merged.size(), paging.probe()));
		auditShown(probed.subList(0, Math.min(probed.size(), paging.first())), "oversight.escalated-matter.list");
		return List.copyOf(probed);
	}

	/** One matter of the caller's part of the group, if they may see it (audited). */
	public Optional<EscalatedMatter> find(String localId) {
		Optional<TenantAuthentication> caller = CurrentUser.authentication();
		if (caller.isEmpty() || caller.get().roles().stream().noneMatch(EscalatedCases.OVERSIGHT_ROLES::contains)
				|| localId == null) {
			return Optional.empty();
		}
		int slash = localId.indexOf('/');
		if (slash <= 0) {
			return Optional.empty();
		}
		String tenantKey = localId.substring(0, slash);
		String caseId = localId.substring(slash + 1);
		Tenant home = TenantContext.required();
		Optional<Tenant> tenant = this.tenants.activeSubtree(home)
			.stream()
			.filter((t) -> t.key().equals(tenantKey))
			.findFirst();
		if (tenant.isEmpty()) {
			return Optional.empty();
		}
		EscalatedCase.Reader reader = reader();
		Optional<EscalatedMatter> found = TenantContext.callAs(tenant.get(), () -> this.cases.find(reader, caseId)
			.map((c) -> EscalatedMatter.of(tenant.get(), c, reader.roles(), tenantKey.equals(home.key()))));
		found.ifPresent((m) -> auditShown(List.of(m), "oversight.escalated-matter.read"));
		return found;
	}

	/** Records the matters shown in the audit trail of the tenant each belongs to. */
	private void auditShown(List<EscalatedMatter> shown, String action) {
		Map<Tenant, List<String>> byTenant = new java.util.LinkedHashMap<>();
		shown
			.forEach((m) -> byTenant.computeIfAbsent(m.tenant(), (t) -> new ArrayList<>()).add(m.escalated().caseId()));
		if (byTenant.isEmpty()) {
			return;
		}
		String readerTenant = TenantContext.required().key();
		this.reads.inEach(List.copyOf(byTenant.keySet()), (tenant) -> {
			this.audit.recordAll(action, "Case", byTenant.get(tenant), Map.of("readerTenant", readerTenant));
			return Boolean.TRUE;
		});
	}

	/**
	 * Who reads: their oversight roles, their identity, and the e-mail of their own
	 * directory entry (else of their verified token), by which they are known in the
	 * subsidiaries they also work for.
	 */
	EscalatedCase.Reader reader() {
		TenantAuthentication caller = CurrentUser.required();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		caller.roles().stream().filter(EscalatedCases.OVERSIGHT_ROLES::contains).forEach(roles::add);
		String email = this.people.findCaller()
			.map(Person::email)
			.orElseGet(() -> Boolean.TRUE.equals(caller.getToken().getClaimAsBoolean("email_verified"))
					? caller.getToken().getClaimAsString("email") : null);
		return new EscalatedCase.Reader(roles, caller.getName(), email);
	}

	/**
	 * A position in the group's order of urgency: rank (open, closed), the deadline, the
	 * tenant's key and the case's id.
	 */
	record GroupCursor(int rank, Instant due, String tenantKey, String caseId) {

		static final Comparator<EscalatedMatter> ORDER = Comparator
			.<EscalatedMatter>comparingInt((m) -> m.escalated().rank())
			.thenComparing((m) -> m.escalated().due(), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(EscalatedMatter::tenantKey)
			.thenComparing((m) -> m.escalated().caseId());

		static String cursorOf(EscalatedMatter matter) {
			Instant due = matter.escalated().due();
			return Cursors.encode(matter.escalated().rank() + "|" + ((due != null) ? due.toEpochMilli() : "") + "|"
					+ matter.tenantKey(), matter.escalated().caseId());
		}

		static GroupCursor of(Cursors.Position position) {
			if (position == null) {
				return null;
			}
			String[] parts = position.sortKey().split("\\|", -1);
			try {
				if (parts.length != 3 || parts[1].isEmpty()) {
					throw new IllegalArgumentException("Not a cursor of this list");
				}
				return new GroupCursor(Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])),
						parts[2], position.id());
			}
			catch (IllegalArgumentException ex) {
				throw ConductException.badRequest("Invalid cursor");
			}
		}

		/** The position for one tenant's list: ties go by tenant key, then by id. */
		EscalatedCase.Position in(Tenant tenant) {
			int byTenant = tenant.key().compareTo(this.tenantKey);
			String idAfter = (byTenant == 0) ? this.caseId : (byTenant > 0) ? "" : EscalatedCase.Position.NO_TIES;
			return new EscalatedCase.Position(this.rank, this.due, idAfter);
		}

	}

}
