package io.conduct.cases;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report naming the CFO/CAO, from intake to the Board's decision: the CEO and the Audit
 * Committee handle it, the Board is informed, an investigator with no conflict records
 * allegations and findings, the results go to the Board, the Board decides the measure,
 * and the case closes with feedback to the reporter.
 */
@ConductIntegrationTest
class CfoReportScenarioTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	@Test
	void aReportNamingTheCfoCaoGoesFromIntakeToABoardDecision() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("cfo"));
		String admin = TestIssuer.get().token(tenant.key(), "admin", Role.TENANT_ADMIN);
		String domain = "@" + tenant.key() + ".test";
		api.post(admin, "mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv",
						"employeeNumber,givenName,familyName,email,type\n" + "C1,Carol,Cfo,carol" + domain
								+ ",EXECUTIVE_OFFICER\n" + "X1,Xavi,Investigator,xavi" + domain + ",EMPLOYEE\n"
								+ "D1,Dan,Witness,dan" + domain + ",EMPLOYEE\n"));
		Map<String, String> people = Awaits.people(api, admin, 3);
		TenantContext.runAs(tenant,
				() -> this.tenantData.updateFirst(
						Query.query(Criteria.where("_id")
							.is(GlobalId.localIdOf(people.get("Carol Cfo"), "Person").orElseThrow())),
						Update.update("roles", List.of("CFO_CAO", "EMPLOYEE")), "people"));
		String ceo = TestIssuer.get().token(tenant.key(), "cole", Role.CEO);
		String board = TestIssuer.get().token(tenant.key(), "bo", Role.BOARD);
		String xavi = TestIssuer.get().token(tenant.key(), "xavi", Role.EMPLOYEE);
		String carol = TestIssuer.get().token(tenant.key(), "carol", Role.CFO_CAO);

		// intake
		var report = Reports.fields("CONFLICT_OF_INTEREST", "CFO_CAO", "The CFO steers contracts to her husband");
		report.put("involved", List.of(Map.of("personId", people.get("Carol Cfo"))));
		String caseId = Reports.caseId(api.post(TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE),
				Reports.SUBMIT, Map.of("input", Map.of("reporterMode", "CONFIDENTIAL", "report", report))));
		var routed = api.post(ceo, "query($c: ID!) { case(id: $c) { handlerRoles informedRoles } }",
				Map.of("c", caseId));
		assertThat(routed.<List<String>>read("$.data.case.handlerRoles")).containsExactlyInAnyOrder("CEO",
				"AUDIT_COMMITTEE");
		assertThat(routed.<List<String>>read("$.data.case.informedRoles")).containsExactly("BOARD");
		assertThat(api.post(carol, "query($c: ID!) { case(id: $c) { number } }", Map.of("c", caseId))
			.<Object>read("$.data.case")).isNull();

		// investigation
		api.post(ceo, "mutation($c: ID!) { caseInvestigationOpen(input: {caseId: $c}) { userErrors { code } } }",
				Map.of("c", caseId));
		var assigned = api.post(ceo,
				"""
						mutation($c: ID!, $p: ID!) { caseInvestigatorAssign(input: {caseId: $c, investigatorPersonId: $p}) { userErrors { code } } }""",
				Map.of("c", caseId, "p", people.get("Xavi Investigator")));
		assertThat(assigned.<List<?>>read("$.data.caseInvestigatorAssign.userErrors")).isEmpty();
		String addAllegation = """
				mutation($c: ID!, $k: AllegationKind!, $s: String!, $p: ID) {
				  caseAllegationAdd(input: {caseId: $c, kind: $k, summary: $s, subjectPersonId: $p}) {
				    case { allegations { id kind subject { displayName } } } userErrors { code } } }""";
		api.post(xavi, addAllegation, Map.of("c", caseId, "k", "MISCONDUCT", "s", "Contracts steered to a relative",
				"p", people.get("Carol Cfo")));
		var allegations = api.post(xavi, addAllegation, Map.of("c", caseId, "k", "NON_COOPERATION", "s",
				"Refused the interview twice", "p", people.get("Dan Witness")));
		List<String> allegationIds = allegations.read("$.data.caseAllegationAdd.case.allegations[*].id");
		assertThat(allegations.<List<String>>read("$.data.caseAllegationAdd.case.allegations[*].kind"))
			.containsExactly("MISCONDUCT", "NON_COOPERATION");
		String finding = """
				mutation($c: ID!, $a: ID!, $f: Finding!) { caseFindingRecord(input: {caseId: $c, allegationId: $a,
				  finding: $f, note: "Per interviews and records"}) {
				  case { allegations { finding } } userErrors { code } } }""";
		api.post(xavi, finding, Map.of("c", caseId, "a", allegationIds.get(0), "f", "SUBSTANTIATED"));
		var findings = api.post(xavi, finding, Map.of("c", caseId, "a", allegationIds.get(1), "f", "INCONCLUSIVE"));
		assertThat(findings.<List<String>>read("$.data.caseFindingRecord.case.allegations[*].finding"))
			.containsExactly("SUBSTANTIATED", "INCONCLUSIVE");

		// results to the Board, and its decision
		var results = api.post(ceo,
				"""
						mutation($c: ID!) { caseResultsSubmit(input: {caseId: $c, summary: "Substantiated",
						  recommendation: "Discharge and restitution"}) { case { results { toBoard } } userErrors { code } } }""",
				Map.of("c", caseId));
		assertThat(results.<Boolean>read("$.data.caseResultsSubmit.case.results.toBoard")).isTrue();
		var decision = api.post(board, """
				mutation($c: ID!, $p: ID!) { caseMeasureDecide(input: {caseId: $c, personId: $p, measure: DISCHARGE,
				  note: "Board decision"}) { measure { status decidedByRole } userErrors { code } } }""",
				Map.of("c", caseId, "p", people.get("Carol Cfo")));
		assertThat(decision.<String>read("$.data.caseMeasureDecide.measure.decidedByRole")).isEqualTo("BOARD");
		assertThat(decision.<String>read("$.data.caseMeasureDecide.measure.status")).isEqualTo("FINAL");

		// closed with feedback
		var closed = api.post(ceo,
				"""
						mutation($c: ID!) { caseClose(input: {caseId: $c, feedback: "Your report was substantiated and acted on."}) {
						  case { status timeline { type } } userErrors { code } } }""",
				Map.of("c", caseId));
		assertThat(closed.<String>read("$.data.caseClose.case.status")).isEqualTo("CLOSED");
		assertThat(closed.<List<String>>read("$.data.caseClose.case.timeline[*].type")).containsSubsequence("RECEIVED",
				"FORMAL_INVESTIGATION_OPENED", "INVESTIGATOR_ASSIGNED", "ALLEGATION_ADDED", "FINDING_RECORDED",
				"RESULTS_TO_BOARD", "MEASURE_DECIDED", "CLOSED");
	}

}
