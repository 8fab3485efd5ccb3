package io.conduct.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's deadlines come from its tenant's jurisdiction packs, the strictest winning,
 * and the case names the pack that set each one; working days are counted in the tenant's
 * business-day calendar.
 */
@ConductIntegrationTest
class JurisdictionDeadlinesTests {

	private static final String CASE = """
			query($id: ID!) { case(id: $id) { acknowledgementDue feedbackDue
			  acknowledgementDueSetBy { pack name within unit calendar }
			  feedbackDueSetBy { pack within unit } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aJapaneseTenantsDeadlinesComeFromTheJapanesePack() {
		// received 1 September 2026, 16:30 in Tokyo: 20 days, then three months
		Map<String, Object> read = reportIn(tenant("JP", "Asia/Tokyo", "ja-JP", List.of("JP")));

		assertThat(read.get("acknowledgementDue")).isEqualTo("2026-09-21T14:59:59.999Z");
		assertThat(read.get("feedbackDue")).isEqualTo("2026-12-21T14:59:59.999Z");
		assertThat(setBy(read, "acknowledgementDueSetBy")).containsEntry("pack", "JP")
			.containsEntry("within", 20)
			.containsEntry("unit", "CALENDAR_DAYS")
			.containsEntry("calendar", null);
		assertThat(setBy(read, "feedbackDueSetBy")).containsEntry("pack", "JP").containsEntry("unit", "MONTHS");
	}

	@Test
	void theStrictestOfTwoPacksWinsAndTheCaseNamesIt() {
		Map<String, Object> read = reportIn(tenant("JP", "Asia/Tokyo", "ja-JP", List.of("JP", "EU")));

		assertThat(read.get("acknowledgementDue")).isEqualTo("2026-09-08T14:59:59.999Z");
		assertThat(setBy(read, "acknowledgementDueSetBy")).containsEntry("pack", "EU").containsEntry("within", 7);
		assertThat(setBy(read, "feedbackDueSetBy")).containsEntry("pack", "EU");
	}

	@Test
	void workingDayDeadlinesStepOverAPublicHolidayOfTheTenantsCalendar() {
		// Monday 9 November 2026, 10:00 in Paris; Wednesday 11 November is Armistice Day
		this.clock.setTo(Instant.parse("2026-11-09T09:00:00Z"));

		Map<String, Object> read = reportIn(tenant("FR", "Europe/Paris", "fr-FR", List.of("FR")));

		// seven working days: Tue 10, Thu 12, Fri 13, Mon 16, Tue 17, Wed 18, Thu 19
		assertThat(read.get("acknowledgementDue")).isEqualTo("2026-11-19T22:59:59.999Z");
		assertThat(setBy(read, "acknowledgementDueSetBy")).containsEntry("pack", "FR")
			.containsEntry("unit", "WORKING_DAYS")
			.containsEntry("within", 7);
		assertThat((String) setBy(read, "acknowledgementDueSetBy").get("calendar")).doesNotContain("weekdays only");
	}

	@Test
	void theFeedbackDeadlineAndItsPackAreRecomputedAtTheAcknowledgement() {
		// JP then DE, received 1 September 2026, 16:30 in Tokyo: before the
		// acknowledgement
		// each pack counts three months from the end of its own acknowledgement period
		// (DE 8 September, JP 21 September), so DE's falls first
		Tenant tenant = tenant("JP", "Asia/Tokyo", "ja-JP", List.of("JP", "DE"));
		String cfo = TestIssuer.get().token(tenant.key(), "carla", Role.CFO_CAO);
		String caseId = Reports.caseId(submitNamed(tenant));
		Map<String, Object> before = this.api.post(cfo, CASE, Map.of("id", caseId)).read("$.data.case");
		assertThat(before.get("feedbackDue")).isEqualTo("2026-12-08T14:59:59.999Z");
		assertThat(setBy(before, "feedbackDueSetBy")).containsEntry("pack", "DE");

		// acknowledged on 3 September: every pack counts from that day, a tie the first
		// listed pack (JP) wins
		this.clock.setTo(Instant.parse("2026-09-03T01:00:00Z"));
		var acknowledged = this.api.post(cfo, """
				mutation($id: ID!) { caseAcknowledge(input: {caseId: $id}) { userErrors { code } } }""",
				Map.of("id", caseId));
		assertThat(acknowledged.<List<?>>read("$.data.caseAcknowledge.userErrors")).as(acknowledged.body()).isEmpty();
		Map<String, Object> after = this.api.post(cfo, CASE, Map.of("id", caseId)).read("$.data.case");

		assertThat(after.get("feedbackDue")).isEqualTo("2026-12-03T14:59:59.999Z");
		assertThat(setBy(after, "feedbackDueSetBy")).containsEntry("pack", "JP").containsEntry("unit", "MONTHS");
		assertThat(setBy(after, "acknowledgementDueSetBy")).containsEntry("pack", "DE");
	}

	@Test
	void theReportersViewsNameThePacksThatSetTheirDeadlines() {
		Tenant tenant = tenant("JP", "Asia/Tokyo", "ja-JP", List.of("JP", "EU"));
		String erin = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);
		submitNamed(tenant);
		var own = this.api.post(erin, """
				{ viewer { reports { edges { node { acknowledgementDue acknowledgementDueSetBy { pack name within unit }
				  feedbackDueSetBy { pack name } } } } } }""");
		assertThat(own.<String>read("$.data.viewer.reports.edges[0].node.acknowledgementDueSetBy.pack")).as(own.body())
			.isEqualTo("EU");
		assertThat(own.<String>read("$.data.viewer.reports.edges[0].node.acknowledgementDueSetBy.name"))
			.contains("2019/1937");
		assertThat(own.<Integer>read("$.data.viewer.reports.edges[0].node.acknowledgementDueSetBy.within"))
			.isEqualTo(7);
		assertThat(own.<String>read("$.data.viewer.reports.edges[0].node.feedbackDueSetBy.pack")).isEqualTo("EU");

		String passphrase = "correct horse battery staple";
		var anonymous = Reports.submitPublic(this.api, tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "an anonymous concern"), passphrase);
		String receiptKey = anonymous.read("$.data.publicReportSubmit.receipt.receiptKey");
		var followUp = this.api.post(null, """
				query($input: PublicReportAccessInput!) { publicReport(input: $input) {
				  acknowledgementDueSetBy { pack name } feedbackDueSetBy { pack unit } } }""", Map.of("input",
				Map.of("intakeKey", tenant.publicIntakeKey(), "receiptKey", receiptKey, "passphrase", passphrase)));
		assertThat(followUp.<String>read("$.data.publicReport.acknowledgementDueSetBy.pack")).as(followUp.body())
			.isEqualTo("EU");
		assertThat(followUp.<String>read("$.data.publicReport.feedbackDueSetBy.unit")).isEqualTo("MONTHS");
	}

	@Test
	void theTenantsPacksAreServedWithTheirDutiesInTheReadersLanguage() {
		Tenant tenant = tenant("FR", "Europe/Paris", "fr-FR", List.of("FR", "DE"));
		String cfo = TestIssuer.get().token(tenant.key(), "carla", Role.CFO_CAO);
		String packs = """
				query($l: Locale) { jurisdictionPacks(language: $l) { key name source acknowledgement { within unit }
				  feedback { within unit } meeting { within unit } reporterProtection
				  retention { recordKind from keep kind onlyIfNotInvestigated source } duties dutiesLanguage } }""";

		var french = this.api.post(cfo, packs, Map.of("l", "fr-FR"));
		var german = this.api.post(cfo, packs, Map.of("l", "de"));
		var tenants = this.api.post(cfo, packs, Map.of());

		assertThat(french.<List<String>>read("$.data.jurisdictionPacks[*].key")).as(french.body())
			.containsExactly("FR", "DE");
		assertThat(french.<Integer>read("$.data.jurisdictionPacks[0].meeting.within")).isEqualTo(20);
		assertThat(french.<String>read("$.data.jurisdictionPacks[0].meeting.unit")).isEqualTo("WORKING_DAYS");
		assertThat(french.<String>read("$.data.jurisdictionPacks[0].acknowledgement.unit")).isEqualTo("WORKING_DAYS");
		assertThat(french.<String>read("$.data.jurisdictionPacks[0].dutiesLanguage")).isEqualTo("fr");
		assertThat(french.<String>read("$.data.jurisdictionPacks[0].duties[0]")).contains("vingt jours ouvrés");
		// the German pack has no French text: English, and says so
		assertThat(french.<String>read("$.data.jurisdictionPacks[1].dutiesLanguage")).isEqualTo("en");
		assertThat(french.<String>read("$.data.jurisdictionPacks[1].duties[0]")).contains("presumed to be retaliation");
		assertThat(french.<Object>read("$.data.jurisdictionPacks[1].meeting")).isNull();
		assertThat(french.<String>read("$.data.jurisdictionPacks[1].reporterProtection")).isEqualTo("P2Y");
		assertThat(french.<List<String>>read("$.data.jurisdictionPacks[1].retention[*].keep")).containsExactly("P3Y");
		assertThat(french.<List<String>>read("$.data.jurisdictionPacks[1].retention[*].kind"))
			.containsExactly("MAXIMUM");
		assertThat(german.<String>read("$.data.jurisdictionPacks[1].dutiesLanguage")).isEqualTo("de");
		assertThat(german.<String>read("$.data.jurisdictionPacks[1].duties[0]")).contains("Repressalie");
		// without a language: the tenant's (fr-FR)
		assertThat(tenants.<String>read("$.data.jurisdictionPacks[0].dutiesLanguage")).isEqualTo("fr");
	}

	private GraphQlHttp.Response submitNamed(Tenant tenant) {
		String reporter = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);
		var submitted = this.api.post(reporter, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "NAMED", "report", Reports.fields("OTHER", "CFO_CAO", "a concern"))));
		assertThat(submitted.<List<?>>read("$.data.reportSubmit.userErrors")).as(submitted.body()).isEmpty();
		return submitted;
	}

	private Tenant tenant(String country, String zone, String locale, List<String> jurisdictions) {
		Tenant registered = TestTenants.register(this.registry, TestTenants.uniqueKey("jur"), null, locale, zone);
		return this.registry
			.save(new Tenant(registered.key(), new Tenant.Profile(registered.name(), null, country, jurisdictions),
					new Tenant.Regional(locale, zone, "EUR", "eu"), registered.fiscal(), registered.access(),
					registered.lifecycle()));
	}

	private Map<String, Object> reportIn(Tenant tenant) {
		String reporter = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);
		String cfo = TestIssuer.get().token(tenant.key(), "carla", Role.CFO_CAO);
		var submitted = this.api.post(reporter, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "NAMED", "report", Reports.fields("OTHER", "CFO_CAO", "a concern"))));
		assertThat(submitted.<List<?>>read("$.data.reportSubmit.userErrors")).as(submitted.body()).isEmpty();
		var read = this.api.post(cfo, CASE, Map.of("id", Reports.caseId(submitted)));
		assertThat(read.hasErrors()).as(read.body()).isFalse();
		return read.read("$.data.case");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> setBy(Map<String, Object> read, String field) {
		return (Map<String, Object>) read.get(field);
	}

}
