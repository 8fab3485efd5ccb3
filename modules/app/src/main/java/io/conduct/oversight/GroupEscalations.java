package io.conduct.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.conduct.cases.CaseStatus;
import io.conduct.cases.EscalatedCase;
import io.conduct.cases.EscalatedCases;
import io.conduct.cases.EscalationKind;
import io.conduct.disclosures.BoardDeterminations;
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
import io.conduct.waivers.BoardMatters;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The escalated matters of the caller's part of the group: their tenant and its active
 * subsidiaries down the tree, never a tenant above it. Matters are cases (from the cases
 * module), waiver requests awaiting the Board and amendments of the Code to disclose (the
 * waivers'), and conflict determinations for the Board (the disclosures'). Each tenant is
 * read in its own context and database, in parallel, for a page in the group's order of
 * urgency (open matters with a deadline by that deadline, so overdue ones first; then
 * open ones the Code sets no deadline for, oldest first; then closed ones; ties by
 * tenant, kind of record and id); the page is merged here and every matter shown is
 * audited in its own tenant's trail, in the request's one audit write per tenant.
 */
@Service
class GroupEscalations {

	static final int MAX_TENANT_KEYS = 100;

	private final EscalatedCases cases;

	private final BoardMatters boardMatters;

	private final BoardDeterminations determinations;

	private final PeopleDirectory people;

	private final TenantRegistry tenants;

	private final GroupReads reads;

	private final AuditTrail audit;

