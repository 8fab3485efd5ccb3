package io.conduct.localdev;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;

/**
 * Compares the backends mongo-java-server offers for the embedded run, on what the run
 * does: sorted page reads (the 51 newest cases a handler role sees, as the workbench
 * reads them) at 100, 1,000 and 10,000 cases, acknowledged writes of case documents, the
 * start with 10,000 cases in store, and whether acknowledged writes survive a restart and
 * a {@code kill -9} of the process that wrote them. Not a test; run it as the README says
 * (section "Performance").
 */
public final class EmbeddedBackendComparison {

	private static final String DESCRIPTION = "A supplier's representative offered tickets to the final and asked "
			+ "about the tender that closes next month; the reporter declined and wants to know what to do if "
			+ "it happens again. ".repeat(3);

	private EmbeddedBackendComparison() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("write-until-killed")) {
			writeUntilKilled(Path.of(args[1]), args[2]);
			return;
		}
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		Path folder = Files.createTempDirectory("conduct-backends");
		System.out.printf("%-10s %12s %12s %12s %12s %14s %12s %12s%n", "backend", "reads@100/s", "reads@1k/s",
				"reads@10k/s", "writes/s", "start@10k ms", "restart", "kill -9");
		compare("memory", MemoryBackend::new, null, seconds);
		Path h2 = folder.resolve("h2.mv");
		compare("h2", () -> new H2Backend(h2.toString()), h2, seconds);
		Path committing = folder.resolve("h2-commit.mv");
		compare("h2-commit", () -> new CommittingH2Backend(committing.toString()), committing, seconds);
	}

	private static void compare(String name, Supplier<MongoBackend> backend, Path file, int seconds) throws Exception {
		MongoServer server = new MongoServer(backend.get());
		var address = server.bind();
		double[] reads = new double[3];
		double writesPerSecond;
		long acknowledged;
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			MongoCollection<Document> cases = client.getDatabase("conduct_t_bench").getCollection("cases");
			cases.createIndex(Indexes.compoundIndex(Indexes.ascending("routing.handlerRoles"),
					Indexes.descending("report.receivedAt", "_id")));
			int stored = 0;
			int[] sizes = { 100, 1_000, 10_000 };
			long writeNanos = 0;
			for (int i = 0; i < sizes.length; i++) {
				long t0 = System.nanoTime();
				for (; stored < sizes[i]; stored++) {
					cases.insertOne(caseDocument(stored));
				}
				writeNanos += System.nanoTime() - t0;
				reads[i] = pagesPerSecond(cases, seconds);
			}
			writesPerSecond = stored / (writeNanos / 1e9);
			acknowledged = stored;
		}
		server.shutdown();
		String restart = "lost (in memory)";
		String kill = "lost (in memory)";
		long startMillis = -1;
		if (file != null) {
			long t0 = System.nanoTime();
			MongoServer reopened = new MongoServer(backend.get());
			var again = reopened.bind();
			try (MongoClient client = MongoClients
				.create("mongodb://" + again.getHostString() + ":" + again.getPort())) {
				long kept = client.getDatabase("conduct_t_bench").getCollection("cases").countDocuments();
				startMillis = (System.nanoTime() - t0) / 1_000_000;
				restart = kept + "/" + acknowledged;
			}
			reopened.shutdown();
			kill = killed(file, name);
		}
		System.out.printf("%-10s %12.0f %12.0f %12.0f %12.0f %14d %12s %12s%n", name, reads[0], reads[1], reads[2],
				writesPerSecond, startMillis, restart, kill);
	}

	private static double pagesPerSecond(MongoCollection<Document> cases, int seconds) {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		int pages = 0;
		while (System.nanoTime() < end) {
			List<Document> page = cases.find(Filters.in("routing.handlerRoles", "CFO_CAO"))
				.sort(Sorts.descending("report.receivedAt", "_id"))
				.limit(51)
				.into(new ArrayList<>());
			if (page.size() != 51) {
				throw new IllegalStateException("read " + page.size());
			}
			pages++;
		}
		return pages / ((System.nanoTime() - start) / 1e9);
	}

	/**
	 * Writes in a child process that prints each acknowledged write, kills it with
	 * SIGKILL after a few hundred, then counts what the file kept.
	 */
	private static String killed(Path file, String backend) throws Exception {
		Path fresh = file.resolveSibling("killed-" + file.getFileName());
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedBackendComparison.class.getName(), "write-until-killed",
				fresh.toString(), backend)
			.redirectErrorStream(true)
			.start();
		long lastAcknowledged = -1;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("acknowledged ")) {
					lastAcknowledged = Long.parseLong(line.substring("acknowledged ".length()));
					if (lastAcknowledged >= 500) {
						break;
					}
				}
			}
			// SIGKILL on Linux: no shutdown hook, no close
			child.destroyForcibly();
			child.waitFor();
		}
		MongoServer reopened = new MongoServer(new H2Backend(fresh.toString()));
		var address = reopened.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			long kept = client.getDatabase("conduct_t_bench").getCollection("cases").countDocuments();
			return kept + "/" + lastAcknowledged;
		}
		finally {
			reopened.shutdown();
		}
	}

	private static void writeUntilKilled(Path file, String backend) {
		MongoServer server = new MongoServer(
				backend.equals("h2") ? new H2Backend(file.toString()) : new CommittingH2Backend(file.toString()));
		var address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			MongoCollection<Document> cases = client.getDatabase("conduct_t_bench").getCollection("cases");
			for (int i = 1;; i++) {
				cases.insertOne(caseDocument(i));
				System.out.println("acknowledged " + i);
				System.out.flush();
			}
		}
	}

	/** A document shaped like a stored case (its parts and typical sizes). */
	static Document caseDocument(int n) {
		Instant received = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * n);
		return new Document("_id", UUID.randomUUID().toString()).append("number", "DE-2026-%05d".formatted(n))
			.append("status", "RECEIVED")
			.append("report",
					new Document("category", "GIFTS_BRIBERY_KICKBACKS").append("channel", "WEB")
						.append("recipient", "CFO_CAO")
						.append("description", DESCRIPTION)
						.append("occurredWhen", "last month")
						.append("receivedAt", java.util.Date.from(received))
						.append("involved",
								List.of(new Document("personId", UUID.randomUUID().toString()).append("name", null),
										new Document("name", "someone in logistics"))))
			.append("reporter", new Document("mode", "NAMED").append("ref", UUID.randomUUID().toString()))
			.append("routing",
					new Document("handlerRoles", List.of("CFO_CAO")).append("informedRoles", List.of())
						.append("handlerPersonIds", List.of())
						.append("escalated", false)
						.append("steps",
								List.of(new Document("rule", "RECIPIENT_HANDLES"),
										new Document("rule", "CFO_CAO_HANDLES_EVERY_REPORT"))))
			.append("deadlines",
					new Document("acknowledgementDue", java.util.Date.from(received.plusSeconds(7 * 86400)))
						.append("feedbackDue", java.util.Date.from(received.plusSeconds(90 * 86400))))
			.append("timeline",
					List.of(new Document("type", "RECEIVED").append("at", java.util.Date.from(received))
						.append("actor", "erin")))
			.append("messages", List.of());
	}

}
