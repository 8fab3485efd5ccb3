package io.conduct.testsupport;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a people import through the API and waits for it, as a front end would poll.
 */
public final class Imports {

	public static final String HEADER = "employeeNumber,givenName,familyName,email,type,title,department,supervisorEmployeeNumber,startDate,locale,country\n";

	private static final String STATUS = """
			query($id: ID!) { personImport(id: $id) {
			  id status totalRows processedRows created updated failed
			  rowErrors(first: 100) { edges { node { line reason } } pageInfo { hasNextPage } } } }""";

	private Imports() {
	}

	public static GraphQlHttp.Response run(GraphQlHttp api, String adminToken, String csv) {
		var started = api.post(adminToken, """
				mutation($csv: String!) { personImportStart(input: {csv: $csv}) {
				  personImport { id status totalRows } userErrors { field code message } } }""", Map.of("csv", csv));
		assertThat(started.<java.util.List<?>>read("$.data.personImportStart.userErrors")).as(started.body()).isEmpty();
		String id = started.read("$.data.personImportStart.personImport.id");
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			var status = api.post(adminToken, STATUS, Map.of("id", id));
			if (!"RUNNING".equals(status.read("$.data.personImport.status"))) {
				return status;
			}
			sleep();
		}
		throw new AssertionError("Import " + id + " did not finish");
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
