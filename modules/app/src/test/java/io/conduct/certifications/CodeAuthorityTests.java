package io.conduct.certifications;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the CFO/CAO or the Board amends the Code and runs its campaigns; a tenant
 * administrator administers people and settings, not the Code's content, and reads the
 * campaigns' settings only.
 */
@ConductIntegrationTest
class CodeAuthorityTests {

	private static final String ADDITION = """
			mutation($input: CodeAdditionPublishInput!) { codeAdditionPublish(input: $input) {
			  addition { number } userErrors { field code } } }""";

	private static final String SETTINGS = """
			mutation { certificationSettingsUpdate(input: {onHireDueDays: 365, annualOpensOn: "12-31",
			  annualDueDays: 365, closeAfterDays: 400, reminderDaysBefore: [], supervisorAfterDays: 30,
			  cfoCaoAfterDays: 31}) { settings { onHireDueDays } userErrors { field code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant group;

	LocalDate today;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = TestTenants.register(this.registry, TestTenants.uniqueKey("auth"));
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin")));
		CodeFixtures.publish(this.api, token("carla", Role.CFO_CAO), this.today.minusDays(1), "en");
	}

	@Test
	void tenantAdministratorsNeitherAmendTheCodeNorRunItsCampaigns() {
		String admin = token("alex", Role.TENANT_ADMIN, Role.EMPLOYEE);

		var version = this.api.post(admin, CodeFixtures.PUBLISH,
				Map.of("input", CodeFixtures.amendment(this.today.toString(), "en")));
		var addition = this.api.post(admin, ADDITION,
				Map.of("input", CodeFixtures.amendment(this.today.toString(), "en")));
		var campaign = this.api.post(admin, CampaignFixture.OPEN,
				Map.of("input", Map.of("name", "Everyone again", "dueDate", this.today.plusDays(30).toString())));
		var settings = this.api.post(admin, SETTINGS);
		var readsSettings = this.api.post(admin, "{ certificationSettings { onHireDueDays } }");

		assertThat(version.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(addition.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(campaign.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(settings.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(readsSettings.hasErrors()).as(readsSettings.body()).isFalse();
		assertThat(this.api.post(admin, "{ codeVersions { edges { node { number } } } }")
			.<List<Integer>>read("$.data.codeVersions.edges[*].node.number")).containsExactly(1);
	}

	@Test
	void theBoardAmendsTheCodeAndRunsItsCampaigns() {
		String board = token("bea", Role.BOARD);

		var version = this.api.post(board, CodeFixtures.PUBLISH,
				Map.of("input", CodeFixtures.amendment(this.today.toString(), "en")));
		var campaign = this.api.post(board, CampaignFixture.OPEN,
				Map.of("input", Map.of("name", "After the amendment", "dueDate", this.today.plusDays(30).toString())));

		assertThat(version.<List<?>>read("$.data.codeVersionPublish.userErrors")).as(version.body()).isEmpty();
		assertThat(campaign.<List<?>>read("$.data.certificationCampaignOpen.userErrors")).as(campaign.body()).isEmpty();
	}

	private String token(String subject, Role... roles) {
		return TestIssuer.get().token(this.group.key(), subject, roles);
	}

}
