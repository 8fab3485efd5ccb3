package io.conduct.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.RoundTrips;
import io.conduct.testsupport.RoundTrips.Measured;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Code as an employee reads it (the group's version with the tenant's additions) and
 * the tenant's additions cost the same database commands whatever the number of sections
 * or additions: 2 or 6.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class CodeListRoundTripsTests {

	private static final String PUBLISH = """
			mutation($input: CodeVersionPublishInput!) { codeVersionPublish(input: $input) {
			  version { number } userErrors { field code } } }""";

	private static final String ADDITION = """
			mutation($input: CodeAdditionPublishInput!) { codeAdditionPublish(input: $input) {
			  addition { number } userErrors { field code } } }""";

	private static final String CURRENT = """
			{ currentCode(language: "en") { version { id number effectiveDate changeSummary languages } language title
			  contentHash sections { key heading body tenantSpecific appliesToExecutiveOfficersOrDirectors }
			  addition { id number effectiveDate changeSummary languages publishedAt } } }""";

	private static final String ADDITIONS = """
			query($first: Int) { codeAdditions(first: $first) { edges { cursor node { id number effectiveDate
			  changeSummary languages publishedAt } } pageInfo { hasNextPage endCursor } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	@Test
	void theCodeAndTheAdditionsCostTheSameForTwoAsForSix() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		Tenant group = TestTenants.register(this.registry, TestTenants.uniqueKey("codetrips"));
		String cfo = TestIssuer.get().token(group.key(), "carla", Role.CFO_CAO, Role.EMPLOYEE);
		String employee = TestIssuer.get().token(group.key(), "erin", Role.EMPLOYEE);
		published(api.post(cfo, PUBLISH, Map.of("input", amendment("2025-01-01", 1))), "codeVersionPublish");
		for (int i = 1; i <= 5; i++) {
			published(api.post(cfo, ADDITION, Map.of("input", amendment("2025-0" + (i + 1) + "-01", 2))),
					"codeAdditionPublish");
		}

		Measured twoSections = RoundTrips.measure(this.commands, "conduct_", () -> api.post(employee, CURRENT));
		published(api.post(cfo, ADDITION, Map.of("input", amendment("2025-08-01", 6))), "codeAdditionPublish");
		Measured sixSections = RoundTrips.measure(this.commands, "conduct_", () -> api.post(employee, CURRENT));

		assertThat(twoSections.response().<List<Boolean>>read("$.data.currentCode.sections[*].tenantSpecific"))
			.containsExactly(false, true, true);
		assertThat(sixSections.response().<List<Boolean>>read("$.data.currentCode.sections[*].tenantSpecific"))
			.hasSize(1 + 6);
		assertThat(sixSections.response().<Integer>read("$.data.currentCode.addition.number")).isEqualTo(6);
		RoundTrips.assertFlat("currentCode", twoSections, sixSections);

		Measured small = RoundTrips.measure(this.commands, "conduct_",
				() -> api.post(employee, ADDITIONS, Map.of("first", 2)));
		Measured large = RoundTrips.measure(this.commands, "conduct_",
				() -> api.post(employee, ADDITIONS, Map.of("first", 6)));
		assertThat(large.response().<List<Integer>>read("$.data.codeAdditions.edges[*].node.number")).containsExactly(6,
				5, 4, 3, 2, 1);
		RoundTrips.assertFlat("codeAdditions", small, large);
	}

	private static void published(GraphQlHttp.Response response, String mutation) {
		assertThat(response.<List<?>>read("$.data." + mutation + ".userErrors")).as(response.body()).isEmpty();
	}

	private static Map<String, Object> amendment(String effective, int sections) {
		return Map.of("effectiveDate", LocalDate.parse(effective).toString(), "changeSummary", "Amended",
				"translations",
				List.of(Map.of("language", "en", "title", "Code of Conduct", "sections",
						IntStream.range(0, sections)
							.mapToObj((i) -> Map.of("heading", "SECTION " + effective + " " + i, "body", "Text " + i))
							.toList())));
	}

}
