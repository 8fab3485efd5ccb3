package io.conduct.cases;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case operation for every role, allowed or denied, from one policy table: for an
 * ordinary report to the CFO/CAO about misuse of assets, and an accounting concern under
 * merit review.
 */
@ConductIntegrationTest
class CaseRoleMatrixTests {

	/** The policy: which roles may perform each operation. */
	private static final Map<String, Set<Role>> POLICY = new LinkedHashMap<>();

	static {
		POLICY.put("list", EnumSet.of(Role.CFO_CAO));
		POLICY.put("read", EnumSet.of(Role.CFO_CAO));
		// a confidential reporter's identity is never read by role: see revealReporter
		POLICY.put("readReporter", EnumSet.noneOf(Role.class));
		POLICY.put("revealReporter", EnumSet.of(Role.CFO_CAO));
		POLICY.put("acknowledge", EnumSet.of(Role.CFO_CAO));
		POLICY.put("message", EnumSet.of(Role.CFO_CAO));
		POLICY.put("openInvestigation", EnumSet.of(Role.CFO_CAO));
		POLICY.put("close", EnumSet.of(Role.CFO_CAO));
		POLICY.put("recordByPhone", EnumSet.of(Role.SUPERVISOR, Role.CFO_CAO, Role.TREASURER, Role.AUDIT_COMMITTEE));
		POLICY.put("withoutMerit", EnumSet.of(Role.CFO_CAO, Role.CEO));
		POLICY.put("auditCommitteeRecord", EnumSet.of(Role.AUDIT_COMMITTEE));
	}

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void everyOperationForEveryRoleFollowsThePolicy() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		Map<String, BiFunction<String, Role, Boolean>> operations = new LinkedHashMap<>();
		operations.put("list", (token, role) -> {
			String caseId = newCase(api, "OTHER");
			return api.post(token, "{ cases { edges { node { id } } } }")
				.<List<String>>read("$.data.cases.edges[*].node.id")
				.contains(caseId);
		});
		operations.put("read",
				(token, role) -> api
					.post(token, "query($c: ID!) { case(id: $c) { number } }", Map.of("c", newCase(api, "OTHER")))
					.read("$.data.case") != null);
		operations.put("readReporter",
				(token, role) -> api
					.post(token, "query($c: ID!) { case(id: $c) { reporter { email } } }",
							Map.of("c", newCase(api, "OTHER")))
					.readOrNull("$.data.case.reporter") != null);
		operations.put("revealReporter", (token, role) -> succeeded(api.post(token,
				"mutation($c: ID!) { caseReporterReveal(input: {caseId: $c, reason: \"To call back\"}) { reporter { name } userErrors { code } } }",
				Map.of("c", newCase(api, "OTHER"))), "caseReporterReveal"));
		operations.put("acknowledge", (token, role) -> succeeded(api.post(token,
				"mutation($c: ID!) { caseAcknowledge(input: {caseId: $c}) { case { id } userErrors { code } } }",
				Map.of("c", newCase(api, "OTHER"))), "caseAcknowledge"));
		operations.put("message", (token, role) -> succeeded(api.post(token,
				"mutation($c: ID!) { caseMessagePost(input: {caseId: $c, body: \"Hello\"}) { case { id } userErrors { code } } }",
				Map.of("c", newCase(api, "OTHER"))), "caseMessagePost"));
		operations.put("openInvestigation", (token, role) -> succeeded(api.post(token,
				"mutation($c: ID!) { caseInquiryOpen(input: {caseId: $c}) { case { id } userErrors { code } } }",
				Map.of("c", newCase(api, "OTHER"))), "caseInquiryOpen"));
		operations.put("close", (token, role) -> succeeded(api.post(token,
				"mutation($c: ID!) { caseClose(input: {caseId: $c, feedback: \"Done\"}) { case { id } userErrors { code } } }",
				Map.of("c", newCase(api, "OTHER"))), "caseClose"));
		operations.put("recordByPhone", (token, role) -> succeeded(api.post(token,
				"""
						mutation($input: ReportEnterInput!) { reportEnter(input: $input) { receipt { caseNumber } userErrors { code } } }""",
				Map.of("input", Map.of("channel", "PHONE", "reporterMode", "ANONYMOUS", "report",
						Reports.fields("OTHER", "CFO_CAO", "by phone")))),
				"reportEnter"));
		operations.put("withoutMerit", (token, role) -> succeeded(api.post(token,
				"""
						mutation($c: ID!) { caseWithoutMeritRecord(input: {caseId: $c, reason: "None"}) { case { id } userErrors { code } } }""",
				Map.of("c", newCase(api, "ACCOUNTING_OR_AUDITING"))), "caseWithoutMeritRecord"));
		operations.put("auditCommitteeRecord",
				(token, role) -> !api.post(token, "{ auditCommitteeRecord(fiscalYear: 2026, quarter: 1) { quarter } }")
					.hasErrors());

		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("matrix"));
		Map<String, Set<Role>> observed = new LinkedHashMap<>();
		for (var operation : operations.entrySet()) {
			Set<Role> allowed = EnumSet.noneOf(Role.class);
			for (Role role : EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN))) {
				// each operation acts on a case of its own, so one tenant serves the
				// whole matrix
				String token = TestIssuer.get().token(this.tenant.key(), "someone-" + role, role);
				if (operation.getValue().apply(token, role)) {
					allowed.add(role);
				}
			}
			observed.put(operation.getKey(), allowed);
		}

		assertThat(observed).isEqualTo(POLICY);
	}

	/**
	 * The policy by standing, for a named report made to the reporter's supervisor, with
	 * an investigator assigned: the supervisor passes it on and may read it, the
	 * investigator reads it and records the investigation's work, only the handler by
	 * role steers it, and the reporter works on it not at all.
	 */
	private static final Map<String, Set<String>> STANDING_POLICY = new LinkedHashMap<>();

	static {
		STANDING_POLICY.put("read", Set.of("cfo", "supervisor", "investigator"));
		STANDING_POLICY.put("readReporter", Set.of("cfo", "investigator"));
		STANDING_POLICY.put("revealReporter", Set.of("cfo"));
		STANDING_POLICY.put("acknowledge", Set.of("cfo"));
		STANDING_POLICY.put("message", Set.of("cfo"));
		STANDING_POLICY.put("addAllegation", Set.of("cfo", "investigator"));
		STANDING_POLICY.put("addEntry", Set.of("cfo", "investigator"));
		STANDING_POLICY.put("openInquiry", Set.of("cfo"));
		STANDING_POLICY.put("assign", Set.of("cfo"));
		STANDING_POLICY.put("markInvolved", Set.of("cfo"));
		STANDING_POLICY.put("decide", Set.of("cfo"));
		STANDING_POLICY.put("close", Set.of("cfo"));
	}

	@Test
	void everyOperationForEveryStandingFollowsThePolicy() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("standing"));
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		String domain = "@" + this.tenant.key() + ".test";
		api.post(admin, "mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }", Map
			.of("csv",
					"employeeNumber,givenName,familyName,email,type,supervisorEmployeeNumber\n" + "1,Erin,Employee,erin"
							+ domain + ",EMPLOYEE,3\n" + "2,Emil,Employee,emil" + domain + ",EMPLOYEE,3\n"
							+ "3,Sam,Supervisor,sam" + domain + ",EMPLOYEE,\n" + "4,Ivan,Investigator,ivan" + domain
							+ ",EMPLOYEE,\n" + "5,Olga,Other,olga" + domain + ",EMPLOYEE,\n"));
		Map<String, String> people = io.conduct.testsupport.Awaits.people(api, admin, 5);
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("cfo", TestIssuer.get().token(this.tenant.key(), "carla", Role.CFO_CAO));
		tokens.put("supervisor", TestIssuer.get().token(this.tenant.key(), "sam", Role.SUPERVISOR, Role.EMPLOYEE));
		tokens.put("investigator", TestIssuer.get().token(this.tenant.key(), "ivan", Role.EMPLOYEE));
		tokens.put("reporter", TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE));
		tokens.put("other", TestIssuer.get().token(this.tenant.key(), "olga", Role.EMPLOYEE));
		String emil = TestIssuer.get().token(this.tenant.key(), "emil", Role.EMPLOYEE);
		// everyone signs in once, which links their accounts to their entries
		tokens.values().forEach((token) -> api.post(token, "{ viewer { person { id } } }"));
		api.post(emil, "{ viewer { person { id } } }");
		String olga = people.get("Olga Other");

		Map<String, Function<String, GraphQlHttp.Response>> operations = new LinkedHashMap<>();
		operations.put("read", (c) -> call(api, "query($c: ID!) { case(id: $c) { number } }", c));
		operations.put("readReporter", (c) -> call(api, "query($c: ID!) { case(id: $c) { reporter { name } } }", c));
		operations.put("revealReporter", (c) -> call(api,
				"mutation($c: ID!) { caseReporterReveal(input: {caseId: $c, reason: \"To call back\"}) { reporter { name } userErrors { code } } }",
				c));
		operations.put("acknowledge", (c) -> call(api,
				"mutation($c: ID!) { caseAcknowledge(input: {caseId: $c}) { case { id } userErrors { code } } }", c));
		operations.put("message", (c) -> call(api,
				"mutation($c: ID!) { caseMessagePost(input: {caseId: $c, body: \"Hello\"}) { case { id } userErrors { code } } }",
				c));
		operations.put("addAllegation", (c) -> call(api,
				"mutation($c: ID!) { caseAllegationAdd(input: {caseId: $c, kind: MISCONDUCT, summary: \"Alleged\"}) { allegation { id } userErrors { code } } }",
				c));
		operations.put("addEntry", (c) -> call(api,
				"mutation($c: ID!) { caseInvestigationEntryAdd(input: {caseId: $c, type: TASK, summary: \"Check the logs\"}) { entry { id } userErrors { code } } }",
				c));
		operations.put("openInquiry", (c) -> call(api,
				"mutation($c: ID!) { caseInquiryOpen(input: {caseId: $c}) { case { id } userErrors { code } } }", c));
		operations.put("assign",
				(c) -> call(api,
						"mutation($c: ID!) { caseInvestigatorAssign(input: {caseId: $c, investigatorPersonId: \"" + olga
								+ "\"}) { case { id } userErrors { code } } }",
						c));
		operations.put("markInvolved",
				(c) -> call(api, "mutation($c: ID!) { caseInvolvedPersonAdd(input: {caseId: $c, personId: \"" + olga
						+ "\", reason: \"Named in the logs\"}) { case { id } userErrors { code } } }", c));
		operations
			.put("decide",
					(c) -> call(api, "mutation($c: ID!) { caseMeasureDecide(input: {caseId: $c, personId: \"" + olga
							+ "\", measure: REPRIMAND, note: \"Decided\"}) { measure { id } userErrors { code } } }",
							c));
		operations.put("close", (c) -> call(api,
				"mutation($c: ID!) { caseClose(input: {caseId: $c, feedback: \"Done\"}) { case { id } userErrors { code } } }",
				c));

		Map<String, Set<String>> observed = new LinkedHashMap<>();
		int reports = 0;
		for (var operation : operations.entrySet()) {
			Set<String> allowed = new java.util.TreeSet<>();
			for (var standing : tokens.entrySet()) {
				// a case of its own for each try: a named report to the reporter's
				// supervisor, with an investigator assigned
				String reporter = (reports++ % 2 == 0) ? tokens.get("reporter") : emil;
				var report = Reports.fields("MISUSE_OF_ASSETS", "SUPERVISOR", "The van is used privately");
				String caseId = Reports.caseId(api.post(reporter, Reports.SUBMIT,
						Map.of("input", Map.of("reporterMode", "NAMED", "report", report))));
				api.post(tokens.get("cfo"),
						"mutation($c: ID!) { caseInvestigationOpen(input: {caseId: $c}) { userErrors { code } } }",
						Map.of("c", caseId));
				var assigned = api.post(tokens.get("cfo"),
						"""
								mutation($c: ID!, $p: ID!) { caseInvestigatorAssign(input: {caseId: $c, investigatorPersonId: $p}) {
								  userErrors { code } } }""",
						Map.of("c", caseId, "p", people.get("Ivan Investigator")));
				assertThat(assigned.<List<?>>read("$.data.caseInvestigatorAssign.userErrors")).isEmpty();
				this.actor = standing.getValue();
				if (succeededAt(operation.getValue().apply(caseId))) {
					allowed.add(standing.getKey());
				}
			}
			observed.put(operation.getKey(), allowed);
		}

		Map<String, Set<String>> expected = new LinkedHashMap<>();
		STANDING_POLICY.forEach((operation, standings) -> expected.put(operation, new java.util.TreeSet<>(standings)));
		assertThat(observed).isEqualTo(expected);
	}

	private String actor;

	private GraphQlHttp.Response call(GraphQlHttp api, String document, String caseId) {
		return api.post(this.actor, document, Map.of("c", caseId));
	}

	/**
	 * Whether a query read something or a mutation changed something: no error, no user
	 * error, and a non-null first field below the operation.
	 */
	private static boolean succeededAt(GraphQlHttp.Response response) {
		if (response.hasErrors()) {
			return false;
		}
		Map<String, Object> data = response.read("$.data");
		Object result = data.values().iterator().next();
		if (!(result instanceof Map<?, ?> fields)) {
			return false;
		}
		Object userErrors = fields.get("userErrors");
		if (userErrors instanceof List<?> errors && !errors.isEmpty()) {
			return false;
		}
		return fields.entrySet()
			.stream()
			.filter((e) -> !e.getKey().equals("userErrors"))
			.allMatch((e) -> e.getValue() != null);
	}

	private Tenant tenant;

	private int reporters;

	private String newCase(GraphQlHttp api, String category) {
		// reporters of their own: each has a budget of reports
		String reporter = TestIssuer.get().token(this.tenant.key(), "reporter-" + (this.reporters++), Role.EMPLOYEE);
		return Reports.caseId(api.post(reporter, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "CONFIDENTIAL", "report", Reports.fields(category, "CFO_CAO", "A concern")))));
	}

	private static boolean succeeded(GraphQlHttp.Response response, String field) {
		return !response.hasErrors() && response.<List<?>>read("$.data." + field + ".userErrors").isEmpty();
	}

}
