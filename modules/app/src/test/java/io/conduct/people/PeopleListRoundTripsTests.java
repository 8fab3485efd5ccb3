package io.conduct.people;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.RoundTrips;
import io.conduct.testsupport.RoundTrips.Measured;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests for handler roles, with whom each is for, who asked and who decided, cost
 * the same database commands for a page of 2 as for a page of 6: the people of a page in
 * one query, whatever the field that names them.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class PeopleListRoundTripsTests {

	private static final List<Role> ROLES = List.of(Role.CFO_CAO, Role.SUPERVISOR, Role.BOARD);

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	@Test
	void aPageOfRoleGrantRequestsCostsTheSameForTwoAsForSix() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("grants"));
		String admin = TestIssuer.get().token(tenant.key(), "admin", Role.TENANT_ADMIN);
		Imports.run(api, admin, Imports.HEADER + """
				L1,Lee,Lead,lee@example.org,EXECUTIVE_OFFICER,Head of Finance,Finance,,2020-01-01,,
				E1,Eli,Employee,eli@example.org,EMPLOYEE,Analyst,Finance,L1,2024-02-01,,
				E2,Emma,Other,emma@example.org,OFFICER,Controller,Finance,L1,2023-05-01,,
				A1,Ada,Admin,ada@example.org,EMPLOYEE,Administrator,IT,,2020-01-01,,
				B1,Bea,Board,bea@example.org,DIRECTOR,Director,Board,,2020-01-01,,
				""");
		Map<String, String> people = Awaits.people(api, admin, 5);
		List<String> candidates = List.of("Lee Lead", "Eli Employee", "Emma Other");
		Instant at = Instant.parse("2026-08-01T08:00:00Z");
		TenantContext.runAs(tenant, () -> {
			for (int i = 0; i < 6; i++) {
				String person = local(people.get(candidates.get(i % 3)));
				Role role = ROLES.get(i / 3);
				boolean decided = i % 2 == 0;
				this.tenantData.insert(new RoleGrantRequest("request-" + i, person, role,
						decided ? RoleGrantRequest.Status.APPROVED : RoleGrantRequest.Status.PENDING,
						decided ? null : RoleGrantRequest.pendingKeyOf(person, role), "ada",
						local(people.get("Ada Admin")), at.plus(Duration.ofMinutes(i)), decided ? "bea" : null,
						decided ? local(people.get("Bea Board")) : null, decided ? at.plus(Duration.ofHours(i)) : null,
						decided ? "Board resolution " + i : null));
			}
		});
		String board = TestIssuer.get().token(tenant.key(), "bea", Role.BOARD);
		String query = """
				query($first: Int) { roleGrantRequests(first: $first) { edges { cursor node { id role status requestedAt
				  decidedAt note person { displayName title } requestedBy { displayName } decidedBy { displayName } } }
				  pageInfo { hasNextPage } } }""";

		Measured small = RoundTrips.measure(this.commands, () -> api.post(board, query, Map.of("first", 2)));
		Measured large = RoundTrips.measure(this.commands, () -> api.post(board, query, Map.of("first", 6)));

		String nodes = "$.data.roleGrantRequests.edges[*].node.";
		assertThat(large.response().<List<String>>read(nodes + "person.displayName")).hasSize(6)
			.containsOnly("Lee Lead", "Eli Employee", "Emma Other");
		assertThat(large.response().<List<String>>read(nodes + "requestedBy.displayName")).hasSize(6)
			.containsOnly("Ada Admin");
		assertThat(large.response().<List<String>>read(nodes + "decidedBy.displayName")).hasSize(3)
			.containsOnly("Bea Board");
		RoundTrips.assertFlat("roleGrantRequests", small, large);
	}

	private static String local(String personGlobalId) {
		return GlobalId.localIdOf(personGlobalId, "Person").orElseThrow();
	}

}
