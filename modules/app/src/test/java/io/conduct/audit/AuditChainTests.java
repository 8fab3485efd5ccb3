package io.conduct.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoCollection;
import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditAnchors;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.RecordKeys;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SecurityProperties;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain: every entry chained to the one before it, anchors signed with a key
 * outside the database, and the verifier naming the first entry changed, removed or
 * reordered directly in MongoDB, and entries cut off at the end. Changes record each
 * field before and after; the Audit Committee reads the trail by target, actor and
 * period, paged.
 */
@ConductIntegrationTest
class AuditChainTests {

	private static final String VERIFY = """
			{ auditChainVerification { chain intact entries lastPlace anchoredPlace
			  problem { kind place entry explanation } } }""";

	private static final String TRAIL = """
			query($filter: AuditTrailFilter, $first: Int, $after: String) {
			  auditTrail(filter: $filter, first: $first, after: $after) {
			    edges { cursor node { id place at actorSubject action targetType target
			      details { name value } changes { field before after } hash previousHash } }
			    pageInfo { hasNextPage endCursor } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	@Qualifier(MongoConfiguration.CONTROL)
	MongoTemplate control;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditAnchors anchors;

	@Autowired
	RecordKeys recordKeys;

	@Autowired
	SecurityProperties security;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String adminToken;

	String committeeToken;

	@BeforeEach
	void tenantWithATrail() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("chain"));
		this.adminToken = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		this.committeeToken = TestIssuer.get().token(this.tenant.key(), "ada", Role.AUDIT_COMMITTEE);
		var imported = Imports.run(this.api, this.adminToken, Imports.HEADER + """
				L1,Lee,Lead,lee@example.org,EXECUTIVE_OFFICER,Head of Finance,Finance,,2020-01-01,,
				E1,Eli,Employee,eli@example.org,EMPLOYEE,Analyst,Finance,L1,2024-02-01,,
				E2,Emma,Other,emma@example.org,OFFICER,Controller,Finance,L1,2023-05-01,,
				""");
		assertThat(imported.<Integer>read("$.data.personImport.created")).isEqualTo(3);
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void anUntouchedChainVerifies() {
		var verified = this.api.post(this.committeeToken, VERIFY);

		assertThat(verified.<Boolean>read("$.data.auditChainVerification.intact")).isTrue();
		assertThat(verified.<String>read("$.data.auditChainVerification.chain"))
			.isEqualTo("tenant:" + this.tenant.key());
		assertThat(verified.<Integer>read("$.data.auditChainVerification.entries")).isGreaterThanOrEqualTo(4);
		assertThat(verified.<Object>read("$.data.auditChainVerification.problem")).isNull();
	}

	@Test
	void anEntryChangedInTheDatabaseIsNamed() {
		Document third = entryAt(3);
		log().updateOne(new Document("seq", 3L), new Document("$set", new Document("actorSubject", "someone-else")));

		var problem = problem();

		assertThat(problem.get("kind")).isEqualTo("CHANGED");
		assertThat(problem.get("place")).isEqualTo(3);
		assertThat(problem.get("entry")).isEqualTo(GlobalId.encode("AuditEntry", third.getString("_id")));
	}

	@Test
	void anEntryRemovedFromTheDatabaseIsNamedByTheEntryAfterIt() {
		Document fourth = entryAt(4);
		log().deleteOne(new Document("seq", 3L));

		var problem = problem();

		assertThat(problem.get("kind")).isEqualTo("REMOVED");
		assertThat(problem.get("place")).isEqualTo(4);
		assertThat(problem.get("entry")).isEqualTo(GlobalId.encode("AuditEntry", fourth.getString("_id")));
		assertThat((String) problem.get("explanation")).contains("Place 3 is empty");
	}

	@Test
	void anEntryRemovedAndTheRestRenumberedIsFound() {
		Document fourth = entryAt(4);
		log().deleteOne(new Document("seq", 3L));
		long last = lastPlace();
		for (long seq = 4; seq <= last; seq++) {
			log().updateOne(new Document("seq", seq), new Document("$set", new Document("seq", seq - 1)));
		}

		var problem = problem();

		assertThat(problem.get("kind")).isEqualTo("REMOVED");
		assertThat(problem.get("place")).isEqualTo(3);
		assertThat(problem.get("entry")).isEqualTo(GlobalId.encode("AuditEntry", fourth.getString("_id")));
	}

	@Test
	void entriesSwappedInTheDatabaseAreNamedAsReordered() {
		Document second = entryAt(2);
		Document third = entryAt(3);
		log().updateOne(new Document("_id", second.get("_id")), new Document("$set", new Document("seq", -2L)));
		log().updateOne(new Document("_id", third.get("_id")), new Document("$set", new Document("seq", 2L)));
		log().updateOne(new Document("_id", second.get("_id")), new Document("$set", new Document("seq", 3L)));

		var problem = problem();

		assertThat(problem.get("kind")).isEqualTo("REORDERED");
		assertThat(problem.get("place")).isEqualTo(2);
		assertThat(problem.get("entry")).isEqualTo(GlobalId.encode("AuditEntry", third.getString("_id")));
		assertThat((String) problem.get("explanation")).contains("written at place 3");
	}

	@Test
	void entriesCutOffAtTheEndAreFoundThroughTheAnchor() {
		var anchor = TenantContext.callAs(this.tenant, this.anchors::anchorCurrentTenant).orElseThrow();
		log().deleteMany(new Document("seq", new Document("$gt", anchor.seq() - 2)));

		var verified = this.api.post(this.committeeToken, VERIFY);

		assertThat(verified.<Integer>read("$.data.auditChainVerification.anchoredPlace")).isEqualTo((int) anchor.seq());
		assertThat(verified.<String>read("$.data.auditChainVerification.problem.kind")).isEqualTo("TRUNCATED");
		assertThat(verified.<Integer>read("$.data.auditChainVerification.problem.place"))
			.isEqualTo((int) anchor.seq() - 1);
	}

	@Test
	void aChainCutAndWrittenAgainDiffersFromItsAnchor() {
		// whoever removes the last entries and lets a fresh instance write new ones in
		// their places gets a chain that verifies entry by entry, but not against the
		// anchor
		var anchor = TenantContext.callAs(this.tenant, this.anchors::anchorCurrentTenant).orElseThrow();
		log().deleteMany(new Document("seq", new Document("$gte", anchor.seq())));
		AuditTrail freshInstance = new AuditTrail(this.tenantData, this.control, this.recordKeys, this.clock);
		TenantContext.runAs(this.tenant, () -> freshInstance.record("test.rewritten", "Test", "x", Map.of()));

		var problem = problem();

		assertThat(problem.get("kind")).isEqualTo("CHANGED");
		assertThat(problem.get("place")).isEqualTo((int) anchor.seq());
		assertThat((String) problem.get("explanation")).contains("anchor");
	}

	@Test
	void aForgedAnchorIsFound() {
		var anchor = TenantContext.callAs(this.tenant, this.anchors::anchorCurrentTenant).orElseThrow();
		this.control.getCollection("audit_anchors")
			.updateOne(new Document("_id", anchor.id()), new Document("$set", new Document("seq", anchor.seq() - 3)));

		assertThat(problem().get("kind")).isEqualTo("ANCHOR_FORGED");
	}

	@Test
	void concurrentAppendsFromTwoInstancesKeepOneChain() throws Exception {
		// a second instance of the trail, as on another pod: only the database's unique
		// place decides who appends where
		AuditTrail otherInstance = new AuditTrail(this.tenantData, this.control, this.recordKeys, this.clock);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> appends = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				AuditTrail writer = (i % 2 == 0) ? this.trail : otherInstance;
				String target = "t" + i;
				appends.add(pool.submit(() -> TenantContext.runAs(this.tenant,
						() -> writer.record("test.append", "Test", target, Map.of()))));
			}
			for (Future<?> append : appends) {
				append.get();
			}
		}
		finally {
			pool.shutdown();
		}

		var verified = this.api.post(this.committeeToken, VERIFY);

		assertThat(verified.<Boolean>read("$.data.auditChainVerification.intact")).isTrue();
		assertThat(log().countDocuments(new Document("action", "test.append"))).isEqualTo(40);
		assertThat(verified.<Integer>read("$.data.auditChainVerification.entries"))
			.isEqualTo(verified.<Integer>read("$.data.auditChainVerification.lastPlace"));
	}

	@Test
	void aPersonUpdateRecordsEachChangedFieldBeforeAndAfter() {
		String eli = personId("E1");
		var updated = this.api.post(this.adminToken, """
				mutation($input: PersonUpdateInput!) { personUpdate(input: $input) { userErrors { code } } }""",
				Map.of("input",
						Map.of("personId", eli, "givenName", "Eli", "familyName", "Employee", "email",
								"eli.new@example.org", "employeeNumber", "E1", "type", "OFFICER", "title", "Analyst",
								"department", "Finance", "startDate", "2024-02-01")));
		assertThat(updated.<List<Object>>read("$.data.personUpdate.userErrors")).isEmpty();

		var trail = this.api.post(this.committeeToken, TRAIL, Map.of("filter", Map.of("target", eli)));

		assertThat(trail.<List<String>>read("$.data.auditTrail.edges[*].node.action")).first()
			.isEqualTo("person.update");
		assertThat(trail.<List<Map<String, Object>>>read("$.data.auditTrail.edges[0].node.changes"))
			.containsExactlyInAnyOrder(
					Map.of("field", "email", "before", "eli@example.org", "after", "eli.new@example.org"),
					Map.of("field", "type", "before", "EMPLOYEE", "after", "OFFICER"));
	}

	@Test
	void anImportRecordsWhatItChangedOfEachPerson() {
		var imported = Imports.run(this.api, this.adminToken, Imports.HEADER + """
				E2,Emma,Other,emma.other@example.org,EMPLOYEE,Controller,Finance,L1,2023-05-01,,
				""");
		assertThat(imported.<Integer>read("$.data.personImport.updated")).isEqualTo(1);

		var trail = this.api.post(this.committeeToken, TRAIL, Map.of("filter", Map.of("target", personId("E2"))));

		assertThat(trail.<List<String>>read("$.data.auditTrail.edges[*].node.action"))
			.containsExactly("person.import.update", "person.import.create");
		assertThat(trail.<List<Map<String, Object>>>read("$.data.auditTrail.edges[0].node.changes"))
			.containsExactlyInAnyOrder(
					Map.of("field", "email", "before", "emma@example.org", "after", "emma.other@example.org"),
					Map.of("field", "type", "before", "OFFICER", "after", "EMPLOYEE"));
	}

	@Test
	void theCommitteeReadsTheTrailByActorAndPeriodPaged() {
		this.clock.advance(Duration.ofDays(1));
		TenantContext.runAs(this.tenant, () -> this.trail.record("test.later", "Test", "x", Map.of()));

		var firstPage = this.api.post(this.committeeToken, TRAIL, Map.of("first", 2));
		var secondPage = this.api.post(this.committeeToken, TRAIL,
				Map.of("first", 2, "after", firstPage.read("$.data.auditTrail.pageInfo.endCursor")));
		var byAdmin = this.api.post(this.committeeToken, TRAIL,
				Map.of("filter", Map.of("actorSubject", "admin"), "first", 100));
		var lastDay = this.api.post(this.committeeToken, TRAIL, Map.of("filter",
				Map.of("from", TestClock.START.plus(Duration.ofHours(12)).toString(), "actorSubject", "anonymous")));

		assertThat(firstPage.<List<Object>>read("$.data.auditTrail.edges")).hasSize(2);
		assertThat(firstPage.<Boolean>read("$.data.auditTrail.pageInfo.hasNextPage")).isTrue();
		assertThat(secondPage.<List<String>>read("$.data.auditTrail.edges[*].node.id"))
			.doesNotContainAnyElementsOf(firstPage.read("$.data.auditTrail.edges[*].node.id"));
		assertThat(byAdmin.<List<String>>read("$.data.auditTrail.edges[*].node.actorSubject")).isNotEmpty()
			.containsOnly("admin");
		assertThat(byAdmin.<List<String>>read("$.data.auditTrail.edges[*].node.action"))
			.contains("person.import.start");
		// the system's own entry of the next day; nothing else happened then
		assertThat(lastDay.<List<String>>read("$.data.auditTrail.edges[*].node.action")).containsExactly("test.later");
	}

	@Test
	void onlyTheAuditCommitteeReadsTheTrailAndTheOperatorVerifiesAnyChain() {
		String employee = TestIssuer.get()
			.token(this.tenant.key(), "erin", Role.EMPLOYEE, Role.TENANT_ADMIN, Role.CFO_CAO);
		Tenant operator = this.registry.findByKey(this.security.operatorTenant())
			.orElseGet(() -> TestTenants.register(this.registry, this.security.operatorTenant()));
		String operatorToken = TestIssuer.get().token(operator.key(), "olu", Role.PLATFORM_ADMIN);

		var refused = this.api.post(employee, TRAIL);
		var refusedVerify = this.api.post(employee, VERIFY);
		var operatorVerifies = this.api.post(operatorToken, """
				query($t: ID) { platformAuditChainVerification(tenantId: $t) { chain intact } }""",
				Map.of("t", GlobalId.encode("Tenant", this.tenant.key())));
		var platformChain = this.api.post(operatorToken, "{ platformAuditChainVerification { chain intact } "
				// the operator's own entries: other tests write to the platform's
				// chain meanwhile
				+ "platformAuditTrail(first: 5, filter: {actorSubject: \"olu\"}) { edges { node { action } } } }");

		assertThat(refused.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(refusedVerify.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(operatorVerifies.<String>read("$.data.platformAuditChainVerification.chain"))
			.isEqualTo("tenant:" + this.tenant.key());
		assertThat(operatorVerifies.<Boolean>read("$.data.platformAuditChainVerification.intact")).isTrue();
		assertThat(platformChain.<String>read("$.data.platformAuditChainVerification.chain")).isEqualTo("platform");
		assertThat(platformChain.<List<String>>read("$.data.platformAuditTrail.edges[*].node.action"))
			.contains("audit.chain.verify");
	}

	private Map<String, Object> problem() {
		var verified = this.api.post(this.committeeToken, VERIFY);
		assertThat(verified.<Boolean>read("$.data.auditChainVerification.intact")).isFalse();
		return verified.read("$.data.auditChainVerification.problem");
	}

	private MongoCollection<Document> log() {
		return TenantContext.callAs(this.tenant, () -> this.tenantData.getCollection("audit_log"));
	}

	private Document entryAt(long seq) {
		Document entry = log().find(new Document("seq", seq)).first();
		assertThat(entry).as("entry at place %d", seq).isNotNull();
		return entry;
	}

	private long lastPlace() {
		return ((Number) log().find().sort(new Document("seq", -1)).limit(1).first().get("seq")).longValue();
	}

	private String personId(String employeeNumber) {
		return this.api
			.post(this.adminToken,
					"query($f: PeopleFilter) { people(filter: $f) { edges { node { id employeeNumber } } } }",
					Map.of("f", Map.of()))
			.<List<Map<String, Object>>>read("$.data.people.edges[*].node")
			.stream()
			.filter((person) -> employeeNumber.equals(person.get("employeeNumber")))
			.map((person) -> (String) person.get("id"))
			.findFirst()
			.orElseThrow();
	}

}
