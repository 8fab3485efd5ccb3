package io.conduct.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;

/**
 * The product alone, as a pod runs it: the packaged jar started as a child process with
 * the pod's JVM flags (the Helm chart's {@code jvm.*} and {@code javaOptions}, a
 * {@code -XX:MaxRAM} standing in for the container's limit), loaded from this JVM by the
 * workbench benchmark's clients ({@code cases(first: 50)} on the seeded cases), while the
 * child's resident memory (VmRSS, and its peak VmHWM) is read from /proc. The embedded
 * database still runs inside the child (the local profile), which a pod does not hold:
 * the figure is an upper bound of the pod's. Not a test.
 *
 * <p>
 * Arguments (all optional): cases (1000), people (330), seconds of load (60), clients
 * (8), the jar (modules/app/target/conduct.jar), then JVM flags replacing the chart's.
 */
public final class PodMemoryBenchmark {

	/** The chart's defaults (helm/conduct/values.yaml), a 768 MiB limit. */
	static final List<String> POD_FLAGS = List.of("-XX:MaxRAM=768m", "-XX:MaxRAMPercentage=45",
			"-XX:InitialRAMPercentage=15", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m",
			"-XX:MaxDirectMemorySize=64m", "-Xss512k", "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=60000", "-Xshare:auto",
			"-XX:TieredStopAtLevel=4", "-XX:+ExitOnOutOfMemoryError");

	private PodMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int cases = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		int people = (args.length > 1) ? Integer.parseInt(args[1]) : 330;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 60;
		int threads = (args.length > 3) ? Integer.parseInt(args[3]) : 8;
		String jar = (args.length > 4) ? args[4] : "modules/app/target/conduct.jar";
		List<String> flags = (args.length > 5) ? Arrays.asList(args).subList(5, args.length) : POD_FLAGS;
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path data = Files.createTempDirectory("conduct-pod-memory");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(flags);
		command.addAll(List.of("-jar", jar, "--spring.profiles.active=local", "--server.port=" + port,
				"--conduct.local.data-dir=" + data, "--logging.level.root=WARN",
				// seeding goes through the intake: lift its budgets for the benchmark
				"--conduct.cases.intake.submissions-per-person=1000000",
				"--conduct.cases.intake.submissions-per-tenant=1000000",
				"--conduct.security.rate-limit.requests=100000000"));
		System.out.println("child: " + String.join(" ", command));
		Process child = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File(data.toFile(), "child.log"))
			.start();
		String pid = Long.toString(child.pid());
		try {
			long startedAt = System.nanoTime();
			waitUntilReady(port, child);
			System.out.printf("ready after %.1f s: %s%n", (System.nanoTime() - startedAt) / 1e9, memory(pid));
			GraphQlHttp api = new GraphQlHttp(port);
			BenchmarkRuns.Tokens tokens = new BenchmarkRuns.Tokens(port, "acme-de");
			WorkbenchBenchmark.seed(api, tokens, people, cases);
			System.out.println("seeded: " + memory(pid));
			String cfo = tokens.of("cfo");
			AtomicLong peak = new AtomicLong();
			Thread sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(BenchmarkRuns.status(pid, "VmRSS"), Math::max);
					try {
						Thread.sleep(200);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			Map<String, BenchmarkRuns.Result> results = BenchmarkRuns
				.interleaved(List.of(new BenchmarkRuns.Workload("workbench cases(first: 50)", new MongoCommandCounter(),
						() -> WorkbenchBenchmark.check(api.post(cfo, WorkbenchBenchmark.WORKBENCH, Map.of("first", 50)),
								"$.data.cases.edges", 50))),
						seconds, 1, threads);
			sampler.interrupt();
			System.out.printf("under load: %s; sampled peak %d MiB; workbench %.1f req/s%n", memory(pid),
					peak.get() >> 10, results.values().iterator().next().perSecond());
		}
		finally {
			child.destroy();
			child.waitFor();
		}
	}

	private static String memory(String pid) {
		return "child resident %d MiB (peak %d MiB)".formatted(BenchmarkRuns.status(pid, "VmRSS") >> 10,
				BenchmarkRuns.status(pid, "VmHWM") >> 10);
	}

	/** Until the demo group is seeded: the local issuer hands out a token of acme-de. */
	private static void waitUntilReady(int port, Process child) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest probe = HttpRequest
			.newBuilder(URI
				.create("http://127.0.0.1:" + port + "/local-issuer/realms/acme-de/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin&password=demo"))
			.build();
		for (int attempt = 0; attempt < 3000; attempt++) {
			if (!child.isAlive()) {
				throw new IllegalStateException("the product stopped with " + child.exitValue());
			}
			try {
				if (http.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the product did not get ready");
	}

}
