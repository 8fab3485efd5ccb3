package io.conduct.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.conduct.cases.CaseStatistics;
import io.conduct.certifications.CertificationCompletion;
import io.conduct.cases.CaseTally;
import io.conduct.cases.Channel;
import io.conduct.cases.ReportCategory;
import io.conduct.people.PeopleDirectory;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The analytics of the caller's part of the group for a fiscal quarter: each tenant over
 * its own fiscal quarter (its fiscal year's start, its zone), by category and by channel,
 * and the group as the sum of them. Counted in each tenant's database by one aggregation;
 * small cells are withheld, also where a total and the other parts would tell them; each
 * tenant's read is audited in its trail.
 */
@Service
class GroupAnalytics {

	private final CaseStatistics statistics;

	private final CertificationCompletion certifications;

	private final PeopleDirectory people;

	private final TenantRegistry tenants;

	private final GroupReads reads;

	private final AuditTrail audit;

	GroupAnalytics(CaseStatistics statistics, CertificationCompletion certifications, PeopleDirectory people,
			TenantRegistry tenants, GroupReads reads, AuditTrail audit) {
		this.statistics = statistics;
		this.certifications = certifications;
		this.people = people;
		this.tenants = tenants;
		this.reads = reads;
		this.audit = audit;
	}

	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public Report quarter(int fiscalYear, int quarter) {
		Tenant home = TenantContext.required();
		FiscalQuarter.of(fiscalYear, quarter, home);
		Map<Tenant, TenantAnalytics> read = this.reads.inEach(this.tenants.activeSubtree(home), (tenant) -> {
			FiscalQuarter period = FiscalQuarter.of(fiscalYear, quarter, tenant);
			List<CaseTally> tallies = this.statistics.tally(period.from(), period.to());
			long headcount = this.people.activeCount();
			CertificationCompletion.Counts certified = this.certifications.between(period.from(), period.to());
			this.audit.record("oversight.analytics.read", "Analytics", period.label(),
					Map.of("readerTenant", home.key()));
			return TenantAnalytics.of(tenant, period, tallies, headcount, certified);
		});
		List<TenantAnalytics> rows = new ArrayList<>(read.values());
		List<CaseTally> all = rows.stream().flatMap((r) -> r.tallies().stream()).toList();
		long headcount = rows.stream().mapToLong(TenantAnalytics::people).sum();
		AnalyticsFigures group = AnalyticsFigures.of(all, headcount)
			.withCertifications(rows.stream().mapToLong((r) -> r.certified().assigned()).sum(),
					rows.stream().mapToLong((r) -> r.certified().certified()).sum(),
					rows.stream().mapToLong((r) -> r.certified().overdue()).sum());
		List<TenantAnalytics> protectedRows = SmallCells.protect(group.received(), rows, (r) -> r.figures().received(),
				TenantAnalytics::withReceivedWithheld);
		// the people asked to certify are cells of their own: one tenant's withheld
		// completion is not to be found from the group's and the others'
		protectedRows = SmallCells.protect(group.certificationCompletion(), protectedRows,
				(r) -> r.figures().certificationCompletion(), TenantAnalytics::withCertificationsWithheld);
		return new Report(fiscalYear, quarter, group, protectedRows);
	}

	/**
	 * The group's analytics of a fiscal quarter.
	 *
	 * @param fiscalYear the fiscal year, as each tenant counts it
	 * @param quarter 1 to 4
	 * @param group the figures of the whole part of the group
	 * @param tenants a row a tenant, parents first
	 */
	record Report(int fiscalYear, int quarter, AnalyticsFigures group, List<TenantAnalytics> tenants) {
	}

	/**
	 * A tenant's quarter.
	 *
	 * @param tenant the tenant
	 * @param period its fiscal quarter
	 * @param people its active people
	 * @param figures all of its cases
	 * @param byCategory by category (those with cases)
	 * @param byChannel by channel (those with cases)
	 * @param tallies the raw tallies (never served)
	 */
	record TenantAnalytics(Tenant tenant, FiscalQuarter period, long people, AnalyticsFigures figures,
			List<Part<ReportCategory>> byCategory, List<Part<Channel>> byChannel, List<CaseTally> tallies,
			CertificationCompletion.Counts certified) {

		static TenantAnalytics of(Tenant tenant, FiscalQuarter period, List<CaseTally> tallies, long people,
				CertificationCompletion.Counts certified) {
			AnalyticsFigures cases = AnalyticsFigures.of(tallies, people);
			AnalyticsFigures figures = cases.withCertifications(certified.assigned(), certified.certified(),
					certified.overdue());
			Map<ReportCategory, List<CaseTally>> categories = new EnumMap<>(ReportCategory.class);
			Map<Channel, List<CaseTally>> channels = new EnumMap<>(Channel.class);
			for (CaseTally t : tallies) {
				categories.computeIfAbsent(t.category(), (c) -> new ArrayList<>()).add(t);
				channels.computeIfAbsent(t.channel(), (c) -> new ArrayList<>()).add(t);
			}
			return new TenantAnalytics(tenant, period, people, figures, parts(cases, categories, people),
					parts(cases, channels, people), tallies, certified);
		}

		private static <K> List<Part<K>> parts(AnalyticsFigures total, Map<K, List<CaseTally>> grouped, long people) {
			List<Part<K>> parts = grouped.entrySet()
				.stream()
				.map((e) -> new Part<>(e.getKey(), AnalyticsFigures.of(e.getValue(), people)))
				.sorted(Comparator.comparing((Part<K> p) -> p.key().toString()))
				.toList();
			return SmallCells.protect(total.received(), parts, (p) -> p.figures().received(),
					(p) -> new Part<>(p.key(), p.figures().withReceivedWithheld()));
		}

		TenantAnalytics withReceivedWithheld() {
			return new TenantAnalytics(this.tenant, this.period, this.people, this.figures.withReceivedWithheld(),
					this.byCategory, this.byChannel, this.tallies, this.certified);
		}

		TenantAnalytics withCertificationsWithheld() {
			return new TenantAnalytics(this.tenant, this.period, this.people, this.figures.withCertificationsWithheld(),
					this.byCategory, this.byChannel, this.tallies, this.certified);
		}

		public String tenantKey() {
			return this.tenant.key();
		}

		public String tenantName() {
			return this.tenant.name();
		}

		public String dataRegion() {
			return this.tenant.dataRegion();
		}

		public java.time.LocalDate firstDay() {
			return this.period.firstDay();
		}

		public java.time.LocalDate lastDay() {
			return this.period.lastDay();
		}

	}

	/**
	 * The figures of one category or channel.
	 *
	 * @param <K> category or channel
	 * @param key which
	 * @param figures its figures
	 */
	record Part<K>(K key, AnalyticsFigures figures) {
	}

}
