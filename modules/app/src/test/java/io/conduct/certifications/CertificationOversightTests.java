package io.conduct.certifications;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completion per campaign and department with the names of those overdue for the CFO/CAO,
 * who can refer them for discipline; group-wide numbers for the parent's Board and Audit
 * Committee; both as CSV.
 */
@ConductIntegrationTest
class CertificationOversightTests {

	private static final String COMPLETION = """
			query($id: ID!) { certificationCompletion(campaignId: $id) {
			  campaign { name } totals { assigned completed exceptions pending overdue completionRate }
			  departments { edges { node { department counts { assigned completed exceptions pending overdue } } } }
			  overdue(first: 10) { edges { node { assignmentId name department dueDate daysOverdue referredForDiscipline
			    person { displayName } } } }
			  csv } }""";

	private static final String REFER = """
			mutation($id: ID!) { certificationAssignmentReferForDiscipline(input: {assignmentId: $id, note: "Third reminder ignored"}) {
			  assignment { status } userErrors { code } } }""";

	private static final String GROUP = """
			query($year: Int!) { groupCertificationCompletion(year: $year) {
			  totals { assigned completed overdue } tenants { edges { node { tenantKey campaign { name } counts { assigned completed } } } }
			  csv } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	LocalDate today;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin")));
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void theCfoCaoSeesCompletionByDepartmentAndWhoIsOverdueAndRefersThem() {
		CampaignFixture tenant = new CampaignFixture(this.api, this.registry, this.tenantData, "ovs", null,
				"Europe/Berlin", this.today);
		LocalDate due = this.today.plusDays(5);
		String campaign = tenant.openAdHoc("Annual roll-out", due);
		CodeFixtures.certifyCurrent(this.api, tenant.sam, "Sam Supervisor", this.clock.instant(), Map.of());
		CodeFixtures.certifyCurrent(this.api, tenant.erin, "Erin Employee", this.clock.instant(),
				Map.of("exception", "A gift above the limit"));
		this.clock.setTo(due.plusDays(3).atStartOfDay(tenant.zone).plus(Duration.ofHours(9)).toInstant());

		var completion = this.api.post(tenant.carol, COMPLETION, Map.of("id", campaign));

		assertThat(completion.<Map<String, Object>>read("$.data.certificationCompletion.totals")).as(completion.body())
			.containsEntry("assigned", 3)
			.containsEntry("completed", 1)
			.containsEntry("exceptions", 1)
			.containsEntry("pending", 1)
			.containsEntry("overdue", 1);
		assertThat(completion.<List<String>>read("$.data.certificationCompletion.departments.edges[*].node.department"))
			.containsExactly("Finance", "Sales");
		assertThat(completion.<Integer>read("$.data.certificationCompletion.departments.edges[0].node.counts.overdue"))
			.isEqualTo(1);
		assertThat(completion.<Integer>read("$.data.certificationCompletion.departments.edges[1].node.counts.overdue"))
			.isZero();
		assertThat(completion.<List<String>>read("$.data.certificationCompletion.overdue.edges[*].node.name"))
			.containsExactly("Carol Cfo");
		assertThat(completion.<Integer>read("$.data.certificationCompletion.overdue.edges[0].node.daysOverdue"))
			.isEqualTo(3);
		String csv = completion.read("$.data.certificationCompletion.csv");
		assertThat(csv.lines().toList()).containsExactly(
				"campaign,department,assigned,completed,exceptions,pending,overdue,overduePerson,dueDate,daysOverdue",
				"Annual roll-out,Finance,1,0,0,1,1,,,", "Annual roll-out,Sales,2,1,1,0,0,,,",
				"Annual roll-out,Finance,,,,,,Carol Cfo," + due + ",3");

		String carolsAssignment = completion.read("$.data.certificationCompletion.overdue.edges[0].node.assignmentId");
		var referred = this.api.post(tenant.carol, REFER, Map.of("id", carolsAssignment));
		var twice = this.api.post(tenant.carol, REFER, Map.of("id", carolsAssignment));
		assertThat(referred.<List<?>>read("$.data.certificationAssignmentReferForDiscipline.userErrors"))
			.as(referred.body())
			.isEmpty();
		assertThat(twice.<String>read("$.data.certificationAssignmentReferForDiscipline.userErrors[0].code"))
			.isEqualTo("REFERRED");
		assertThat(this.api.post(tenant.carol, COMPLETION, Map.of("id", campaign))
			.<Boolean>read("$.data.certificationCompletion.overdue.edges[0].node.referredForDiscipline")).isTrue();
	}

	@Test
	void theOverdueListPagesThroughEveryoneAndTheCsvHasThemAll() {
		CampaignFixture tenant = new CampaignFixture(this.api, this.registry, this.tenantData, "ovp", null,
				"Europe/Berlin", this.today);
		StringBuilder csv = new StringBuilder(io.conduct.testsupport.Imports.HEADER);
		for (int i = 0; i < 120; i++) {
			String department = (i % 4 == 0) ? "" : "Dept " + (i % 3);
			csv.append(100 + i)
				.append(",P")
				.append(i)
				.append(",Person,p")
				.append(i)
				.append('@')
				.append(tenant.tenant.key())
				.append(".test,EMPLOYEE,,")
				.append(department)
				.append(",,2015-01-05,en,DE\n");
		}
		tenant.importPeople(csv.toString());
		LocalDate due = this.today.plusDays(1);
		String campaign = tenant.openAdHoc("Roll-out", due);
		this.clock.setTo(due.plusDays(2).atStartOfDay(tenant.zone).plus(Duration.ofHours(9)).toInstant());

		List<String> names = new java.util.ArrayList<>();
		List<String> departments = new java.util.ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", campaign));
			variables.put("after", after);
			var page = this.api.post(tenant.carol, """
					query($id: ID!, $after: String) { certificationCompletion(campaignId: $id) {
					  overdue(first: 50, after: $after) { edges { node { name department } }
					  pageInfo { hasNextPage endCursor } } } }""", variables);
			names.addAll(page.read("$.data.certificationCompletion.overdue.edges[*].node.name"));
			departments.addAll(page.read("$.data.certificationCompletion.overdue.edges[*].node.department"));
			after = page.<Boolean>read("$.data.certificationCompletion.overdue.pageInfo.hasNextPage")
					? page.read("$.data.certificationCompletion.overdue.pageInfo.endCursor") : null;
			pages++;
		}
		while (after != null);
		String export = this.api
			.post(tenant.carol, "query($id: ID!) { certificationCompletion(campaignId: $id) { csv } }",
					Map.of("id", campaign))
			.read("$.data.certificationCompletion.csv");

		assertThat(pages).isEqualTo(3);
		assertThat(names).hasSize(123).doesNotHaveDuplicates();
		// people without a department first, then by department
		assertThat(departments.subList(0, 30)).containsOnlyNulls();
		assertThat(departments.subList(30, 123)).isSortedAccordingTo(String::compareTo);
		assertThat(export.lines().filter((line) -> line.contains(",Person,") || line.matches(".*,P\\d+ Person,.*")))
			.hasSize(120);
	}

	@Test
	void onlyTheCfoCaoSeesATenantsCompletionAndOnlyOverdueCertificationsAreReferred() {
		CampaignFixture tenant = new CampaignFixture(this.api, this.registry, this.tenantData, "ovr", null,
				"Europe/Berlin", this.today);
		String campaign = tenant.openAdHoc("Roll-out", this.today.plusDays(5));
		String erinsAssignment = this.api.post(tenant.erin, CampaignFixture.ASSIGNMENTS)
			.read("$.data.viewer.certificationAssignments.edges[0].node.id");

		assertThat(this.api.post(tenant.erin, COMPLETION, Map.of("id", campaign)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(this.api.post(tenant.admin, COMPLETION, Map.of("id", campaign)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(this.api.post(tenant.board, COMPLETION, Map.of("id", campaign)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(this.api.post(tenant.carol, REFER, Map.of("id", erinsAssignment))
			.<String>read("$.data.certificationAssignmentReferForDiscipline.userErrors[0].code"))
			.isEqualTo("NOT_OVERDUE");
	}

	@Test
	void theParentsBoardSeesEverySubsidiarysNumbersAndASubsidiarysBoardDoesNot() {
		CampaignFixture parent = new CampaignFixture(this.api, this.registry, this.tenantData, "grp", null,
				"Europe/Berlin", this.today);
		CampaignFixture germany = new CampaignFixture(this.api, this.registry, this.tenantData, "de",
				parent.tenant.key(), "Europe/Berlin", this.today);
		CampaignFixture japan = new CampaignFixture(this.api, this.registry, this.tenantData, "jp", parent.tenant.key(),
				"Asia/Tokyo", this.today);
		parent.openAdHoc("Group roll-out", this.today.plusDays(20));
		germany.openAdHoc("Roll-out DE", this.today.plusDays(20));
		japan.openAdHoc("Roll-out JP", this.today.plusDays(20));
		CodeFixtures.certifyCurrent(this.api, germany.erin, "Erin Employee", this.clock.instant(), Map.of());
		// a new starter in Germany: the on-hire campaign counts those assigned in the
		// year
		germany.importPeople(io.conduct.testsupport.Imports.HEADER + "4,Nina,New," + germany.email("nina")
				+ ",EMPLOYEE,,Sales,2," + this.today + ",de-DE,DE\n");
		int year = this.today.getYear();

		var group = this.api.post(parent.board, GROUP, Map.of("year", year));

		assertThat(group.<List<String>>read("$.data.groupCertificationCompletion.tenants.edges[*].node.tenantKey"))
			.as(group.body())
			.containsExactly(parent.tenant.key(), germany.tenant.key(), germany.tenant.key(), japan.tenant.key());
		assertThat(group.<List<String>>read("$.data.groupCertificationCompletion.tenants.edges[*].node.campaign.name"))
			.containsExactly("Group roll-out", "On hire", "Roll-out DE", "Roll-out JP");
		assertThat(group.<Map<String, Object>>read("$.data.groupCertificationCompletion.totals"))
			.containsEntry("assigned", 10)
			.containsEntry("completed", 1);
		// numbers only: no column that could carry a person
		assertThat(group.<String>read("$.data.groupCertificationCompletion.csv").lines().toList()).hasSize(5)
			.first()
			.isEqualTo("tenant,tenantName,campaign,kind,dueDate,status,assigned,completed,exceptions,pending,overdue,"
					+ "completionRate");
		assertThat(this.api.post(germany.board, GROUP, Map.of("year", year)).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(this.api.post(parent.erin, GROUP, Map.of("year", year)).firstErrorCode()).isEqualTo("FORBIDDEN");
	}

}
