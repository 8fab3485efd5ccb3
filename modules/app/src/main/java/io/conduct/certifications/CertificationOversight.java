package io.conduct.certifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.csv.SpreadsheetCsv;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Completion of certification campaigns: per campaign and department with the names of
 * those overdue, for the tenant's CFO/CAO; and across the group's subsidiaries, in
 * numbers only, for the Board and the Audit Committee of the group's top company. Every
 * read is audited.
 */
@Service
class CertificationOversight {

	private static final int CSV_BATCH = 1_000;

	private static final String NO_DEPARTMENT = "";

	private final CampaignStore store;

	private final PeopleDirectory people;

	private final TenantRegistry tenants;

	private final AuditTrail audit;

	private final Clock clock;

	CertificationOversight(CampaignStore store, PeopleDirectory people, TenantRegistry tenants, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.people = people;
		this.tenants = tenants;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Optional<Completion> completion(String campaignId) {
		Optional<CertificationCampaign> campaign = Optional.ofNullable(campaignId).flatMap(this.store::campaign);
		if (campaign.isEmpty()) {
			return Optional.empty();
		}
		Map<String, CompletionCounts> byDepartment = countsByDepartment(campaignId, this.clock.instant());
		this.audit.recordRead("certification.completion.read", "CertificationCampaign", List.of(campaignId), Map.of());
		return Optional.of(new Completion(campaign.get(), CompletionCounts.sum(byDepartment.values()),
				byDepartment.entrySet()
					.stream()
					.map((e) -> new DepartmentCompletion(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()))
					.toList()));
	}

	/**
	 * A page of the people whose certification in the campaign is overdue, by department.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public List<OverduePerson> overdue(String campaignId, Paging paging) {
		List<CertificationAssignment> found = this.store.overdue(campaignId, this.clock.instant(), paging.after(),
				paging.first());
		List<OverduePerson> named = named(found);
		// the campaign, then the assignments listed (one entry, written with the
		// request's
		// other reads)
		List<String> read = new ArrayList<>(List.of(campaignId));
		named.stream().limit(paging.first()).map((overdue) -> overdue.assignment().id()).forEach(read::add);
		this.audit.recordRead("certification.overdue.read", "CertificationCampaign", read,
				Map.of("listed", String.valueOf(read.size() - 1)));
		return named;
	}

	/**
	 * The campaign's completion as CSV: a line a department, then a line for each person
	 * overdue, all of them.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public String completionCsv(Completion completion) {
		String campaignId = completion.campaign().id();
		Instant now = this.clock.instant();
		List<List<Object>> rows = new ArrayList<>();
		completion.departments().forEach((d) -> rows.add(completion.row(d.department(), d.counts(), "", "", "")));
		Cursors.Position after = null;
		List<CertificationAssignment> batch;
		do {
			batch = this.store.overdue(campaignId, now, after, CSV_BATCH);
			List<CertificationAssignment> page = (batch.size() > CSV_BATCH) ? batch.subList(0, CSV_BATCH) : batch;
			for (OverduePerson o : named(page)) {
				rows.add(completion.row(o.assignment().department(), null, o.name(), o.assignment().dueDate(),
						o.daysOverdue()));
			}
			if (!page.isEmpty()) {
				CertificationAssignment last = page.get(page.size() - 1);
				after = new Cursors.Position(last.department(), last.id());
			}
		}
		while (batch.size() > CSV_BATCH);
		this.audit.record("certification.completion.export", "CertificationCampaign", campaignId,
				Map.of("rows", String.valueOf(rows.size())));
		return SpreadsheetCsv.write(Completion.HEADER, rows);
	}

	/** The people of a page of overdue assignments, in one query. */
	private List<OverduePerson> named(List<CertificationAssignment> overdue) {
		Map<String, Person> named = this.people
			.findAll(overdue.stream().map(CertificationAssignment::personId).toList());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TenantContext.required().zoneId());
		return overdue.stream()
			.map((a) -> new OverduePerson(a, named.get(a.personId()), ChronoUnit.DAYS.between(a.dueDate(), today)))
			.toList();
	}

