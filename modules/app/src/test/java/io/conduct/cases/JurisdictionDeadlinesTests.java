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
