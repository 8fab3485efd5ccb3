package io.conduct.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads of one request written in one insert are chained entry by entry (each its own
 * place and the hash of the one before it), and the ids a list read showed are covered by
 * the chain: changing them in the database is found.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class ListReadChainTests {

	private static final String VERIFY = """
			{ auditChainVerification { intact problem { kind place entry } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String cfo;

	String committee;

	@BeforeEach
	void tenantWithTwoNamedReports() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("readchain"));
		this.cfo = TestIssuer.get().token(this.tenant.key(), "carla", Role.CFO_CAO);
		this.committee = TestIssuer.get().token(this.tenant.key(), "ada", Role.AUDIT_COMMITTEE);
		String erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		for (String description : List.of("first", "second")) {
			var submitted = this.api.post(erin, Reports.SUBMIT, Map.of("input",
					Map.of("reporterMode", "NAMED", "report", Reports.fields("OTHER", "CFO_CAO", description))));
			assertThat(submitted.<List<?>>read("$.data.reportSubmit.userErrors")).as(submitted.body()).isEmpty();
		}
	}

	@Test
	void theReadsOfOneRequestAreChainedEntryByEntryInOneWrite() {
		long before = lastPlace();
		this.commands.reset();
		var page = this.api.post(this.cfo, CaseListTests.WORKBENCH, Map.of("first", 10));
		List<String> writes = this.commands.tenantCommandTargets("conduct_t_")
			.stream()
			.map((target) -> target.substring(target.indexOf('.') + 1))
			.filter((target) -> target.equals("insert audit_log"))
			.toList();

		assertThat(page.<List<?>>read("$.data.cases.edges")).as(page.body()).hasSize(2);
		assertThat(writes).as("one write for the page and its reporters").hasSize(1);
		List<Document> written = new ArrayList<>();
		log().find(new Document("seq", new Document("$gt", before))).sort(new Document("seq", 1)).into(written);
		assertThat(written).extracting((e) -> e.getString("action"))
			.containsExactlyInAnyOrder("case.list", "case.reporter.read");
		assertThat(((Number) written.get(0).get("seq")).longValue()).isEqualTo(before + 1);
		assertThat(((Number) written.get(1).get("seq")).longValue()).isEqualTo(before + 2);
		assertThat(written.get(1).getString("prevHash")).isEqualTo(written.get(0).getString("hash"));
		assertThat(written.get(0).getList("targetIds", String.class)).hasSize(2);
		var verified = this.api.post(this.committee, VERIFY);
		assertThat(verified.<Boolean>read("$.data.auditChainVerification.intact")).as(verified.body()).isTrue();
	}

	@Test
	void changingTheIdsAListReadShowedIsFound() {
		this.api.post(this.cfo, CaseListTests.WORKBENCH, Map.of("first", 10));
		Document list = log().find(new Document("action", "case.list")).first();
		long place = ((Number) list.get("seq")).longValue();
		log().updateOne(new Document("_id", list.getString("_id")), new Document("$set",
				new Document("targetIds", List.of(list.getList("targetIds", String.class).get(0)))));

		var verified = this.api.post(this.committee, VERIFY);

		assertThat(verified.<Boolean>read("$.data.auditChainVerification.intact")).isFalse();
		assertThat(verified.<String>read("$.data.auditChainVerification.problem.kind")).isEqualTo("CHANGED");
		assertThat(verified.<Integer>read("$.data.auditChainVerification.problem.place")).isEqualTo((int) place);
		assertThat(verified.<String>read("$.data.auditChainVerification.problem.entry"))
			.isEqualTo(GlobalId.encode("AuditEntry", list.getString("_id")));
	}

	private MongoCollection<Document> log() {
		return TenantContext.callAs(this.tenant, () -> this.tenantData.getCollection("audit_log"));
	}

	private long lastPlace() {
		Document last = log().find().sort(new Document("seq", -1)).limit(1).first();
		return (last != null) ? ((Number) last.get("seq")).longValue() : 0;
	}

}
