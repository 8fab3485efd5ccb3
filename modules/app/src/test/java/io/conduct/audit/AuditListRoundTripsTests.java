package io.conduct.audit;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SecurityProperties;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.RoundTrips;
import io.conduct.testsupport.RoundTrips.Measured;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the audit trail, the tenant's or the platform's, with every field of its
 * entries, costs the same commands for 2 entries as for 6: the page and the write that
 * records the reading.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class AuditListRoundTripsTests {

	private static final String ENTRY = """
			edges { cursor node { id place at actorSubject actorTenant action targetType target
			  details { name value } changes { field before after } hash previousHash } }
			pageInfo { hasNextPage endCursor }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	SecurityProperties security;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	@BeforeEach
	void tenantWithATrail() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("trips"));
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		var imported = Imports.run(this.api, admin, Imports.HEADER + """
				L1,Lee,Lead,lee@example.org,EXECUTIVE_OFFICER,Head of Finance,Finance,,2020-01-01,,
				E1,Eli,Employee,eli@example.org,EMPLOYEE,Analyst,Finance,L1,2024-02-01,,
				E2,Emma,Other,emma@example.org,OFFICER,Controller,Finance,L1,2023-05-01,,
				E3,Eva,Third,eva@example.org,EMPLOYEE,Analyst,Finance,L1,2024-02-01,,
				E4,Ed,Fourth,ed@example.org,EMPLOYEE,Analyst,Finance,L1,2024-02-01,,
				""");
		assertThat(imported.<Integer>read("$.data.personImport.created")).isEqualTo(5);
	}

	@Test
	void aPageOfTheTenantsTrailCostsTheSameForTwoEntriesAsForSixAndItsReadingIsRecorded() {
		String committee = TestIssuer.get().token(this.tenant.key(), "ada", Role.AUDIT_COMMITTEE);
		String query = "query($first: Int) { auditTrail(first: $first) { " + ENTRY + " } }";

		Measured small = RoundTrips.measure(this.commands, () -> this.api.post(committee, query, Map.of("first", 2)));
		Measured large = RoundTrips.measure(this.commands, () -> this.api.post(committee, query, Map.of("first", 6)));

		assertThat(large.response().<List<String>>read("$.data.auditTrail.edges[*].node.action")).hasSize(6);
		RoundTrips.assertFlat("auditTrail", small, large);
		assertThat(large.auditWrites()).as("the reading is recorded, in one write").isEqualTo(1);
		var reads = this.api.post(committee,
				"{ auditTrail(first: 5, filter: {actorSubject: \"ada\"}) { edges { node { action targetType } } } }");
		assertThat(reads.<List<String>>read("$.data.auditTrail.edges[*].node.action")).contains("audit.trail.read");
	}

	@Test
	void aPageOfThePlatformsTrailCostsTheSameForTwoEntriesAsForSix() {
		Tenant operator = this.registry.findByKey(this.security.operatorTenant())
			.orElseGet(() -> TestTenants.register(this.registry, this.security.operatorTenant()));
		String operatorToken = TestIssuer.get().token(operator.key(), "olu", Role.PLATFORM_ADMIN);
		for (int i = 0; i < 6; i++) {
			// each verification is an entry of the platform's trail
			this.api.post(operatorToken, "query($t: ID) { platformAuditChainVerification(tenantId: $t) { intact } }",
					Map.of("t", GlobalId.encode("Tenant", this.tenant.key())));
		}
		String query = "query($first: Int) { platformAuditTrail(first: $first) { " + ENTRY + " } }";

		Measured small = RoundTrips.measure(this.commands, "conduct_",
				() -> this.api.post(operatorToken, query, Map.of("first", 2)));
		Measured large = RoundTrips.measure(this.commands, "conduct_",
				() -> this.api.post(operatorToken, query, Map.of("first", 6)));

		assertThat(large.response().<List<String>>read("$.data.platformAuditTrail.edges[*].node.action")).hasSize(6);
		RoundTrips.assertFlat("platformAuditTrail", small, large);
		assertThat(large.auditWrites()).as("the reading is recorded in the platform's trail, in one write")
			.isEqualTo(1);
	}

}
