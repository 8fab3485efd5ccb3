package io.conduct.oversight;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.conduct.ConductIntegrationTest;
import io.conduct.bench.InProcessBenchmarks;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group view at scale, not a test: a parent and its subsidiaries (50 tenants in all),
 * 100,000 cases among them (each tenant's cases cloned from real reports made through the
 * API in one of them, spread over the quarter), then the parent's Board's
 * {@code groupEscalatedMatters} (pages of 20 and 100) and {@code groupAnalytics}, against
 * the same queries by the Board of one subsidiary alone (its 1/50th of the cases). Prints
 * milliseconds a request, requests a second and MongoDB commands a request, and the
 * ratios group ÷ one tenant. Run it as the README's section Benchmarks says; sizes by
 * {@code -Dbench.tenants=50 -Dbench.cases=100000 -Dbench.requests=10}.
 */
@ConductIntegrationTest
@Import(io.conduct.testsupport.MongoCommandCounting.class)
class GroupViewBenchmark {

	static final String LIST = """
			query($first: Int) { groupEscalatedMatters(first: $first) { edges { cursor node { id tenantKey number
			  kinds status due overdue } } pageInfo { hasNextPage } } }""";

	static final String ANALYTICS = """
			query { groupAnalytics(fiscalYear: 2026, quarter: 3) { group { received { value } open { value }
			  medianDaysToClose { value } certificationCompletion { value } }
			  tenants(first: 100) { edges { node { tenantKey figures { received { value suppressed } } } } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	public static void main(String[] args) {
		InProcessBenchmarks.run(GroupViewBenchmark.class);
	}

	@Test
	void groupViewAtScale() {
		int tenantCount = Integer.getInteger("bench.tenants", 50);
		int caseCount = Integer.getInteger("bench.cases", 100_000);
		int requests = Integer.getInteger("bench.requests", 10);
		GraphQlHttp api = new GraphQlHttp(this.port);
		long seedStart = System.nanoTime();
		GroupFixture parent = new GroupFixture(api, this.registry, "bvp", null);
		GroupFixture template = new GroupFixture(api, this.registry, "bvt", parent.tenant.key());
		for (int i = 0; i < 5; i++) {
			template.report("MISUSE_OF_ASSETS", "CFO_CAO", "The executive's car " + i, "Xena Exec");
			template.report("CONFLICT_OF_INTEREST", "CFO_CAO", "A supplier " + i, "Erin Employee");
		}
		List<Document> originals = TenantContext.callAs(template.tenant,
				() -> this.tenantData.getCollection("cases").find().into(new ArrayList<>()));
		List<Tenant> group = new ArrayList<>(List.of(parent.tenant, template.tenant));
		while (group.size() < tenantCount) {
			group.add(TestTenants.register(this.registry, TestTenants.uniqueKey("bvs"), parent.tenant.key(), "en-US",
					"Europe/Berlin"));
		}
		int perTenant = caseCount / tenantCount;
		java.util.Random random = new java.util.Random(42);
		for (Tenant tenant : group) {
			List<Document> clones = new ArrayList<>(perTenant);
			for (int i = 0; i < perTenant; i++) {
				Document clone = copy(originals.get(i % originals.size()));
				clone.put("_id", UUID.randomUUID().toString());
				clone.put("number", tenant.key() + "-" + i);
				clones.add(shifted(clone, -random.nextInt(60) * 86_400_000L - random.nextInt(86_400_000)));
			}
			TenantContext.runAs(tenant, () -> {
				this.tenantData.getCollection("cases").deleteMany(new Document());
				this.tenantData.getCollection("cases").insertMany(clones);
			});
		}
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
		System.out.printf("%nSeeded %d tenants, %d cases (%d each) in %.1f s%n", group.size(), perTenant * group.size(),
				perTenant, seedSeconds);

		var check = api.post(parent.board, ANALYTICS, Map.of());
		assertThat(check.<Double>read("$.data.groupAnalytics.group.received.value")).as(check.body())
			.isEqualTo((double) perTenant * group.size());
		assertThat(
				api.post(parent.board, LIST, Map.of("first", 100)).<List<?>>read("$.data.groupEscalatedMatters.edges"))
			.hasSize(100);

		System.out.printf(
				"%n| query | group of %d: ms/request | req/s | commands/request | one tenant: ms/request "
						+ "| commands/request | group ÷ one tenant (time) |%n|---|---|---|---|---|---|---|%n",
				group.size());
		row("groupEscalatedMatters(first: 20)", api, parent.board, template.board, LIST, Map.of("first", 20), requests);
		row("groupEscalatedMatters(first: 100)", api, parent.board, template.board, LIST, Map.of("first", 100),
				requests);
		row("groupAnalytics (quarter)", api, parent.board, template.board, ANALYTICS, Map.of(), requests);
	}

	private void row(String name, GraphQlHttp api, String groupToken, String oneToken, String query,
			Map<String, Object> variables, int requests) {
		Measured group = measure(() -> api.post(groupToken, query, variables), requests);
		Measured one = measure(() -> api.post(oneToken, query, variables), requests);
		System.out.printf("| %s | %.0f | %.2f | %.1f | %.0f | %.1f | %.1f |%n", name, group.millis(),
				1000 / group.millis(), group.commands(), one.millis(), one.commands(), group.millis() / one.millis());
	}

	private Measured measure(Supplier<GraphQlHttp.Response> request, int requests) {
		for (int i = 0; i < 2; i++) {
			assertThat(request.get().hasErrors()).isFalse();
		}
		this.commands.reset();
		long start = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			request.get();
		}
		double millis = (System.nanoTime() - start) / 1e6 / requests;
		return new Measured(millis, (double) this.commands.tenantCommands("conduct_t_").size() / requests);
	}

	record Measured(double millis, double commands) {
	}

	private static Document copy(Document original) {
		return Document.parse(original.toJson());
	}

	/** Every date of the document moved by the same offset. */
	@SuppressWarnings("unchecked")
	private static Document shifted(Document document, long offsetMillis) {
		for (Map.Entry<String, Object> entry : document.entrySet()) {
			entry.setValue(shift(entry.getValue(), offsetMillis));
		}
		return document;
	}

	@SuppressWarnings("unchecked")
	private static Object shift(Object value, long offsetMillis) {
		if (value instanceof Date date) {
			return new Date(date.getTime() + offsetMillis);
		}
		if (value instanceof Document nested) {
			return shifted(nested, offsetMillis);
		}
		if (value instanceof List<?> list) {
			List<Object> moved = new ArrayList<>();
			list.forEach((item) -> moved.add(shift(item, offsetMillis)));
			return moved;
		}
		return value;
	}

}
