package io.conduct.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conduct.testsupport.MongoCommandCounter;

/**
 * What the benchmarks share: workloads run side by side, their figures, the process's
 * memory, and the demo people's tokens.
 * <p>
 * The workloads of one comparison run <em>interleaved</em>: in rounds, each workload for
 * a slice of every round, so that a change in the machine's load during the run (the
 * project's machine is shared) weighs on every workload alike and the ratios between them
 * stay meaningful even when the absolute figures do not.
 */
final class BenchmarkRuns {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private BenchmarkRuns() {
	}

	/** A request a benchmark repeats, and the commands counter that sees its commands. */
	record Workload(String name, MongoCommandCounter commands, Runnable request) {
	}

	/** The figures of one workload over all its slices. */
	record Result(String name, double perSecond, double p50, double p99, double commandsPerRequest) {

		void print() {
			System.out.printf("  %-34s %8.1f req/s  p50 %8.1f ms  p99 %8.1f ms  %5.1f commands/request%n", this.name,
					this.perSecond, this.p50, this.p99, this.commandsPerRequest);
		}

	}

	/**
	 * Runs the workloads interleaved: after a warm-up of each, {@code rounds} rounds in
	 * which each workload runs for {@code seconds / rounds} with {@code threads} clients.
	 */
	static Map<String, Result> interleaved(List<Workload> workloads, int seconds, int rounds, int threads)
			throws Exception {
		for (Workload workload : workloads) {
			long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(2, seconds / 5));
			while (System.nanoTime() < warmUntil) {
				workload.request().run();
			}
		}
		Map<String, List<long[]>> latencies = new LinkedHashMap<>();
		Map<String, double[]> elapsedAndCommands = new LinkedHashMap<>();
		long slice = TimeUnit.MILLISECONDS.toNanos(Math.max(500, seconds * 1000L / rounds));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < rounds; round++) {
				for (Workload workload : workloads) {
					workload.commands().reset();
					long start = System.nanoTime();
					long wallStart = System.currentTimeMillis();
					List<long[]> slices = run(pool, threads, start + slice, workload.request());
					if (Boolean.getBoolean("bench.slices")) {
						// for attributing a flight recording's samples to the workload of
						// their moment
						System.err.printf("slice %s %d %d%n", workload.name(), wallStart, System.currentTimeMillis());
					}
					double[] totals = elapsedAndCommands.computeIfAbsent(workload.name(), (n) -> new double[2]);
					totals[0] += (System.nanoTime() - start) / 1e9;
					totals[1] += workload.commands().tenantCommands("").size();
					latencies.computeIfAbsent(workload.name(), (n) -> new ArrayList<>()).addAll(slices);
				}
			}
		}
		finally {
			pool.shutdown();
		}
		Map<String, Result> results = new LinkedHashMap<>();
		for (Workload workload : workloads) {
			long[] all = latencies.get(workload.name()).stream().flatMapToLong(Arrays::stream).sorted().toArray();
			double[] totals = elapsedAndCommands.get(workload.name());
			Result result = new Result(workload.name(), all.length / totals[0], percentile(all, 0.50),
					percentile(all, 0.99), totals[1] / Math.max(1, all.length));
			result.print();
			results.put(workload.name(), result);
		}
		return results;
	}

	private static List<long[]> run(ExecutorService pool, int threads, long end, Runnable request) throws Exception {
		List<Future<long[]>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				long[] latencies = new long[256];
				int count = 0;
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					request.run();
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
					}
					latencies[count++] = System.nanoTime() - t0;
				}
				return Arrays.copyOf(latencies, count);
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> worker : workers) {
			all.add(worker.get());
		}
		return all;
	}

	static double percentile(long[] sorted, double p) {
		return (sorted.length == 0) ? 0
				: sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
	}

	/** Resident and heap memory after a full collection, and the live threads. */
	static String memory() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		return "resident %d MiB (peak %d MiB); heap used after GC %d MiB of %d MiB max; %d threads; JVM: %s".formatted(
				status("VmRSS") >> 10, status("VmHWM") >> 10, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
				runtime.maxMemory() >> 20, Thread.activeCount(),
				ManagementFactory.getRuntimeMXBean().getInputArguments());
	}

	/** A memory figure of this process from /proc, in KiB (0 where there is none). */
	static long status(String key) {
		return status("self", key);
	}

	/** A memory figure of a process ({@code self} or its id) from /proc, in KiB. */
	static long status(String process, String key) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", process, "status"))) {
				if (line.startsWith(key + ":")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (java.io.IOException ex) {
			// not Linux
		}
		return 0;
	}

	/** Tokens of the demo people from the local issuer, as a front end gets them. */
	record Tokens(int port, String tenant) {

		String of(String username) {
			String form = "grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
					+ "&password=demo";
			try {
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/local-issuer/realms/" + this.tenant
								+ "/protocol/openid-connect/token"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.build(), HttpResponse.BodyHandlers.ofString());
				Matcher token = ACCESS_TOKEN.matcher(response.body());
				if (!token.find()) {
					throw new IllegalStateException("no token for " + username + ": " + response.body());
				}
				return token.group(1);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
