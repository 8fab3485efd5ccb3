package io.conduct.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON body of a GraphQL request is bounded while it is read: a huge list or string
 * in the variables is refused before anything is built from it; the larger allowance for
 * files goes only to the operations that carry them, and only to signed-in callers or to
 * callers of an active public intake.
 */
class GraphQlRequestBodyFilterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SUBMIT = "mutation($input: PublicReportSubmitInput!) { publicReportSubmit(input: $input) { receipt { caseNumber } } }";

	private static final String ACTIVE_INTAKE = "intake-of-an-active-tenant";

	private final GraphQlRequestBodyFilter filter = new GraphQlRequestBodyFilter("/graphql",
			new GraphQlBodyLimits(256 * 1024L, 12, 65_536, 100, "input.intakeKey", Map.of("attachments",
					new GraphQlBodyLimits.Allowance(Set.of("publicReportSubmit", "reportSubmit"),
							EnumSet.of(GraphQlBodyLimits.Caller.SIGNED_IN, GraphQlBodyLimits.Caller.PUBLIC_INTAKE),
							41_943_040L, null, 13_981_016, null))),
			ACTIVE_INTAKE::equals);

	@Test
	void aBodyWithinTheDefaultBoundsPasses() {
		assertThat(problemOf(body(SUBMIT, input("unknown", List.of(Map.of("name", "A")), "fine")))).isNull();
	}

	@Test
	void aListOfThreeHundredThousandNamesIsRefused() {
		var names = Collections.nCopies(300_000, Map.of("name", "Someone"));

		assertThat(problemOf(body(SUBMIT, input(ACTIVE_INTAKE, names, "fine"))))
			.isEqualTo("A list in the request has more than 100 items");
	}

	@Test
	void twentyMebibytesOfBase64AreRefusedEvenForAnActiveIntake() {
		String base64 = "QUFB".repeat(20 * 1024 * 1024 / 4);

		assertThat(problemOf(body(SUBMIT, input(ACTIVE_INTAKE, List.of(), base64))))
			.isEqualTo("A string in the request has more than 13981016 characters");
	}

	@Test
	void aFileGoesOnlyToAnActiveIntakeOrASignedInCallerAndOnlyForOperationsThatTakeFiles() {
		String file = "QUFB".repeat(1024 * 1024 / 4);

		assertThat(problemOf(body(SUBMIT, input(ACTIVE_INTAKE, List.of(), file)))).isNull();
		assertThat(problemOf(body(SUBMIT, input("no-such-intake", List.of(), file))))
			.isEqualTo("A string in the request has more than 65536 characters");
		assertThat(
				problemOf(body("mutation($input: CaseCloseInput!) { caseClose(input: $input) { userErrors { code } } }",
						input(ACTIVE_INTAKE, List.of(), file))))
			.isEqualTo("A string in the request has more than 65536 characters");
		assertThat(problemOf(body(
				"mutation($input: PublicReportSubmitInput!) { publicReportSubmit(input: $input) { userErrors { code } } caseClose(input: $input) { userErrors { code } } }",
				input(ACTIVE_INTAKE, List.of(), file))))
			.isNotNull();
		assertThat(SystemActor.callAs("acme", EnumSet.of(Role.EMPLOYEE),
				() -> this.filter.problemWith(body(
						"mutation($input: ReportSubmitInput!) { reportSubmit(input: $input) { userErrors { code } } }",
						input(null, List.of(), file)))))
			.isNull();
	}

	@Test
	void aDeeplyNestedBodyIsRefused() {
		Object nested = "x";
		for (int i = 0; i < 20; i++) {
			nested = List.of(nested);
		}
		assertThat(problemOf(body(SUBMIT, Map.of("input", nested)))).contains("nested deeper than 12 levels");
	}

	@Test
	void bodiesThatAreNotAnObjectWithAQueryAreRefused() {
		for (String body : List.of("null", "[]", "{\"query\": 5}", "{\"query\": \"{ a }\", \"variables\": []}",
				"{not json", "{\"query\": \"{ a }\"} trailing", "{\"variables\": {}}")) {
			assertThat(problemOf(body.getBytes(StandardCharsets.UTF_8))).as(body).isNotNull();
		}
	}

	private String problemOf(byte[] body) {
		return this.filter.problemWith(body);
	}

	private static Map<String, Object> input(String intakeKey, List<?> involved, String attachment) {
		Map<String, Object> input = new LinkedHashMap<>();
		if (intakeKey != null) {
			input.put("intakeKey", intakeKey);
		}
		input.put("passphrase", "a long passphrase");
		input.put("report", Map.of("category", "OTHER", "recipient", "CFO_CAO", "description", "A concern", "involved",
				involved, "attachments", List.of(Map.of("fileName", "f.txt", "contentBase64", attachment))));
		return Map.of("input", input);
	}

	private static byte[] body(String query, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		return JSON.writeValueAsBytes(body);
	}

}
