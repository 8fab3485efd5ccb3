package io.conduct.people;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of people with their supervisors and relatives' entries costs the same number of
 * database commands for 5 people as for 50: related people are batch-loaded.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class PeopleBatchLoadingTests {

	private static final String PAGE = """
			query($first: Int) { people(first: $first) { edges { node {
			  displayName supervisor { displayName supervisor { displayName } } relatives { person { displayName } } } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate tenantData;

	@LocalServerPort
	int port;

	@Test
	void aPageCostsAFixedNumberOfCommandsWhateverItsSize() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		String key = TestTenants.uniqueKey("batch");
		TestTenants.register(this.registry, key);
		String admin = TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN);
		StringBuilder csv = new StringBuilder(Imports.HEADER);
		IntStream.range(0, 60)
			// ten team leads, sorted last (family name Z...); everyone else has one of
			// them as supervisor
			.forEach((i) -> csv.append("P%03d,G%d,%s%03d,p%d@example.org,EMPLOYEE,,,%s,,,\n".formatted(i, i,
					(i < 10) ? "Z" : "F", i, i, (i < 10) ? "" : "P%03d".formatted(i % 10))));
		Imports.run(api, admin, csv.toString());
		// every fifth person declares a colleague as a relative
		List<String> ids = api.post(admin, "{ people(first: 100) { edges { node { id } } } }")
			.read("$.data.people.edges[*].node.id");
		for (int i = 0; i < ids.size(); i += 5) {
			var declared = api.post(admin, """
					mutation($p: ID!, $r: ID!) { personRelativeDeclare(input: {personId: $p, relation: SIBLING,
					  name: "Sib", relativePersonId: $r}) { userErrors { code } } }""",
					Map.of("p", ids.get(i), "r", ids.get((i + 1) % ids.size())));
			assertThat(declared.<List<?>>read("$.data.personRelativeDeclare.userErrors")).isEmpty();
		}

		this.commands.reset();
		var small = api.post(admin, PAGE, Map.of("first", 5));
		List<String> forFive = this.commands.tenantCommands("conduct_t_");
		this.commands.reset();
		var large = api.post(admin, PAGE, Map.of("first", 50));
		List<String> forFifty = this.commands.tenantCommands("conduct_t_");

		assertThat(small.<List<?>>read("$.data.people.edges")).hasSize(5);
		assertThat(large.<List<?>>read("$.data.people.edges")).hasSize(50);
		assertThat(large.<List<String>>read("$.data.people.edges[*].node.supervisor.displayName")).hasSize(50);
		assertThat(large.<List<String>>read("$.data.people.edges[*].node.relatives[*].person.displayName")).hasSize(10);
		System.out.printf("People page: %d commands for 5 people, %d for 50: %s%n", forFive.size(), forFifty.size(),
				this.commands.tenantCommandTargets("conduct_t_"));
		assertThat(forFifty).hasSameSizeAs(forFive).hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void aPageOfRoleGrantRequestsCostsAFixedNumberOfCommandsWhateverItsSize() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		String key = TestTenants.uniqueKey("reqs");
		var tenant = TestTenants.register(this.registry, key);
		String admin = TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN);
		StringBuilder csv = new StringBuilder(Imports.HEADER);
		IntStream.range(0, 60)
			.forEach((i) -> csv.append("R%03d,G%d,R%03d,r%d@example.org,OFFICER,,,,,,\n".formatted(i, i, i, i)));
		Imports.run(api, admin, csv.toString());
		List<String> ids = api.post(admin, "{ people(first: 100) { edges { node { id } } } }")
			.read("$.data.people.edges[*].node.id");
		java.time.Instant at = java.time.Instant.parse("2026-09-01T07:00:00Z");
		io.conduct.platform.tenancy.TenantContext.runAs(tenant, () -> {
			for (int i = 0; i < ids.size(); i++) {
				String person = io.conduct.platform.graphql.GlobalId.localIdOf(ids.get(i), "Person").orElseThrow();
				String requester = io.conduct.platform.graphql.GlobalId
					.localIdOf(ids.get((i + 1) % ids.size()), "Person")
					.orElseThrow();
				this.tenantData.insert(
						new RoleGrantRequest("req-" + i, person, Role.TREASURER, RoleGrantRequest.Status.APPROVED, null,
								"admin", requester, at.plusSeconds(i), "bea", requester, at.plusSeconds(i + 60), null));
			}
		});
		String board = TestIssuer.get().token(key, "bea", Role.BOARD);
		String page = """
				query($first: Int) { roleGrantRequests(first: $first) { edges { node {
				  role person { displayName } requestedBy { displayName } decidedBy { displayName } } } } }""";

		this.commands.reset();
		var small = api.post(board, page, Map.of("first", 5));
		List<String> forFive = this.commands.tenantCommands("conduct_t_");
		this.commands.reset();
		var large = api.post(board, page, Map.of("first", 50));
		List<String> forFifty = this.commands.tenantCommands("conduct_t_");

		assertThat(small.<List<?>>read("$.data.roleGrantRequests.edges")).as(small.body()).hasSize(5);
		assertThat(large.<List<String>>read("$.data.roleGrantRequests.edges[*].node.person.displayName")).hasSize(50);
		assertThat(large.<List<String>>read("$.data.roleGrantRequests.edges[*].node.decidedBy.displayName"))
			.hasSize(50);
		System.out.printf("Role grant requests page: %d commands for 5, %d for 50%n", forFive.size(), forFifty.size());
		assertThat(forFifty).hasSameSizeAs(forFive).hasSizeLessThanOrEqualTo(4);
	}

}
