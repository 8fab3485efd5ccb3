package io.conduct.oversight;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.conduct.cases.EscalatedCase;
import io.conduct.cases.EscalatedCases;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A fiscal quarter's board pack for the caller's part of the group: the analytics, the
 * escalated matters received in each tenant's quarter with their status, and, for members
 * of the Audit Committee, its record of every accounting concern received. Dates are in
 * each tenant's zone, words in the reader's language. Each tenant's read is audited in
 * its trail.
 */
@Service
class BoardPacks {

	/** The most matters and concerns a pack lists per tenant. */
	static final int MAX_PER_TENANT = 500;

	private final GroupAnalytics analytics;

	private final EscalatedCases cases;

	private final GroupEscalations escalations;

	private final TenantRegistry tenants;

	private final GroupReads reads;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	BoardPacks(GroupAnalytics analytics, EscalatedCases cases, GroupEscalations escalations, TenantRegistry tenants,
			GroupReads reads, AuditTrail audit, java.time.Clock clock) {
		this.analytics = analytics;
		this.cases = cases;
		this.escalations = escalations;
		this.tenants = tenants;
		this.reads = reads;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public BoardPack assemble(int fiscalYear, int quarter, Locale language) {
		Tenant home = TenantContext.required();
		GroupAnalytics.Report figures = this.analytics.quarter(fiscalYear, quarter);
		EscalatedCase.Reader reader = this.escalations.reader();
		boolean committee = reader.roles().contains(Role.AUDIT_COMMITTEE);
		Map<Tenant, TenantPart> parts = this.reads.inEach(this.tenants.activeSubtree(home), (tenant) -> {
			FiscalQuarter period = FiscalQuarter.of(fiscalYear, quarter, tenant);
			List<EscalatedMatter> matters = this.escalations.cameIn(tenant, tenant.key().equals(home.key()), reader,
					period.firstDay(), period.lastDay(), MAX_PER_TENANT);
			List<EscalatedCase> concerns = committee
					? this.cases.accountingConcerns(reader, period.from(), period.to(), MAX_PER_TENANT) : null;
			Map<EscalatedMatter.Source, List<String>> shown = new EnumMap<>(EscalatedMatter.Source.class);
			matters.forEach((m) -> shown.computeIfAbsent(m.source(), (s) -> new ArrayList<>()).add(m.localId()));
			if (concerns != null) {
				List<String> cases = shown.computeIfAbsent(EscalatedMatter.Source.CASE, (s) -> new ArrayList<>());
				concerns.stream().map(EscalatedCase::caseId).filter((id) -> !cases.contains(id)).forEach(cases::add);
			}
			shown.forEach((source, ids) -> this.audit.recordAll("oversight.board-pack.export", source.type, ids,
					Map.of("readerTenant", home.key(), "quarter", period.label())));
			return new TenantPart(tenant, period, matters, concerns);
		});
		return new BoardPack(fiscalYear, quarter, BoardPackTexts.in(language), home, CurrentUser.required().getName(),
				this.clock.instant(), figures, List.copyOf(parts.values()), committee);
	}

	/**
	 * A tenant's part of the pack.
	 *
	 * @param tenant the tenant
	 * @param period its fiscal quarter
	 * @param matters the escalated matters of every kind that came in in it (cases,
	 * waiver requests, amendments of the Code to disclose, conflict determinations), most
	 * urgent first
	 * @param concerns the accounting concerns received in it; null for a reader outside
	 * the Audit Committee
	 */
	record TenantPart(Tenant tenant, FiscalQuarter period, List<EscalatedMatter> matters,
			List<EscalatedCase> concerns) {

		String date(Instant at, Locale locale) {
			return (at == null) ? ""
					: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
						.withLocale(locale)
						.format(at.atZone(ZoneId.of(this.tenant.timeZone())));
		}

	}

	/**
	 * A board pack.
	 *
	 * @param fiscalYear the fiscal year
	 * @param quarter the quarter
	 * @param texts its words
	 * @param home the reader's tenant
	 * @param reader who asked
	 * @param generatedAt when
	 * @param analytics the figures
	 * @param parts a part a tenant, parents first
	 * @param forCommittee whether it holds the Audit Committee's record
	 */
	record BoardPack(int fiscalYear, int quarter, BoardPackTexts texts, Tenant home, String reader, Instant generatedAt,
			GroupAnalytics.Report analytics, List<TenantPart> parts, boolean forCommittee) {

		String fileName(String extension) {
			return "board-pack-" + this.home.key() + "-FY" + this.fiscalYear + "-Q" + this.quarter + "." + extension;
		}

		String generatedLine() {
			return this.texts.get("generated",
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(this.texts.locale())
						.format(this.generatedAt.atZone(this.home.zoneId())),
					this.home.name());
		}

	}

}
