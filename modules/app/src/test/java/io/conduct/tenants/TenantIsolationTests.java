package io.conduct.tenants;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users of one tenant never see another's: not through {@code viewer}, not through ids of
 * the other tenant, not in storage.
 */
@ConductIntegrationTest
class TenantIsolationTests {

	private static final String TENANT_QUERY = "query($id: ID!) { node(id: $id) { id ... on Tenant { key name } } }";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant a;

	Tenant b;

	@BeforeEach
	void twoTenants() {
		this.api = new GraphQlHttp(this.port);
		this.a = TestTenants.register(this.registry, TestTenants.uniqueKey("a"));
		this.b = TestTenants.register(this.registry, TestTenants.uniqueKey("b"));
	}

	@Test
	void viewerOfATokenIsInTenantA() {
		String token = TestIssuer.get().token(this.a.key(), "alice", Role.EMPLOYEE, Role.SUPERVISOR);

		var response = this.api.post(token, "{ viewer { subject email roles tenant { id key } } }");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.hasErrors()).as(response.body()).isFalse();
		assertThat(response.<String>read("$.data.viewer.subject")).isEqualTo("alice");
		assertThat(response.<String>read("$.data.viewer.tenant.key")).isEqualTo(this.a.key());
		assertThat(response.<String>read("$.data.viewer.tenant.id")).isEqualTo(GlobalId.encode("Tenant", this.a.key()));
		assertThat(response.<java.util.List<String>>read("$.data.viewer.roles")).containsExactlyInAnyOrder("EMPLOYEE",
				"SUPERVISOR");
	}

	@Test
	void aTokenOfAGetsNothingOfBEvenWithBsIds() {
		String token = TestIssuer.get().token(this.a.key(), "alice", Role.EMPLOYEE, Role.CFO_CAO, Role.TENANT_ADMIN);

		var own = this.api.post(token, TENANT_QUERY, java.util.Map.of("id", GlobalId.encode("Tenant", this.a.key())));
		var other = this.api.post(token, TENANT_QUERY, java.util.Map.of("id", GlobalId.encode("Tenant", this.b.key())));

		assertThat(own.<String>read("$.data.node.key")).isEqualTo(this.a.key());
		assertThat(other.hasErrors()).isFalse();
		assertThat(other.<Object>read("$.data.node")).isNull();
		assertThat(other.body()).doesNotContain(this.b.key()).doesNotContain(this.b.name());
	}

	@Test
	void platformAdminRoleFromAnOrdinaryTenantIsIgnored() {
		String token = TestIssuer.get().token(this.a.key(), "mallory", Role.PLATFORM_ADMIN, Role.EMPLOYEE);

		var viewer = this.api.post(token, "{ viewer { roles } }");
		var other = this.api.post(token, TENANT_QUERY, java.util.Map.of("id", GlobalId.encode("Tenant", this.b.key())));

		assertThat(viewer.<java.util.List<String>>read("$.data.viewer.roles")).containsExactly("EMPLOYEE");
		assertThat(other.<Object>read("$.data.node")).isNull();
	}

	@Test
	void eachTenantsDocumentsLiveInItsOwnDatabase() {
		TenantContext.runAs(this.a, () -> this.tenantData.insert(new Document("note", "of A"), "notes"));
		TenantContext.runAs(this.b, () -> this.tenantData.insert(new Document("note", "of B"), "notes"));

		var seenByA = TenantContext.callAs(this.a, () -> this.tenantData.findAll(Document.class, "notes"));
		var seenByB = TenantContext.callAs(this.b, () -> this.tenantData.findAll(Document.class, "notes"));
		String databaseOfA = TenantContext.callAs(this.a, () -> this.tenantData.getDb().getName());

		assertThat(seenByA).extracting((d) -> d.get("note")).containsExactly("of A");
		assertThat(seenByB).extracting((d) -> d.get("note")).containsExactly("of B");
		assertThat(databaseOfA).isEqualTo("conduct_t_" + this.a.key().replace('-', '_'));
	}

}