	/** The CFO/CAO refers an overdue certification to the discipline process. */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<CertificationAssignment> referForDiscipline(String assignmentId, String note) {
		Validation validation = new Validation();
		validation.text("note", note, 2_000);
		Optional<CertificationAssignment> assignment = Optional.ofNullable(assignmentId)
			.flatMap(this.store::assignment);
		if (assignment.isEmpty()) {
			validation.reject("assignmentId", UserErrorCode.NOT_FOUND, "No such assignment");
		}
		else if (!assignment.get().isOverdueAt(this.clock.instant())) {
			validation.reject("assignmentId", UserErrorCode.NOT_OVERDUE, "Only an overdue certification is referred");
		}
		else if (assignment.get().referral() != null) {
			validation.reject("assignmentId", UserErrorCode.REFERRED, "Already referred");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		if (!this.store.refer(assignmentId, new CertificationAssignment.Referral(CurrentUser.required().getName(),
				this.clock.instant(), note.trim()))) {
			return Outcome.rejected("assignmentId", UserErrorCode.REFERRED, "Already referred");
		}
		this.audit.record("certification.refer", "CertificationAssignment", assignmentId, Map.of());
		return Outcome.of(this.store.assignment(assignmentId).orElseThrow());
	}

	/**
	 * Completion of the campaigns opened in the year, in every active tenant of the
	 * caller's group, for the Board and the Audit Committee of the group's top company.
	 */
	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public GroupCompletion groupCompletion(int year) {
		Tenant top = TenantContext.required();
		if (top.parentKey() != null) {
			throw new ConductException(ErrorCode.FORBIDDEN,
					"Group-wide completion is for the Board and Audit Committee of the group's top company");
		}
		if (year < 2000 || year > 2200) {
			throw ConductException.badRequest("The year is 2000 to 2200");
		}
		Instant now = this.clock.instant();
		List<TenantCompletion> rows = new ArrayList<>();
		List<Tenant> group = this.tenants.activeSubtree(top);
		for (int position = 0; position < group.size(); position++) {
			Tenant tenant = group.get(position);
			String order = String.format("%04d", position);
			List<TenantCompletion> ofTenant = TenantContext.callAs(tenant, () -> yearOf(tenant, year, now));
			for (int row = 0; row < ofTenant.size(); row++) {
				rows.add(ofTenant.get(row).at(order + String.format("%04d", row)));
			}
		}
		this.audit.record("certification.group-completion.read", "Group", top.key(),
				Map.of("year", String.valueOf(year), "tenants", String.valueOf(rows.size())));
		return new GroupCompletion(year, rows);
	}

	/**
	 * A tenant's campaigns of the year: those opened in it, and the on-hire campaign with
	 * the people assigned in it.
	 */
	private List<TenantCompletion> yearOf(Tenant tenant, int year, Instant now) {
		return between(tenant, LocalDate.of(year, 1, 1).atStartOfDay(tenant.zoneId()).toInstant(),
				LocalDate.of(year + 1, 1, 1).atStartOfDay(tenant.zoneId()).toInstant(), now);
	}

	/**
	 * The current tenant's campaigns of a period: those opened in it, and the on-hire
	 * campaign with the people assigned in it.
	 */
	List<TenantCompletion> between(Tenant tenant, Instant from, Instant to, Instant now) {
		List<CertificationCampaign> opened = this.store.openedBetween(from, to)
			.stream()
			.filter((c) -> c.kind() != CertificationCampaign.Kind.ON_HIRE)
			.toList();
		Map<String, CompletionCounts> counts = new HashMap<>(opened.isEmpty() ? Map.of()
				: this.store.countByCampaign(opened.stream().map(CertificationCampaign::id).toList(), now, null, null));
		Optional<CertificationCampaign> onHire = this.store.campaign(CertificationCampaign.ON_HIRE);
		onHire.ifPresent((c) -> counts.putAll(this.store.countByCampaign(List.of(c.id()), now, from, to)));
		List<TenantCompletion> rows = new ArrayList<>();
		onHire.filter((c) -> counts.containsKey(c.id()))
			.ifPresent((c) -> rows.add(new TenantCompletion(tenant, c, counts.get(c.id()))));
		opened.forEach(
				(c) -> rows.add(new TenantCompletion(tenant, c, counts.getOrDefault(c.id(), CompletionCounts.NONE))));
		return rows;
	}

	private Map<String, CompletionCounts> countsByDepartment(String campaignId, Instant now) {
		Map<String, CompletionCounts> byDepartment = new TreeMap<>();
		this.store.countByDepartmentAndStatus(campaignId)
			.forEach((tally, count) -> byDepartment.merge(Objects.requireNonNullElse(tally.department(), NO_DEPARTMENT),
					CompletionCounts.of(tally.status(), count), CompletionCounts::plus));
		Map<String, Long> overdue = new HashMap<>();
		this.store.countOverdueByDepartment(campaignId, now)
			.forEach((department, count) -> overdue.merge(Objects.requireNonNullElse(department, NO_DEPARTMENT), count,
					Long::sum));
		byDepartment.replaceAll((department, counts) -> counts.withOverdue(overdue.getOrDefault(department, 0L)));
		return byDepartment;
	}

	/**
	 * A department's completion.
	 *
	 * @param department the department, or null for people without one
	 * @param counts its counts
	 */
	public record DepartmentCompletion(String department, CompletionCounts counts) {
	}

	/**
	 * Someone whose certification is overdue.
	 *
	 * @param assignment what they owe
	 * @param person who they are (null if no longer in the directory)
	 * @param daysOverdue whole days since the due date, in the tenant's zone
	 */
	public record OverduePerson(CertificationAssignment assignment, Person person, long daysOverdue) {

		public String name() {
			return (this.person != null) ? this.person.displayName() : "(not in the directory)";
		}

		/** Its cursor in the order by department. */
		String cursor() {
			return Cursors.encode(this.assignment.department(), this.assignment.id());
		}

	}

	/**
	 * A campaign's completion.
	 *
	 * @param campaign the campaign
	 * @param totals all of it
	 * @param departments by department
	 */
	public record Completion(CertificationCampaign campaign, CompletionCounts totals,
			List<DepartmentCompletion> departments) {

		static final List<String> HEADER = List.of("campaign", "department", "assigned", "completed", "exceptions",
				"pending", "overdue", "overduePerson", "dueDate", "daysOverdue");

		List<Object> row(String department, CompletionCounts counts, Object person, Object dueDate, Object days) {
			List<Object> row = new ArrayList<>(
					List.of(this.campaign.name(), Objects.requireNonNullElse(department, "")));
			if (counts != null) {
				row.addAll(List.of(counts.assigned(), counts.completed(), counts.exceptions(), counts.pending(),
						counts.overdue()));
			}
			else {
				row.addAll(List.of("", "", "", "", ""));
			}
			row.addAll(List.of(person, dueDate, days));
			return row;
		}

	}

	/**
	 * A campaign of one tenant of the group.
	 *
	 * @param tenant the tenant
	 * @param campaign the campaign
	 * @param counts its counts
	 * @param key its place in the group's order: the tenants parents first, each with its
	 * on-hire campaign, then the others as they opened
	 */
	public record TenantCompletion(Tenant tenant, CertificationCampaign campaign, CompletionCounts counts, String key) {

		TenantCompletion(Tenant tenant, CertificationCampaign campaign, CompletionCounts counts) {
			this(tenant, campaign, counts, null);
		}

		/** The row at its place in the group's order (a unique key that sorts so). */
		TenantCompletion at(String position) {
			return new TenantCompletion(this.tenant, this.campaign, this.counts, position);
		}

	}

	/**
	 * The group's campaigns of a year.
	 *
	 * @param year the year
	 * @param tenants a row a tenant and campaign
	 */
	public record GroupCompletion(int year, List<TenantCompletion> tenants) {

		public CompletionCounts totals() {
			return CompletionCounts.sum(this.tenants.stream().map(TenantCompletion::counts).toList());
		}

		public String csv() {
			return SpreadsheetCsv.write(
					List.of("tenant", "tenantName", "campaign", "kind", "dueDate", "status", "assigned", "completed",
							"exceptions", "pending", "overdue", "completionRate"),
					this.tenants.stream()
						.map((t) -> List.<Object>of(t.tenant().key(), t.tenant().name(), t.campaign().name(),
								t.campaign().kind(), Objects.requireNonNullElse(t.campaign().dueDate(), ""),
								t.campaign().status(), t.counts().assigned(), t.counts().completed(),
								t.counts().exceptions(), t.counts().pending(), t.counts().overdue(),
								String.format(java.util.Locale.ROOT, "%.3f", t.counts().completionRate())))
						.toList());
		}

	}

}
