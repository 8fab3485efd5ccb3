package io.conduct.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestMongo;
import io.conduct.testsupport.TestTenants;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every query a list sends has its index: each find command that the list queries send is
 * explained by a real MongoDB's query planner, whose winning plan must scan an index
 * (IXSCAN, or the _id lookups' EXPRESS/IDHACK) and never sort in memory (SORT) or scan
 * the collection (COLLSCAN). Needs a real MongoDB (Testcontainers on a Docker host, or
 * {@code MONGODB_URI}); the in-process server has no planner and ignores secondary
 * indexes, so here the test is skipped, saying why.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class ListIndexTests {

	/** Each list query as a screen asks it, by its name. */
	private static final Map<String, String> LISTS = lists();

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	MongoClient mongo;

	@LocalServerPort
	int port;

	@Test
	void everyListQueryScansAnIndexAndNeverSortsInMemory() {
		assumeTrue(TestMongo.isRealMongoDb(),
				"explain() needs a real MongoDB (Testcontainers on a Docker host, or MONGODB_URI): there is no "
						+ "Docker engine here, and the in-process mongo-java-server has no query planner");
		GraphQlHttp api = new GraphQlHttp(this.port);
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("index"));
		String token = TestIssuer.get()
			.token(tenant.key(), "cfo", Role.CFO_CAO, Role.TENANT_ADMIN, Role.EMPLOYEE, Role.AUDIT_COMMITTEE);
		List<String> explained = new ArrayList<>();
		for (var list : LISTS.entrySet()) {
			this.commands.reset();
			var response = api.post(token, list.getValue(), Map.of("first", 50));
			assertThat(response.hasErrors()).as(list.getKey() + ": " + response.body()).isFalse();
			List<MongoCommandCounter.Query> queries = this.commands.tenantQueries("conduct_t_");
			assertThat(queries).as(list.getKey()).isNotEmpty();
			for (MongoCommandCounter.Query query : queries) {
				BsonDocument plan = this.mongo.getDatabase(query.database())
					.runCommand(query.explain(), BsonDocument.class)
					.getDocument("queryPlanner")
					.getDocument("winningPlan");
				List<String> stages = stages(plan);
				explained.add(list.getKey() + " " + query.collection() + ": " + stages);
				assertThat(stages).as("%s: %s on %s", list.getKey(), query.command().toJson(), query.collection())
					.doesNotContain("SORT", "COLLSCAN")
					.anyMatch((stage) -> stage.contains("IXSCAN") || stage.startsWith("EXPRESS")
							|| stage.equals("IDHACK"));
			}
		}
		System.out.println("Explained: " + String.join("\n  ", explained));
	}

	/** The stages of a plan, from the root down (both branches of an OR). */
	private static List<String> stages(BsonDocument plan) {
		List<String> stages = new ArrayList<>();
		if (plan.containsKey("stage")) {
			stages.add(plan.getString("stage").getValue());
		}
		for (String child : List.of("inputStage", "queryPlan")) {
			if (plan.containsKey(child)) {
				stages.addAll(stages(plan.getDocument(child)));
			}
		}
		if (plan.containsKey("inputStages")) {
			for (BsonValue input : plan.getArray("inputStages")) {
				stages.addAll(stages(input.asDocument()));
			}
		}
		return stages;
	}

	private static Map<String, String> lists() {
		Map<String, String> lists = new LinkedHashMap<>();
		lists.put("cases", """
				query($first: Int) { cases(first: $first) { edges { node { id number status category
				  acknowledgementDue feedbackDue routing { rule } involved { name person { displayName } }
				  reporter { name person { displayName } } measures { id } } } } }""");
		lists.put("viewer.reports", """
				query($first: Int) { viewer { reports(first: $first) { edges { node { id number status } } } } }""");
		lists.put("people",
				"""
						query($first: Int) { people(first: $first) { edges { node { id displayName supervisor { displayName } } } } }""");
		lists.put("disclosures",
				"""
						query($first: Int) { disclosures(first: $first) { edges { node { id status discloser { displayName } } } } }""");
		lists.put("viewer.disclosures", """
				query($first: Int) { viewer { disclosures(first: $first) { edges { node { id status } } } } }""");
		lists.put("certificationExceptions",
				"""
						query($first: Int) { certificationExceptions(first: $first) { edges { node { status campaign { name } } } } }""");
		lists.put("certificationCampaigns", """
				query($first: Int) { certificationCampaigns(first: $first) { edges { node { name kind } } } }""");
		lists.put("viewer.certificationAssignments",
				"""
						query($first: Int) { viewer { certificationAssignments(first: $first) { edges { node { status } } } } }""");
		lists.put("counterparties", """
				query($first: Int) { counterparties(first: $first) { edges { node { name } } } }""");
		return lists;
	}

}
