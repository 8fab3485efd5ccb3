package io.conduct.certifications;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certification lists cost the same number of database commands for a page of 5 as
 * for a page of 50: the campaigns, people and assignments they show are loaded in
 * batches.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class CertificationListBatchingTests {

	private static final String EXCEPTIONS = """
			query($first: Int) { certificationExceptions(first: $first) { edges { node {
			  exception status campaign { name } disclosure { determiner discloser { displayName } } } } } }""";

	private static final String COMPLETION = """
			query($id: ID!, $first: Int) { certificationCompletion(campaignId: $id) {
			  departments(first: $first) { edges { node { department counts { overdue } } } }
			  overdue(first: $first) { edges { node { name department person { displayName }
			    escalations { step } assignment { status campaign { name } } } } } } }""";

	private static final String CAMPAIGNS = """
			query($first: Int) { certificationCampaigns(first: $first) { edges { node { name kind } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void exceptionsOverdueDepartmentsAndCampaignsCostTheSameForFiveAsForFifty() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin")));
		CampaignFixture tenant = new CampaignFixture(api, this.registry, this.tenantData, "lst", null, "Europe/Berlin",
				today);
		StringBuilder csv = new StringBuilder(io.conduct.testsupport.Imports.HEADER);
		for (int i = 0; i < 120; i++) {
			csv.append("%d,G%d,Person,%s,EMPLOYEE,,Dept %02d,2,2015-01-05,en,DE\n".formatted(100 + i, i,
					tenant.email("g" + i), i % 60));
		}
		tenant.importPeople(csv.toString());
		String campaign = tenant.openAdHoc("Roll-out", today.plusDays(2));
		for (int i = 0; i < 60; i++) {
			String token = TestIssuer.get().token(tenant.tenant.key(), "g" + i, Role.EMPLOYEE);
			var certified = CodeFixtures.certifyCurrent(api, token, "G" + i + " Person", this.clock.instant(),
					Map.of("exception", "Disclosure " + i));
			assertThat(certified.<String>read("$.data.codeCertify.certification.status")).as(certified.body())
				.isEqualTo("EXCEPTION_RAISED");
		}
		for (int i = 0; i < 54; i++) {
			tenant.openAdHoc("Campaign " + i, today.plusDays(30));
		}
		this.clock.advance(Duration.ofDays(4));

		// each exception's disclosure comes with the page, for its determiner (the first
		// read also links Carol's account to her directory entry, once)
		assertThat(api.post(tenant.carol, EXCEPTIONS, Map.of("first", 50))
			.<List<String>>read("$.data.certificationExceptions.edges[*].node.disclosure.determiner")).hasSize(50)
			.containsOnly("CFO_CAO");
		Counted exceptions = count(api, tenant.carol, EXCEPTIONS, Map.of(), "certificationExceptions.edges");
		Counted completion = count(api, tenant.carol, COMPLETION, Map.of("id", campaign),
				"certificationCompletion.overdue.edges");
		Counted campaigns = count(api, tenant.carol, CAMPAIGNS, Map.of(), "certificationCampaigns.edges");

		System.out.printf(
				"Certification lists, commands for 5 and for 50: exceptions %s, completion %s, campaigns %s%n",
				exceptions, completion, campaigns);
		assertThat(exceptions.forFifty()).isEqualTo(exceptions.forFive());
		assertThat(completion.forFifty()).isEqualTo(completion.forFive());
		assertThat(campaigns.forFifty()).isEqualTo(campaigns.forFive());
	}

	/** The commands for a page of 5 and one of 50, each page full. */
	private Counted count(GraphQlHttp api, String token, String query, Map<String, Object> variables, String edges) {
		int[] counts = new int[2];
		int[] sizes = { 5, 50 };
		for (int i = 0; i < 2; i++) {
			Map<String, Object> withFirst = new java.util.HashMap<>(variables);
			withFirst.put("first", sizes[i]);
			this.commands.reset();
			var response = api.post(token, query, withFirst);
			counts[i] = this.commands.tenantCommands("conduct_t_").size();
			List<String> targets = this.commands.tenantCommandTargets("conduct_t_");
			System.out.println("Commands: " + targets);
			assertThat(targets).as("one audit write a request")
				.filteredOn((c) -> c.endsWith("audit_log"))
				.hasSizeLessThanOrEqualTo(1);
			assertThat(response.<List<?>>read("$.data." + edges)).as(response.body()).hasSize(sizes[i]);
		}
		return new Counted(counts[0], counts[1]);
	}

	private record Counted(int forFive, int forFifty) {

		@Override
		public String toString() {
			return this.forFive + "/" + this.forFifty;
		}

	}

}
