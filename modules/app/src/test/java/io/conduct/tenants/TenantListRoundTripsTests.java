package io.conduct.tenants;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenants a parent's Board sees, each with its parent and its subsidiaries, cost the
 * same commands for a page of 2 as for a page of 6: none per tenant, the registry's
 * snapshot answers.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class TenantListRoundTripsTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	@Test
	void aPageOfTenantsWithParentsAndChildrenCostsTheSameForTwoAsForSix() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		String top = TestTenants.uniqueKey("hold");
		TestTenants.register(this.registry, top);
		for (int i = 0; i < 6; i++) {
			String child = top + "-c" + i;
			TestTenants.register(this.registry, child, top, "de-DE", "Europe/Berlin");
			TestTenants.register(this.registry, child + "-g", child, "de-DE", "Europe/Berlin");
		}
		String board = TestIssuer.get().token(top, "bea", Role.BOARD);
		String query = """
				query($first: Int) { tenants(first: $first) { edges { cursor node { id key name country jurisdictions
				  defaultLocale timeZone currency status parent { id key name }
				  children(first: 5) { edges { node { key name parent { key } } } } } }
				  pageInfo { hasNextPage endCursor } } }""";

		Measured small = RoundTrips.measure(this.commands, "conduct_",
				() -> api.post(board, query, Map.of("first", 2)));
		Measured large = RoundTrips.measure(this.commands, "conduct_",
				() -> api.post(board, query, Map.of("first", 6)));

		assertThat(large.response().<List<String>>read("$.data.tenants.edges[*].node.key")).hasSize(6).startsWith(top);
		assertThat(large.response().<List<String>>read("$.data.tenants.edges[*].node.parent.key")).hasSize(5)
			.contains(top, top + "-c0", top + "-c1");
		assertThat(large.response().<List<String>>read("$.data.tenants.edges[*].node.children.edges[*].node.key"))
			.as("the top company's first 5 subsidiaries, and each subsidiary's own")
			.hasSize(5 + 3);
		RoundTrips.assertFlat("tenants", small, large);
	}

	@Test
	void aTenantSaysWhetherItIsTheGroupsTopCompanyEvenToThoseWhoMayNotSeeItsParent() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		String top = TestTenants.uniqueKey("hold");
		TestTenants.register(this.registry, top);
		TestTenants.register(this.registry, top + "-sub", top, "de-DE", "Europe/Berlin");
		String query = "{ viewer { tenant { key topOfGroup parent { key } } } }";

		var atTop = api.post(TestIssuer.get().token(top, "bea", Role.BOARD), query);
		var below = api.post(TestIssuer.get().token(top + "-sub", "bob", Role.BOARD), query);

		assertThat(atTop.<Boolean>read("$.data.viewer.tenant.topOfGroup")).isTrue();
		assertThat(below.<Boolean>read("$.data.viewer.tenant.topOfGroup")).isFalse();
		assertThat(below.<Object>read("$.data.viewer.tenant.parent")).as("the parent stays hidden").isNull();
	}

}
