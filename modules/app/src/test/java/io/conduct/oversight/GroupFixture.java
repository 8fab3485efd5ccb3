package io.conduct.oversight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant of a test group with its people (an executive officer, a director, the
 * CFO/CAO, an employee), tokens for its roles, and reports made the way its employees
 * make them.
 */
final class GroupFixture {

	static final String SUBMIT = """
			mutation($input: ReportSubmitInput!) { reportSubmit(input: $input) {
			  report { id number } userErrors { field code message } } }""";

	final GraphQlHttp api;

	final Tenant tenant;

	final Map<String, String> people;

	final String admin;

	final String cfo;

	final String employee;

	final String board;

	final String audit;

	/**
	 * @param extraPeople further lines of the directory's CSV (employeeNumber from 10)
	 */
	GroupFixture(GraphQlHttp api, TenantRegistry registry, String prefix, String parentKey, String timeZone,
			String extraPeople, int extraCount) {
		this.api = api;
		this.tenant = TestTenants.register(registry, TestTenants.uniqueKey(prefix), parentKey, "en-US", timeZone);
		String key = this.tenant.key();
		this.admin = TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN);
		String domain = "@" + key + ".test";
		var imported = api.post(this.admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv",
						"employeeNumber,givenName,familyName,email,type\n" + "1,Xena,Exec,xena" + domain
								+ ",EXECUTIVE_OFFICER\n" + "2,Dora,Director,dora" + domain + ",DIRECTOR\n"
								+ "3,Carl,Cfo,carl" + domain + ",EMPLOYEE\n" + "4,Erin,Employee,erin" + domain
								+ ",EMPLOYEE\n" + ((extraPeople != null) ? extraPeople : "")));
		assertThat(imported.<List<?>>read("$.data.personImportStart.userErrors")).as(imported.body()).isEmpty();
		this.people = Awaits.people(api, this.admin, 4 + extraCount);
		this.cfo = TestIssuer.get().token(key, "carl", Role.CFO_CAO, Role.EMPLOYEE);
		this.employee = TestIssuer.get().token(key, "erin", Role.EMPLOYEE);
		this.board = TestIssuer.get().token(key, "bea", Role.BOARD);
		this.audit = TestIssuer.get().token(key, "ann", Role.AUDIT_COMMITTEE);
		for (String token : List.of(this.cfo, this.employee)) {
			api.post(token, "{ viewer { person { id } } }");
		}
	}

	GroupFixture(GraphQlHttp api, TenantRegistry registry, String prefix, String parentKey) {
		this(api, registry, prefix, parentKey, "Europe/Berlin", null, 0);
	}

	/** A report by the employee naming the people as involved; the case's global id. */
	String report(String category, String recipient, String description, String... involvedNames) {
		Map<String, Object> report = new HashMap<>();
		report.put("category", category);
		report.put("recipient", recipient);
		report.put("description", description);
		report.put("occurredWhen", "Last quarter");
		report.put("involved",
				java.util.Arrays.stream(involvedNames)
					.map((name) -> Map.of("personId", this.people.get(name)))
					.toList());
		var submitted = this.api.post(this.employee, SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", report)));
		assertThat(submitted.<List<?>>read("$.data.reportSubmit.userErrors")).as(submitted.body()).isEmpty();
		String viewId = submitted.read("$.data.reportSubmit.report.id");
		return GlobalId.encode("Case", GlobalId.localIdOf(viewId, "ReporterCaseView").orElseThrow());
	}

	/** The group's Code, published by this top company's CFO/CAO. */
	void publishCode() {
		var published = this.api.post(this.cfo, """
				mutation($input: CodeVersionPublishInput!) { codeVersionPublish(input: $input) {
				  version { number } userErrors { field code } } }""",
				Map.of("input",
						Map.of("effectiveDate", "2025-01-01", "changeSummary", "First version", "translations",
								List.of(Map.of("language", "en", "title", "Code of Conduct", "sections", List.of(
										Map.of("heading", "CONFLICTS OF INTEREST", "body", "Avoid them."),
										Map.of("heading", "GIFTS AND GRATUITIES", "body", "Decline them.")))))));
		assertThat(published.<List<?>>read("$.data.codeVersionPublish.userErrors")).as(published.body()).isEmpty();
	}

	static String localId(String caseGlobalId) {
		return GlobalId.localIdOf(caseGlobalId, "Case").orElseThrow();
	}

}
