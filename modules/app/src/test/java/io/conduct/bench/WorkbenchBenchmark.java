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
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import io.conduct.ConductApplication;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.MongoCommandCounter;
import org.bson.Document;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The compliance workbench under load, beside what bounds it. Not a test: it runs the
 * product as the README's embedded run does (the local profile with its demo group, a
 * fresh data directory) on a random loopback port, seeds {@code acme-de} through the
 * product's own API (people by a CSV import, cases by {@code reportSubmit}), then runs,
 * one after the other in the same process, the workbench's case list ({@code first: 50}
 * with what a workbench shows), the people list, {@code viewer { name }}, and the DB
 * floor: the same documents (the page of cases and the people they name) read straight
 * from the embedded database's wire port with the driver. It prints requests/s, p50/p99,
 * MongoDB commands per request and the ratios list ÷ viewer and list ÷ DB floor, then the
 * process's start time and resident memory. Run it as the README says (section
 * "Performance").
 *
 * <p>
 * Arguments (all optional): cases (default 1000), people (330), seconds per workload
 * (15), client threads (8), rounds (5): the workloads run interleaved, each for a slice
 * of every round ({@link BenchmarkRuns#interleaved}), so the ratios hold on a shared
 * machine.
 */
public final class WorkbenchBenchmark {

	static final String WORKBENCH = """
			query($first: Int) { cases(first: $first) { edges { cursor node { id number status category channel
			  acknowledgementDue feedbackDue routing { rule } involved { name person { displayName } }
			  reporter { name email person { displayName } } } }
			  pageInfo { hasNextPage endCursor } } }""";

	static final String PEOPLE = """
			query($first: Int) { people(first: $first) { edges { cursor node { id displayName title
			  supervisor { displayName } } } pageInfo { hasNextPage endCursor } } }""";

	static final String VIEWER = "{ viewer { name } }";

	private static final String SUBMIT = """
			mutation($input: ReportSubmitInput!) { reportSubmit(input: $input) { report { id } userErrors { code } } }""";

	private static final String LIST = "workbench cases(first: 50)";

	private static final String PEOPLE_LIST = "people(first: 50)";

	private static final String VIEWER_NAME = "viewer { name }";

	private static final String FLOOR = "DB floor (the same documents)";

	private WorkbenchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int cases = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		int people = (args.length > 1) ? Integer.parseInt(args[1]) : 330;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 15;
		int threads = (args.length > 3) ? Integer.parseInt(args[3]) : 8;
		int rounds = (args.length > 4) ? Integer.parseInt(args[4]) : 5;
		Path data = Files.createTempDirectory("conduct-workbench");
		MongoCommandCounter commands = new MongoCommandCounter();
		SpringApplication application = new SpringApplication(ConductApplication.class);
		application.addInitializers((context) -> ((GenericApplicationContext) context).registerBean(
				MongoClientSettingsBuilderCustomizer.class, () -> (settings) -> settings.addCommandListener(commands)));
		BufferingApplicationStartup steps = new BufferingApplicationStartup(50_000);
		application.setApplicationStartup(steps);
		long startedAt = System.nanoTime();
		ConfigurableApplicationContext app = application.run("--spring.profiles.active=local", "--server.port=0",
				"--conduct.local.data-dir=" + data, "--logging.level.root=WARN", "--conduct.jobs.enabled=false",
				// seeding goes through the intake: lift its budgets for the benchmark
				"--conduct.cases.intake.submissions-per-person=1000000",
				"--conduct.cases.intake.submissions-per-tenant=1000000",
				// 8 clients under one account measure throughput, not each person's
				// budget
				"--conduct.security.rate-limit.requests=100000000");
		double startSeconds = (System.nanoTime() - startedAt) / 1e9;
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			int mongoPort = app.getBean(MongoServer.class).getLocalAddress().getPort();
			GraphQlHttp api = new GraphQlHttp(port);
			BenchmarkRuns.Tokens tokens = new BenchmarkRuns.Tokens(port, "acme-de");
			System.out.printf("Conduct on 127.0.0.1:%d (embedded MongoDB on %d) started in %.1f s; seeding %d people "
					+ "and %d cases into acme-de...%n", port, mongoPort, startSeconds, people, cases);
			printSlowestSteps(steps);
			seed(api, tokens, people, cases);

			String cfo = tokens.of("cfo");
			String employee = tokens.of("employee");
			MongoCommandCounter directCommands = new MongoCommandCounter();
			try (MongoClient direct = MongoClients.create(MongoClientSettings.builder()
				.applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + mongoPort))
				.addCommandListener(directCommands)
				.build())) {
				MongoCollection<Document> caseDocuments = direct.getDatabase("conduct_t_acme_de")
					.getCollection("cases");
				MongoCollection<Document> personDocuments = direct.getDatabase("conduct_t_acme_de")
					.getCollection("people");
				Map<String, BenchmarkRuns.Result> results = BenchmarkRuns
					.interleaved(List.of(
							new BenchmarkRuns.Workload(LIST, commands,
									() -> check(api.post(cfo, WORKBENCH, Map.of("first", 50)), "$.data.cases.edges",
											50)),
							new BenchmarkRuns.Workload(PEOPLE_LIST, commands,
									() -> check(api.post(employee, PEOPLE, Map.of("first", 50)), "$.data.people.edges",
											50)),
							new BenchmarkRuns.Workload(VIEWER_NAME, commands, () -> {
								var response = api.post(cfo, VIEWER);
								if (response.hasErrors() || response.status() != 200) {
									throw new IllegalStateException(response.body());
								}
							}), new BenchmarkRuns.Workload(FLOOR, directCommands,
									() -> floor(caseDocuments, personDocuments))),
							seconds, rounds, threads);
				double list = results.get(LIST).perSecond();
				System.out.printf("%nRatios: list ÷ viewer %.3f; list ÷ DB floor %.2f; people ÷ viewer %.3f%n",
						list / results.get(VIEWER_NAME).perSecond(), list / results.get(FLOOR).perSecond(),
						results.get(PEOPLE_LIST).perSecond() / results.get(VIEWER_NAME).perSecond());
			}
			System.out.printf("Start %.1f s; %s%n", startSeconds, BenchmarkRuns.memory());
		}
		finally {
			app.close();
		}
	}

	/** Spring's startup steps that took longest, to tell where the start goes. */
	private static void printSlowestSteps(BufferingApplicationStartup steps) {
		System.out.println("  slowest startup steps:");
		steps.getBufferedTimeline()
			.getEvents()
			.stream()
			.sorted(java.util.Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
			.limit(8)
			.forEach((event) -> System.out.printf("    %6d ms  %s %s%n", event.getDuration().toMillis(),
					event.getStartupStep().getName(), tags(event.getStartupStep())));
	}

	private static String tags(org.springframework.core.metrics.StartupStep step) {
		StringBuilder tags = new StringBuilder();
		step.getTags().forEach((tag) -> tags.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
		return tags.toString().trim();
	}

	/**
	 * The documents of the workbench's page read directly: the 51 newest cases the
	 * CFO/CAO handles, then the people they name, in one query.
	 */
	private static void floor(MongoCollection<Document> cases, MongoCollection<Document> people) {
		List<Document> page = cases
			.find(Filters.or(Filters.in("routing.handlerRoles", "CFO_CAO"),
					Filters.in("routing.informedRoles", "CFO_CAO")))
			.sort(Sorts.descending("report.receivedAt", "_id"))
			.limit(51)
			.into(new ArrayList<>());
		List<Object> named = new ArrayList<>();
		for (Document found : page) {
			Document report = found.get("report", Document.class);
			for (Document involved : report.getList("involved", Document.class, List.of())) {
				if (involved.get("personId") != null) {
					named.add(involved.get("personId"));
				}
			}
		}
		List<Document> found = people.find(Filters.in("_id", named)).into(new ArrayList<>());
		if (page.size() != 51 || found.isEmpty()) {
			throw new IllegalStateException("the floor read " + page.size() + " cases and " + found.size() + " people");
		}
	}

	static void seed(GraphQlHttp api, BenchmarkRuns.Tokens tokens, int people, int cases) throws Exception {
		String admin = tokens.of("admin");
		StringBuilder csv = new StringBuilder(Imports.HEADER);
		for (int i = 0; i < people; i++) {
			// ten team leads, everyone else reports to one of them
			csv.append(
					"B%04d,Bench%d,Person%04d,bench%d@acme-de.example,EMPLOYEE,Analyst,Dept %02d,%s,2024-01-02,de,DE\n"
						.formatted(i, i, i, i, i % 20, (i < 10) ? "" : "B%04d".formatted(i % 10)));
		}
		var imported = Imports.run(api, admin, csv.toString());
		System.out.printf("  people: %s created%n", imported.<Object>read("$.data.personImport.created"));
		List<String> personIds = new ArrayList<>();
		String after = null;
		do {
			var page = api.post(admin,
					"query($after: String) { people(first: 100, after: $after, filter: {name: \"Bench\"}) "
							+ "{ edges { node { id } } pageInfo { hasNextPage endCursor } } }",
					(after != null) ? Map.of("after", after) : Map.of());
			personIds.addAll(page.read("$.data.people.edges[*].node.id"));
			after = Boolean.TRUE.equals(page.read("$.data.people.pageInfo.hasNextPage"))
					? page.read("$.data.people.pageInfo.endCursor") : null;
		}
		while (after != null);
		String reporter = tokens.of("employee");
		AtomicInteger failed = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> submissions = new ArrayList<>();
		for (int i = 0; i < cases; i++) {
			int n = i;
			submissions.add(pool.submit(() -> {
				Map<String, Object> report = new LinkedHashMap<>();
				report.put("category", List.of("FAIR_DEALING", "MISUSE_OF_ASSETS", "OTHER").get(n % 3));
				report.put("recipient", "CFO_CAO");
				report.put("description", "Benchmark case " + n + ": what a reporter saw, in a few sentences.");
				report.put("occurredWhen", "last month");
				report.put("involved", List.of(Map.of("personId", personIds.get(n % personIds.size())),
						Map.of("name", "someone in logistics")));
				var submitted = api.post(reporter, SUBMIT,
						Map.of("input", Map.of("reporterMode", "NAMED", "report", report)));
				if (submitted.hasErrors() || submitted.readOrNull("$.data.reportSubmit.report.id") == null) {
					failed.incrementAndGet();
				}
			}));
		}
		for (Future<?> submission : submissions) {
			submission.get();
		}
		pool.shutdown();
		System.out.printf("  cases: %d submitted, %d refused%n", cases - failed.get(), failed.get());
	}

	static void check(GraphQlHttp.Response response, String edges, int expected) {
		if (response.status() != 200 || response.hasErrors() || response.<List<?>>read(edges).size() != expected) {
			throw new IllegalStateException(response.body().substring(0, Math.min(500, response.body().length())));
		}
	}

}
