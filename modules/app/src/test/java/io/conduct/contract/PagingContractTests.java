package io.conduct.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection pages the same way: {@code first} from 1 to 100, an explicit
 * {@code null} meaning the default, and a cursor that is not one of ours a BAD_REQUEST,
 * never a silent first page and never an internal error.
 */
@ConductIntegrationTest
class PagingContractTests {

	/**
	 * Each connection of tenants, people, the Code and certifications, as a client asks
	 * it.
	 */
	private static final Map<String, String> CONNECTIONS = Map.of("tenants",
			"query($first: Int, $after: String) { tenants(first: $first, after: $after) { edges { cursor } } }",
			"children", """
					query($first: Int, $after: String) { tenants { edges { node {
					  children(first: $first, after: $after) { edges { cursor } } } } } }""", "people",
			"query($first: Int, $after: String) { people(first: $first, after: $after) { edges { cursor } } }",
			"codeVersions",
			"query($first: Int, $after: String) { codeVersions(first: $first, after: $after) { edges { cursor } } }",
			"codeAdditions",
			"query($first: Int, $after: String) { codeAdditions(first: $first, after: $after) { edges { cursor } } }",
			"certificationCampaigns", """
					query($first: Int, $after: String) { certificationCampaigns(first: $first, after: $after) {
					  edges { cursor } } }""", "certificationExceptions", """
					query($first: Int, $after: String) { certificationExceptions(first: $first, after: $after,
					  unresolvedOnly: null) { edges { cursor } } }""", "viewer.certifications", """
					query($first: Int, $after: String) { viewer { certifications(first: $first, after: $after) {
					  edges { cursor } } } }""", "viewer.certificationAssignments", """
					query($first: Int, $after: String) { viewer { certificationAssignments(first: $first,
					  after: $after) { edges { cursor } } } }""");

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	String token;

	@BeforeEach
	void caller() {
		this.api = new GraphQlHttp(this.port);
		String key = TestTenants.uniqueKey("paging");
		TestTenants.register(this.registry, key);
		this.token = TestIssuer.get().token(key, "cfo", Role.CFO_CAO, Role.TENANT_ADMIN, Role.EMPLOYEE);
	}

	@Test
	void anExplicitNullSizeOrCursorIsTheDefault() {
		for (var connection : CONNECTIONS.entrySet()) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("first", null);
			variables.put("after", null);

			var response = this.api.post(this.token, connection.getValue(), variables);

			assertThat(response.hasErrors()).as(connection.getKey() + ": " + response.body()).isFalse();
		}
	}

	@Test
	void aSizeOutsideOneToAHundredIsABadRequest() {
		for (var connection : CONNECTIONS.entrySet()) {
			for (int first : List.of(0, -1, 101)) {
				var response = this.api.post(this.token, connection.getValue(), Map.of("first", first));

				assertThat(response.firstErrorCode())
					.as(connection.getKey() + " first " + first + ": " + response.body())
					.isEqualTo("BAD_REQUEST");
			}
		}
	}

	@Test
	void aCursorThatIsNotOursIsABadRequestNeverAFirstPage() {
		// a cursor of ours, but for another order, is refused too where its key cannot be
		// read
		for (var connection : CONNECTIONS.entrySet()) {
			for (String after : List.of("not-a-cursor", "%%%", "")) {
				var response = this.api.post(this.token, connection.getValue(), Map.of("after", after));

				assertThat(response.firstErrorCode())
					.as(connection.getKey() + " after " + after + ": " + response.body())
					.isEqualTo("BAD_REQUEST");
			}
		}
		var foreign = this.api.post(this.token, CONNECTIONS.get("codeVersions"),
				Map.of("after", Cursors.encode("not a number", "x")));
		assertThat(foreign.firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

}