	GroupEscalations(EscalatedCases cases, BoardMatters boardMatters, BoardDeterminations determinations,
			PeopleDirectory people, TenantRegistry tenants, GroupReads reads, AuditTrail audit) {
		this.cases = cases;
		this.boardMatters = boardMatters;
		this.determinations = determinations;
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
	 * @param statuses these case statuses only (empty for all); given, it lists cases
	 * only
	 * @param from came in on or after this day in each tenant's zone
	 * @param to came in on or before this day in each tenant's zone
	 */
	record Filter(List<String> tenantKeys, List<MatterKind> kinds, List<CaseStatus> statuses, LocalDate from,
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

		Instant fromIn(Tenant tenant) {
			return (this.from != null) ? this.from.atStartOfDay(tenant.zoneId()).toInstant() : null;
		}

		Instant toIn(Tenant tenant) {
			return (this.to != null) ? this.to.plusDays(1).atStartOfDay(tenant.zoneId()).toInstant() : null;
		}

		/** The cases' filter, or empty when no case is asked for. */
		Optional<EscalatedCase.Filter> casesIn(Tenant tenant) {
			Set<EscalationKind> caseKinds = EnumSet.noneOf(EscalationKind.class);
			this.kinds.stream().map(MatterKind::caseKind).filter(Objects::nonNull).forEach(caseKinds::add);
			if (!this.kinds.isEmpty() && caseKinds.isEmpty()) {
				return Optional.empty();
			}
			return Optional
				.of(new EscalatedCase.Filter(caseKinds, Set.copyOf(this.statuses), fromIn(tenant), toIn(tenant)));
		}

		/** Whether matters of this kind, which are not cases, are asked for. */
		boolean wants(MatterKind kind) {
			return this.statuses.isEmpty() && (this.kinds.isEmpty() || this.kinds.contains(kind));
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
		Map<Tenant, List<EscalatedMatter>> read = this.reads.inEach(group,
				(tenant) -> inTenant(tenant, tenant.key().equals(home.key()), reader, filter, after, paging.probe()));
		List<EscalatedMatter> merged = new ArrayList<>();
		read.values().forEach(merged::addAll);
		merged.sort(GroupCursor.ORDER);
		List<EscalatedMatter> probed = merged.subList(0, Math.min(merged.size(), paging.probe()));
		auditShown(probed.subList(0, Math.min(probed.size(), paging.first())), "oversight.escalated-matter.list");
		return List.copyOf(probed);
	}

	/**
	 * Up to {@code limit} of one tenant's matters of every kind that came in between the
	 * days (in its zone), most urgent first: a board pack's escalated matters. The caller
	 * runs it in the tenant's context and audits what it shows.
	 */
	List<EscalatedMatter> cameIn(Tenant tenant, boolean own, EscalatedCase.Reader reader, LocalDate firstDay,
			LocalDate lastDay, int limit) {
		List<EscalatedMatter> found = inTenant(tenant, own, reader, new Filter(null, null, null, firstDay, lastDay),
				null, limit);
		found.sort(GroupCursor.ORDER);
		return List.copyOf(found.subList(0, Math.min(found.size(), limit)));
	}

	/** Up to {@code limit} of one tenant's matters after the position, of each source. */
	private List<EscalatedMatter> inTenant(Tenant tenant, boolean own, EscalatedCase.Reader reader, Filter filter,
			GroupCursor after, int limit) {
		List<EscalatedMatter> found = new ArrayList<>();
		Optional<EscalatedCase.Filter> caseFilter = filter.casesIn(tenant);
		if (caseFilter.isPresent()) {
			this.cases.page(reader, caseFilter.get(), (after != null) ? after.forCases(tenant) : null, limit)
				.forEach((c) -> found.add(EscalatedMatter.of(tenant, c, reader.roles(), own)));
		}
		if (!reader.roles().contains(Role.BOARD)) {
			return found;
		}
		Instant from = filter.fromIn(tenant);
		Instant to = filter.toIn(tenant);
		Set<String> excluded = null;
		Seek waivers = Seek.of(after, tenant, EscalatedMatter.Source.WAIVER);
		if (filter.wants(MatterKind.WAIVER_AWAITING_BOARD) && waivers.any()) {
			excluded = this.people.idsOf(reader.subject(), reader.email());
			this.boardMatters.waiversAwaitingBoard(excluded, from, to, waivers.after(), waivers.idAfter(), limit)
				.forEach((w) -> found.add(EscalatedMatter.of(tenant, w, own)));
		}
		Seek amendments = Seek.of(after, tenant, EscalatedMatter.Source.AMENDMENT);
		if (filter.wants(MatterKind.CODE_AMENDMENT_TO_DISCLOSE) && amendments.any()) {
			this.boardMatters.amendmentsToDisclose(from, to, amendments.after(), amendments.idAfter(), limit)
				.forEach((a) -> found.add(EscalatedMatter.of(tenant, a, own)));
		}
		Seek determinations = Seek.of(after, tenant, EscalatedMatter.Source.DETERMINATION);
		if (filter.wants(MatterKind.CONFLICT_DETERMINATION_FOR_BOARD) && determinations.any()) {
			if (excluded == null) {
				excluded = this.people.idsOf(reader.subject(), reader.email());
			}
			this.determinations.awaiting(excluded, from, to, determinations.after(), determinations.idAfter(), limit)
				.forEach((d) -> found.add(EscalatedMatter.of(tenant, d, own)));
		}
		return found;
	}

	/** One matter of the caller's part of the group, if they may see it (audited). */
	public Optional<EscalatedMatter> find(String localId) {
		Optional<Located> located = locate(localId);
		if (located.isEmpty()) {
			return Optional.empty();
		}
		Tenant tenant = located.get().tenant();
		String id = located.get().id();
		boolean own = located.get().own();
		EscalatedCase.Reader reader = reader();
		boolean board = reader.roles().contains(Role.BOARD);
		Optional<EscalatedMatter> found = TenantContext.callAs(tenant, () -> switch (located.get().source()) {
			case CASE -> this.cases.find(reader, id).map((c) -> EscalatedMatter.of(tenant, c, reader.roles(), own));
			case WAIVER ->
				board ? this.boardMatters.waiverAwaitingBoard(this.people.idsOf(reader.subject(), reader.email()), id)
					.map((w) -> EscalatedMatter.of(tenant, w, own)) : Optional.<EscalatedMatter>empty();
			case AMENDMENT ->
				board ? this.boardMatters.amendmentToDisclose(id).map((a) -> EscalatedMatter.of(tenant, a, own))
						: Optional.<EscalatedMatter>empty();
			case DETERMINATION ->
				board ? this.determinations.find(this.people.idsOf(reader.subject(), reader.email()), id)
					.map((d) -> EscalatedMatter.of(tenant, d, own)) : Optional.<EscalatedMatter>empty();
		});
		found.ifPresent((m) -> auditShown(List.of(m), "oversight.escalated-matter.read"));
		return found;
	}

	/**
	 * Where a matter's local id points, for a caller of the Board or the Audit Committee:
	 * a tenant of their part of the group (theirs or one below it, never one above it or
	 * beside it), a kind of record and its id there; empty otherwise.
	 */
	Optional<Located> locate(String localId) {
		Optional<TenantAuthentication> caller = CurrentUser.authentication();
		if (caller.isEmpty() || caller.get().roles().stream().noneMatch(EscalatedCases.OVERSIGHT_ROLES::contains)
				|| localId == null) {
			return Optional.empty();
		}
		int slash = localId.indexOf('/');
		int colon = localId.indexOf(':', slash + 1);
		if (slash <= 0 || colon != slash + 2) {
			return Optional.empty();
		}
		String tenantKey = localId.substring(0, slash);
		EscalatedMatter.Source source = EscalatedMatter.Source.ofPrefix(localId.substring(slash + 1, colon));
		Tenant home = TenantContext.required();
		Optional<Tenant> tenant = this.tenants.activeSubtree(home)
			.stream()
			.filter((t) -> t.key().equals(tenantKey))
			.findFirst();
		if (tenant.isEmpty() || source == null) {
			return Optional.empty();
		}
		return Optional
			.of(new Located(tenant.get(), source, localId.substring(colon + 1), tenantKey.equals(home.key())));
	}

	/**
	 * A matter located in the group.
	 *
	 * @param tenant the tenant it belongs to
	 * @param source what kind of record it is
	 * @param id the record's id there
	 * @param own whether that is the caller's own tenant
	 */
	record Located(Tenant tenant, EscalatedMatter.Source source, String id, boolean own) {
	}

	/**
	 * Records the matters shown in the audit trail of the tenant each belongs to: one
	 * read entry a kind of record, which the request writes with its other reads, once a
	 * tenant.
	 */
	private void auditShown(List<EscalatedMatter> shown, String action) {
		Map<Tenant, Map<EscalatedMatter.Source, List<String>>> byTenant = new LinkedHashMap<>();
		shown.forEach((m) -> byTenant
			.computeIfAbsent(m.tenant(), (t) -> new java.util.EnumMap<>(EscalatedMatter.Source.class))
			.computeIfAbsent(m.source(), (s) -> new ArrayList<>())
			.add(m.localId()));
		String readerTenant = TenantContext.required().key();
		byTenant.forEach((tenant, bySource) -> TenantContext.runAs(tenant, () -> bySource.forEach((source,
				ids) -> this.audit.recordRead(action, source.type, ids, Map.of("readerTenant", readerTenant)))));
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
	 * Where one source of one tenant starts after a group cursor.
	 *
	 * @param any whether any of its matters can come after it
	 * @param after the moment to start after (null for the start)
	 * @param idAfter among ties with it, the ids after this one
	 */
	record Seek(boolean any, Instant after, String idAfter) {

		static final Seek ALL = new Seek(true, null, null);

		static final Seek NONE = new Seek(false, null, null);

		/** For a source of one rank: none before the cursor's rank, all after it. */
		static Seek of(GroupCursor cursor, Tenant tenant, EscalatedMatter.Source source) {
			if (cursor == null || source.rank > cursor.rank()) {
				return ALL;
			}
			if (source.rank < cursor.rank()) {
				return NONE;
			}
			return new Seek(true, cursor.due(), cursor.tieAfter(tenant, source));
		}

	}

	/**
	 * A position in the group's order of urgency: rank (0 open with a deadline, 1 open
	 * with none, 2 closed), the moment, the tenant's key and the matter's sort id (its
	 * source's prefix and its id).
	 */
	record GroupCursor(int rank, Instant due, String tenantKey, String sortId) {

		static final Comparator<EscalatedMatter> ORDER = Comparator.comparingInt(EscalatedMatter::rank)
			.thenComparing(EscalatedMatter::orderAt, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(EscalatedMatter::tenantKey)
			.thenComparing(EscalatedMatter::sortId);

		static String cursorOf(EscalatedMatter matter) {
			Instant due = matter.orderAt();
			return Cursors.encode(
					matter.rank() + "|" + ((due != null) ? due.toEpochMilli() : "") + "|" + matter.tenantKey(),
					matter.sortId());
		}

		static GroupCursor of(Cursors.Position position) {
			if (position == null) {
				return null;
			}
			String[] parts = position.sortKey().split("\\|", -1);
			try {
				int rank = Integer.parseInt(parts[0]);
				if (parts.length != 3 || parts[1].isEmpty() || rank < 0 || rank > 2 || position.id().length() < 3
						|| position.id().charAt(1) != ':'
						|| EscalatedMatter.Source.ofPrefix(position.id().substring(0, 1)) == null) {
					throw new IllegalArgumentException("Not a cursor of this list");
				}
				return new GroupCursor(rank, Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2], position.id());
			}
			catch (IllegalArgumentException ex) {
				throw ConductException.badRequest("Invalid cursor");
			}
		}

		/**
		 * Among ties with the cursor's rank and moment, the ids of a source in a tenant
		 * that come after it: ties go by tenant key, then by sort id.
		 */
		String tieAfter(Tenant tenant, EscalatedMatter.Source source) {
			int byTenant = tenant.key().compareTo(this.tenantKey);
			int bySource = (byTenant != 0) ? byTenant : source.prefix.compareTo(this.sortId.substring(0, 1));
			return (bySource == 0) ? this.sortId.substring(2) : (bySource > 0) ? "" : BoardMatters.NO_TIES;
		}

		/** The position for one tenant's cases, which are open (rank 0) or closed (2). */
		EscalatedCase.Position forCases(Tenant tenant) {
			return switch (this.rank) {
				case 0 -> new EscalatedCase.Position(0, this.due, tieAfter(tenant, EscalatedMatter.Source.CASE));
				// past the open ones: every closed one
				case 1 -> new EscalatedCase.Position(1, Instant.EPOCH, "");
				default -> new EscalatedCase.Position(1, this.due, tieAfter(tenant, EscalatedMatter.Source.CASE));
			};
		}

	}

}
