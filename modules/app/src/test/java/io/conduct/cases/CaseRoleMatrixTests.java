package io.conduct.cases;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

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
		POLICY.put("readReporter", EnumSet.of(Role.CFO_CAO));
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

	private Tenant tenant;

	private String newCase(GraphQlHttp api, String category) {
		String reporter = TestIssuer.get().token(this.tenant.key(), "reporter", Role.EMPLOYEE);
		return api
			.post(reporter, Reports.SUBMIT,
					Map.of("input",
							Map.of("reporterMode", "CONFIDENTIAL", "report",
									Reports.fields(category, "CFO_CAO", "A concern"))))
			.read("$.data.reportSubmit.case.id");
	}

	private static boolean succeeded(GraphQlHttp.Response response, String field) {
		return !response.hasErrors() && response.<List<?>>read("$.data." + field + ".userErrors").isEmpty();
	}

}
