package io.conduct.cases;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handler opens an inquiry or an investigation and assigns investigators; the Code's
 * conflict checks refuse, each with its reason, anyone involved, their immediate family,
 * and anyone who reports to them.
 */
@ConductIntegrationTest
class InvestigationTests {

	private static final String ASSIGN = """
			mutation($c: ID!, $p: ID!) { caseInvestigatorAssign(input: {caseId: $c, investigatorPersonId: $p}) {
			  case { investigation { kind investigators { displayName } } } userErrors { field code message } } }""";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String admin;

	String cfo;

	Map<String, String> people;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("inv"));
		this.admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		this.cfo = TestIssuer.get().token(this.tenant.key(), "carla", Role.CFO_CAO);
		String domain = "@" + this.tenant.key() + ".test";
		this.api.post(this.admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv",
						"employeeNumber,givenName,familyName,email,type,supervisorEmployeeNumber\n" + "L1,Lee,Lead,lee"
								+ domain + ",OFFICER,\n" + "M1,Mia,Member,mia" + domain + ",EMPLOYEE,L1\n"
								+ "S1,Sue,Spouse,sue" + domain + ",EMPLOYEE,\n" + "X1,Xavi,Outside,xavi" + domain
								+ ",EMPLOYEE,\n"));
		this.people = Awaits.people(this.api, this.admin, 4);
		this.api.post(this.admin, """
				mutation($p: ID!, $r: ID!) { personRelativeDeclare(input: {personId: $p, relation: SPOUSE, name: "Lee",
				  relativePersonId: $r}) { userErrors { code } } }""",
				Map.of("p", this.people.get("Sue Spouse"), "r", this.people.get("Lee Lead")));
	}

	@Test
	void investigatorsWithAConflictAreRefusedWithTheReason() {
		String caseId = caseInvolving("Lee Lead");
		var early = this.api.post(this.cfo, ASSIGN, Map.of("c", caseId, "p", this.people.get("Xavi Outside")));
		var opened = this.api.post(this.cfo, """
				mutation($c: ID!) { caseInvestigationOpen(input: {caseId: $c}) { case { investigation { kind } } } }""",
				Map.of("c", caseId));

		assertThat(code(early)).isEqualTo("NO_INVESTIGATION");
		assertThat(opened.<String>read("$.data.caseInvestigationOpen.case.investigation.kind"))
			.isEqualTo("FORMAL_INVESTIGATION");
		assertThat(code(assign(caseId, "Lee Lead"))).isEqualTo("CONFLICT_INVOLVED");
		assertThat(code(assign(caseId, "Mia Member"))).isEqualTo("CONFLICT_REPORTING_LINE");
		assertThat(code(assign(caseId, "Sue Spouse"))).isEqualTo("CONFLICT_FAMILY");
		var assigned = assign(caseId, "Xavi Outside");
		assertThat(assigned
			.<List<String>>read("$.data.caseInvestigatorAssign.case.investigation.investigators[*].displayName"))
			.containsExactly("Xavi Outside");

		String xavi = TestIssuer.get().token(this.tenant.key(), "xavi", Role.EMPLOYEE);
		assertThat(this.api.post(xavi, "query($c: ID!) { case(id: $c) { number } }", Map.of("c", caseId))
			.<String>read("$.data.case.number")).isNotNull();
		assertThat(this.api
			.post(xavi, """
					mutation($c: ID!) { caseClose(input: {caseId: $c, feedback: "done"}) { userErrors { code } } }""",
					Map.of("c", caseId))
			.<String>read("$.data.caseClose.userErrors[0].code")).isEqualTo("NOT_ALLOWED");
		// an investigator reads the case and records its work, but does not steer it
		assertThat(code(this.api.post(xavi, ASSIGN, Map.of("c", caseId, "p", this.people.get("Sue Spouse")))))
			.isEqualTo("NOT_ALLOWED");
	}

	@Test
	void anInquiryCanBecomeAFormalInvestigation() {
		String caseId = caseInvolving("Lee Lead");
		String open = """
				mutation($c: ID!) { %s(input: {caseId: $c}) { case { investigation { kind } timeline { type } } } }""";

		var inquiry = this.api.post(this.cfo, open.formatted("caseInquiryOpen"), Map.of("c", caseId));
		var formal = this.api.post(this.cfo, open.formatted("caseInvestigationOpen"), Map.of("c", caseId));

		assertThat(inquiry.<String>read("$.data.caseInquiryOpen.case.investigation.kind"))
			.isEqualTo("INFORMAL_INQUIRY");
		assertThat(formal.<String>read("$.data.caseInvestigationOpen.case.investigation.kind"))
			.isEqualTo("FORMAL_INVESTIGATION");
		assertThat(formal.<List<String>>read("$.data.caseInvestigationOpen.case.timeline[*].type"))
			.containsSubsequence("INFORMAL_INQUIRY_OPENED", "FORMAL_INVESTIGATION_OPENED");
	}

	private GraphQlHttp.Response assign(String caseId, String name) {
		return this.api.post(this.cfo, ASSIGN, Map.of("c", caseId, "p", this.people.get(name)));
	}

	private static String code(GraphQlHttp.Response response) {
		return response.read("$.data.caseInvestigatorAssign.userErrors[0].code");
	}

	private String caseInvolving(String name) {
		String erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		var report = Reports.fields("MISUSE_OF_ASSETS", "CFO_CAO", "Company car used privately");
		report.put("involved", List.of(Map.of("personId", this.people.get(name))));
		return Reports.caseId(this.api.post(erin, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", report))));
	}

}
