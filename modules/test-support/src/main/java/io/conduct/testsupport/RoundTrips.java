package io.conduct.testsupport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database round trips of one list request, counted by {@link MongoCommandCounter}: a
 * list is flat when a large page costs the same commands as a small one, and lean when it
 * sends at most one command per kind of record it touches (people at most twice: the
 * caller's directory entry, then the one data loader of people) plus the audit write.
 */
public final class RoundTrips {

	/** The prefix of every tenant database. */
	public static final String TENANTS = "conduct_t_";

	private RoundTrips() {
	}

	/** Sends a request and keeps the tenant commands it caused. */
	public static Measured measure(MongoCommandCounter counter, Supplier<GraphQlHttp.Response> request) {
		return measure(counter, TENANTS, request);
	}

	/** Sends a request and keeps the commands it caused to the databases named so. */
	public static Measured measure(MongoCommandCounter counter, String databasePrefix,
			Supplier<GraphQlHttp.Response> request) {
		counter.reset();
		GraphQlHttp.Response response = request.get();
		List<String> targets = counter.tenantCommandTargets(databasePrefix)
			.stream()
			// "conduct_t_x.find people" -> "find people"
			.map((target) -> target.substring(target.indexOf('.') + 1))
			.toList();
		assertThat(response.hasErrors()).as(response.body()).isFalse();
		return new Measured(response, targets);
	}

	/**
	 * Asserts that the large page cost exactly the commands of the small one and that
	 * neither sent more than one command per kind of record (people: two) and one audit
	 * write; prints the figures.
	 */
	public static void assertFlat(String list, Measured small, Measured large) {
		assertFlat(list, small, large, Map.of());
	}

	/**
	 * As {@link #assertFlat(String, Measured, Measured)}, allowing some commands more
	 * often, e.g. {@code "find people", 3} for a response that names people on two of its
	 * levels (one query per level) besides the caller's entry.
	 */
	public static void assertFlat(String list, Measured small, Measured large, Map<String, Integer> allowed) {
		System.out.printf("Round trips of %s: %d commands for the small page, %d for the large %s%n", list,
				small.count(), large.count(), large.byCollection());
		assertThat(large.byCollection()).as("%s: the large page costs the same commands as the small one", list)
			.isEqualTo(small.byCollection());
		large.byCollection().forEach((command, times) -> {
			int most = allowed.getOrDefault(command, command.endsWith(" people") ? 2 : 1);
			assertThat(times).as("%s: %s sent %d times (%s)", list, command, times, large.targets())
				.isLessThanOrEqualTo(most);
		});
	}

	/**
	 * The commands of one request.
	 *
	 * @param response the response
	 * @param targets each command with the collection it names, e.g. {@code find people}
	 */
	public record Measured(GraphQlHttp.Response response, List<String> targets) {

		public int count() {
			return this.targets.size();
		}

		/** How many times each command was sent to each collection. */
		public Map<String, Integer> byCollection() {
			return this.targets.stream().collect(Collectors.toMap((t) -> t, (t) -> 1, Integer::sum, TreeMap::new));
		}

		/** How many commands wrote to the audit log. */
		public long auditWrites() {
			return this.targets.stream().filter((t) -> t.equals("insert audit_log")).count();
		}

	}

}
