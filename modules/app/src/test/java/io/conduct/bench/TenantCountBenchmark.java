package io.conduct.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.conduct.ConductApplication;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Whether a tenant's requests cost the same however many tenants there are. Not a test:
 * it runs the product as the README's embedded run does (the local profile with its demo
 * group of three tenants), measures the workbench list and {@code viewer} of
 * {@code acme-de}, then onboards tenants through {@code tenantOnboard} as the operator,
 * has each new tenant's administrator make a request (so that every per-tenant structure
 * the product keeps, the issuer's decoder, the data key, the audit chain's end, exists
 * for each), and measures again at each tenant count. It prints p50/p99 per count, the
 * ratio of the p99 at the largest count to that at three tenants, and the heap after a
 * full collection and the live threads per count (what grows per tenant).
 *
 * <p>
 * Arguments (all optional): tenant counts (default {@code 3,103,303}), seconds per
 * workload and count (15), client threads (8).
 */
public final class TenantCountBenchmark {

	private static final String LIST = "acme-de cases(first: 20)";

	private static final String VIEWER_NAME = "acme-de viewer { name }";

	private static final String ONBOARD = """
			mutation($input: TenantOnboardInput!) { tenantOnboard(input: $input) { tenant { key status }
			  userErrors { field code message } } }""";

	private TenantCountBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> counts = new ArrayList<>();
		for (String count : ((args.length > 0) ? args[0] : "3,103,303").split(",")) {
			counts.add(Integer.parseInt(count.trim()));
		}
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 15;
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 8;
		Path data = Files.createTempDirectory("conduct-tenants");
		MongoCommandCounter commands = new MongoCommandCounter();
		SpringApplication application = new SpringApplication(ConductApplication.class);
		application.addInitializers((context) -> ((GenericApplicationContext) context).registerBean(
				MongoClientSettingsBuilderCustomizer.class, () -> (settings) -> settings.addCommandListener(commands)));
		ConfigurableApplicationContext app = application.run("--spring.profiles.active=local", "--server.port=0",
				"--conduct.local.data-dir=" + data, "--logging.level.root=WARN",
				"--conduct.security.rate-limit.requests=100000000");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			GraphQlHttp api = new GraphQlHttp(port);
			String operator = new BenchmarkRuns.Tokens(port, "acme").of("operator");
			int tenants = 3;
			Map<Integer, Map<String, BenchmarkRuns.Result>> byCount = new LinkedHashMap<>();
			Map<Integer, String> memory = new LinkedHashMap<>();
			for (int count : counts) {
				onboard(api, port, operator, tenants, count);
				tenants = Math.max(tenants, count);
				// tokens last minutes: fresh ones for each count
				BenchmarkRuns.Tokens acmeDe = new BenchmarkRuns.Tokens(port, "acme-de");
				String cfo = acmeDe.of("cfo");
				System.out.printf("%n%d tenants:%n", tenants);
				byCount
					.put(tenants,
							BenchmarkRuns
								.interleaved(
										List.of(new BenchmarkRuns.Workload(LIST, commands,
												() -> ok(api.post(cfo, WorkbenchBenchmark.WORKBENCH,
														Map.of("first", 20)))),
												new BenchmarkRuns.Workload(VIEWER_NAME, commands,
														() -> ok(api.post(cfo, WorkbenchBenchmark.VIEWER)))),
										seconds, 3, threads));
				memory.put(tenants, BenchmarkRuns.memory());
				System.out.println("  " + memory.get(tenants));
			}
			int first = byCount.keySet().iterator().next();
			int last = tenants;
			System.out.printf("%np99 at %d tenants ÷ p99 at %d: list %.2f, viewer %.2f%n", last, first,
					byCount.get(last).get(LIST).p99() / byCount.get(first).get(LIST).p99(),
					byCount.get(last).get(VIEWER_NAME).p99() / byCount.get(first).get(VIEWER_NAME).p99());
		}
		finally {
			app.close();
		}
	}

	/**
	 * Onboards tenants {@code bench-<n>} until there are {@code count}, two at a time,
	 * and has each one's administrator list its people.
	 */
	private static void onboard(GraphQlHttp api, int port, String operator, int existing, int count) throws Exception {
		if (count <= existing) {
			return;
		}
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> onboarded = new ArrayList<>();
		for (int n = existing + 1; n <= count; n++) {
			String key = "bench-%03d".formatted(n);
			onboarded.add(pool.submit(() -> {
				var response = api.post(operator, ONBOARD, Map.of("input", input(key)));
				if (response.hasErrors()
						|| !"ACTIVE".equals(response.readOrNull("$.data.tenantOnboard.tenant.status"))) {
					throw new IllegalStateException(key + ": " + response.body());
				}
				ok(api.post(new BenchmarkRuns.Tokens(port, key).of("admin"),
						"{ viewer { name } people(first: 5) { edges { node { id } } } }"));
			}));
		}
		for (Future<?> tenant : onboarded) {
			tenant.get();
		}
		pool.shutdown();
		System.out.printf("%nonboarded %d tenants in %.0f s%n", count - existing, (System.nanoTime() - started) / 1e9);
	}

	private static Map<String, Object> input(String key) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("key", key);
		input.put("name", "Bench " + key + " GmbH");
		input.put("parentKey", "acme");
		input.put("country", "DE");
		input.put("jurisdictions", List.of("EU", "DE"));
		input.put("defaultLocale", "de-DE");
		input.put("timeZone", "Europe/Berlin");
		input.put("dataRegion", "eu");
		input.put("currency", "EUR");
		input.put("fiscalYearStartMonth", 1);
		input.put("lastFiscalYearRevenue", Map.of("amount", "10000000", "currency", "EUR"));
		input.put("redirectUris", List.of("http://localhost:5173/*"));
		input.put("administrator", Map.of("username", "admin", "email", "admin@" + key + ".example", "givenName",
				"Anne", "familyName", "Admin"));
		input.put("boardMembers", List.of(Map.of("username", "claire", "email", "claire@" + key + ".example",
				"givenName", "Claire", "familyName", "Conseil", "auditCommittee", true)));
		return input;
	}

	private static void ok(GraphQlHttp.Response response) {
		if (response.status() != 200 || response.hasErrors()) {
			throw new IllegalStateException(response.body().substring(0, Math.min(500, response.body().length())));
		}
	}

}
