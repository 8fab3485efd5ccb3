package io.conduct.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.conduct.ConductApplication;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Shows that an honest reporter's report and follow-up still go through while another
 * client floods a tenant's public intake, and prints the figures. Not a test: it runs the
 * product as the README's embedded run does (the local profile, a fresh data directory,
 * production budgets and Argon2id settings) on a random loopback port, floods
 * {@code acme-de}'s intake for a while from one client address, then from a client that
 * rotates through many addresses, and meanwhile reports and follows up as an honest
 * reporter from an address of their own. Run it as the README says (section "Security").
 *
 * <p>
 * Arguments (all optional): flood seconds per phase (default 20), flooding threads
 * (default 8).
 */
public final class IntakeFloodBenchmark {

	private static final String SUBMIT = """
			mutation($input: PublicReportSubmitInput!) { publicReportSubmit(input: $input) {
			  receipt { caseNumber receiptKey } userErrors { code } } }""";

	private static final String READ = """
			query($input: PublicReportAccessInput!) { publicReport(input: $input) { status messages { author } } }""";

	private static final String MESSAGE = """
			mutation($input: PublicReportMessagePostInput!) { publicReportMessagePost(input: $input) {
			  report { messages { author } } userErrors { code } } }""";

	private static final String PASSPHRASE = "amber lantern over the quiet harbour";

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private IntakeFloodBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		Path data = Files.createTempDirectory("conduct-bench");
		ConfigurableApplicationContext app = new SpringApplication(ConductApplication.class).run(
				"--spring.profiles.active=local", "--server.port=0", "--conduct.local.data-dir=" + data,
				"--logging.level.root=WARN", "--conduct.jobs.enabled=false");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Tenant tenant = app.getBean(TenantRegistry.class).findByKey("acme-de").orElseThrow();
			var environment = app.getEnvironment();
			System.out.printf("Conduct on 127.0.0.1:%d, tenant %s; budgets: %s public reports and %s follow-ups "
					+ "per client address per %s (in each instance), %s reports and %s follow-ups per tenant per %s "
					+ "(shared); Argon2id m=%s KiB, t=%s, p=%s; %d flooding threads, %d s a phase%n", port,
					tenant.key(), environment.getProperty("conduct.cases.intake.submissions-per-source"),
					environment.getProperty("conduct.cases.intake.follow-ups-per-source"),
					environment.getProperty("conduct.budgets.source-window"),
					environment.getProperty("conduct.cases.intake.submissions-per-tenant"),
					environment.getProperty("conduct.cases.intake.follow-ups-per-tenant"),
					environment.getProperty("conduct.cases.intake.tenant-window"),
					environment.getProperty("conduct.cases.argon2.memory-kib"),
					environment.getProperty("conduct.cases.argon2.iterations"),
					environment.getProperty("conduct.cases.argon2.parallelism"), threads, seconds);
			GraphQlHttp api = new GraphQlHttp(port);
			phase("A: one client address floods", api, tenant, seconds, threads, (i) -> "203.0.113.66",
					"198.51.100.23");
			// the shared tenant budget is what bounds a flood from many addresses (it
			// bounds the slow hashing the intake can be made to do)
			phase("B: a client rotating through 4,096 addresses floods", api, tenant, seconds, threads,
					(i) -> "2001:db8:" + Integer.toHexString((int) (i % 4096)) + "::1", "198.51.100.24");
		}
		finally {
			app.close();
		}
	}

	private static void phase(String name, GraphQlHttp api, Tenant tenant, int seconds, int threads,
			java.util.function.LongFunction<String> flooderAddress, String honestAddress) throws Exception {
		Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
		AtomicBoolean flooding = new AtomicBoolean(true);
		AtomicLong sent = new AtomicLong();
		SecureRandom random = new SecureRandom();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			pool.submit(() -> {
				while (flooding.get()) {
					long n = sent.incrementAndGet();
					Map<String, String> from = Map.of("X-Forwarded-For", flooderAddress.apply(n));
					GraphQlHttp.Response response = ((n % 2) == 0)
							? api.post(null, SUBMIT, Map.of("input", submission(tenant, "Flood " + n)), from)
							: api.post(null, READ, Map.of("input", Map.of("intakeKey", tenant.publicIntakeKey(),
									"receiptKey", randomKey(random), "passphrase", "a guess " + n)), from);
					outcomes
						.computeIfAbsent(((n % 2) == 0 ? "report: " : "follow-up: ") + outcome(response),
								(k) -> new LongAdder())
						.increment();
				}
			});
		}
		Thread.sleep(Duration.ofSeconds(Math.max(2, seconds / 4)).toMillis());
		Map<String, String> honest = Map.of("X-Forwarded-For", honestAddress);
		long t0 = System.nanoTime();
		var submitted = api.post(null, SUBMIT, Map.of("input", submission(tenant, "The van is used privately")),
				honest);
		long submitMillis = (System.nanoTime() - t0) / 1_000_000;
		String receiptKey = submitted.readOrNull("$.data.publicReportSubmit.receipt.receiptKey");
		long readMillis = -1;
		long messageMillis = -1;
		String readOutcome = "not tried (no receipt)";
		String messageOutcome = readOutcome;
		if (receiptKey != null) {
			long t1 = System.nanoTime();
			var read = api.post(null, READ, Map.of("input",
					Map.of("intakeKey", tenant.publicIntakeKey(), "receiptKey", receiptKey, "passphrase", PASSPHRASE)),
					honest);
			readMillis = (System.nanoTime() - t1) / 1_000_000;
			readOutcome = outcome(read);
			long t2 = System.nanoTime();
			var message = api.post(null, MESSAGE, Map.of("input", Map.of("intakeKey", tenant.publicIntakeKey(),
					"receiptKey", receiptKey, "passphrase", PASSPHRASE, "body", "The plates are B-XY 123")), honest);
			messageMillis = (System.nanoTime() - t2) / 1_000_000;
			messageOutcome = outcome(message);
		}
		long remaining = Duration.ofSeconds(seconds).toNanos() - (System.nanoTime() - start);
		if (remaining > 0) {
			TimeUnit.NANOSECONDS.sleep(remaining);
		}
		flooding.set(false);
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf("%nPhase %s%n  flood: %d requests in %.1f s (%.0f/s)%n", name, sent.get(), elapsed,
				sent.get() / elapsed);
		List<String> keys = new ArrayList<>(outcomes.keySet());
		keys.sort(null);
		for (String key : keys) {
			System.out.printf("    %-60s %8d%n", key, outcomes.get(key).sum());
		}
		System.out.printf(
				"  honest reporter (%s): report %s in %d ms; follow-up read %s in %d ms; message %s in %d ms%n",
				honestAddress, outcome(submitted), submitMillis, readOutcome, readMillis, messageOutcome,
				messageMillis);
	}

	private static Map<String, Object> submission(Tenant tenant, String description) {
		return Map.of("intakeKey", tenant.publicIntakeKey(), "passphrase", PASSPHRASE, "report",
				Map.of("category", "MISUSE_OF_ASSETS", "recipient", "CFO_CAO", "description", description));
	}

	private static String randomKey(SecureRandom random) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < 24; i++) {
			key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return key.toString();
	}

	private static String outcome(GraphQlHttp.Response response) {
		if (response.status() != 200) {
			return "HTTP " + response.status();
		}
		if (response.hasErrors()) {
			return response.firstErrorCode() + " (" + response.firstErrorMessage() + ")";
		}
		return "accepted";
	}

}
