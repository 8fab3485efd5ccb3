package io.conduct.cases;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees a case: the recipient's handlers and the CFO/CAO, the named reporter, never a
 * person involved; a confidential reporter's identity is encrypted at rest and shown to
 * handlers only, every read audited; staff enter reports on a reporter's behalf.
 */
@ConductIntegrationTest
class NeedToKnowTests {

	private static final String CASE = """
			query($id: ID!) { case(id: $id) { number reporterMode reporter { name email person { displayName } }
			  involved { name person { displayName } } } }""";

	private static final String REVEAL = """
			mutation($c: ID!, $r: String!) { caseReporterReveal(input: {caseId: $c, reason: $r}) {
			  reporter { name email person { displayName } } case { timeline { type note } } userErrors { code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String erin;

	String carol;

	String cfoPersonId;

	@BeforeEach
	void tenantWithPeople() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("ntk"));
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		String domain = "@" + this.tenant.key() + ".test";
		String csv = "employeeNumber,givenName,familyName,email,type,supervisorEmployeeNumber\n"
				+ "1,Erin,Employee,erin" + domain + ",EMPLOYEE,3\n" + "2,Carol,Cfo,carol" + domain
				+ ",EXECUTIVE_OFFICER,\n" + "3,Sam,Supervisor,sam" + domain + ",EMPLOYEE,\n";
		this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv", csv));
		this.erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		this.carol = TestIssuer.get().token(this.tenant.key(), "carol", Role.CFO_CAO, Role.EMPLOYEE);
		Awaits.people(this.api, admin, 3);
		this.cfoPersonId = this.api.post(this.carol, "{ viewer { person { id } } }").read("$.data.viewer.person.id");
	}

	@Test
	void aConfidentialReportersIdentityIsEncryptedAtRestAndRevealedOnlyWithAReasonEachTime() {
		var submitted = this.api.post(this.erin, Reports.SUBMIT, Map.of("input", Map.of("reporterMode", "CONFIDENTIAL",
				"report", Reports.fields("FAIR_DEALING", "CFO_CAO", "A supplier was misled"))));
		String caseId = Reports.caseId(submitted);
		String localId = GlobalId.localIdOf(caseId, "Case").orElseThrow();

		Document raw = TenantContext.callAs(this.tenant,
				() -> this.tenantData.getCollection("cases").find(new Document("_id", localId)).first());
		String json = raw.toJson();
		assertThat(json).doesNotContain("erin").doesNotContain("Erin").doesNotContain("Test erin");
		assertThat(raw.get("reporter", Document.class).get("identity", Document.class).getString("ciphertext"))
			.isNotBlank();

		// the case's handler reads the case, not who reported it
		var handler = this.api.post(this.carol, CASE, Map.of("id", caseId));
		assertThat(handler.<String>read("$.data.case.reporterMode")).isEqualTo("CONFIDENTIAL");
		assertThat(handler.<Object>read("$.data.case.reporter")).isNull();
		assertThat(handler.hasErrors()).as("no reporter is an answer, not an error").isFalse();
		// a reason is needed, and is recorded each time
		assertThat(this.api.post(this.carol, REVEAL, Map.of("c", caseId, "r", " "))
			.<String>read("$.data.caseReporterReveal.userErrors[0].code")).isEqualTo("REQUIRED");
		var revealed = this.api.post(this.carol, REVEAL,
				Map.of("c", caseId, "r", "To ask the reporter for the supplier's name"));
		assertThat(revealed.<String>read("$.data.caseReporterReveal.reporter.email"))
			.isEqualTo("erin@" + this.tenant.key() + ".test");
		assertThat(revealed.<String>read("$.data.caseReporterReveal.reporter.person.displayName"))
			.isEqualTo("Erin Employee");
		assertThat(revealed.<List<String>>read("$.data.caseReporterReveal.case.timeline[*].note"))
			.contains("To ask the reporter for the supplier's name");
		// for that request only: the case still shows nobody
		assertThat(this.api.post(this.carol, CASE, Map.of("id", caseId)).<Object>read("$.data.case.reporter")).isNull();
		// someone without standing, and someone informed only, cannot reveal it
		String treasurer = TestIssuer.get().token(this.tenant.key(), "toni", Role.TREASURER);
		assertThat(this.api.post(treasurer, REVEAL, Map.of("c", caseId, "r", "Curious"))
			.<String>read("$.data.caseReporterReveal.userErrors[0].code")).isEqualTo("NOT_FOUND");

		// the reporter sees their report as its reporter: who reported, or anything of
		// its handling, is not even a field there
		var own = this.api.post(this.erin, "{ viewer { reports { edges { node { number status feedbackDue } } } } }");
		assertThat(own.<List<String>>read("$.data.viewer.reports.edges[*].node.number")).hasSize(1);
		for (String handlerField : List.of("reporter { name }", "timeline { type }", "routing { rule }",
				"involved { name }", "allegations { id }", "entries { id }", "measures { id }", "results { summary }",
				"investigation { kind }", "handlerRoles")) {
			var probe = this.api.post(this.erin, "{ viewer { reports { edges { node { " + handlerField + " } } } } }");
			assertThat(probe.firstErrorCode()).as(handlerField).isEqualTo("BAD_REQUEST");
		}
		assertThat(this.api.post(this.erin, CASE, Map.of("id", caseId)).<Object>read("$.data.case")).isNull();

		List<AuditEntry> trail = TenantContext.callAs(this.tenant, () -> this.audit.findByTarget("Case", localId));
		assertThat(trail).extracting(AuditEntry::action).contains("case.read", "case.reporter.reveal", "case.submit");
		assertThat(trail).extracting(AuditEntry::action).doesNotContain("case.reporter.read");
		assertThat(trail).extracting(AuditEntry::actorSubject).doesNotContain("erin");
		assertThat(trail).filteredOn((e) -> e.action().equals("case.reporter.reveal"))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.actorSubject()).isEqualTo("carol");
				assertThat(e.details()).containsEntry("reason", "To ask the reporter for the supplier's name");
			});
	}

	@Test
	void anInvestigatorGetsNoConfidentialReportersIdentityByBeingAssigned() {
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		var named = this.api.post(this.erin, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "NAMED", "report", Reports.fields("MISUSE_OF_ASSETS", "CFO_CAO", "Named"))));
		var confidential = this.api.post(this.erin, Reports.SUBMIT, Map.of("input", Map.of("reporterMode",
				"CONFIDENTIAL", "report", Reports.fields("MISUSE_OF_ASSETS", "CFO_CAO", "Confidential"))));
		Map<String, String> people = Awaits.people(this.api, admin, 3);
		String sam = TestIssuer.get().token(this.tenant.key(), "sam", Role.EMPLOYEE);
		this.api.post(sam, "{ viewer { person { id } } }");
		for (String caseId : List.of(Reports.caseId(named), Reports.caseId(confidential))) {
			this.api.post(this.carol,
					"mutation($c: ID!) { caseInvestigationOpen(input: {caseId: $c}) { userErrors { code } } }",
					Map.of("c", caseId));
			var assigned = this.api.post(this.carol, """
					mutation($c: ID!, $p: ID!) { caseInvestigatorAssign(input: {caseId: $c, investigatorPersonId: $p}) {
					  userErrors { code } } }""", Map.of("c", caseId, "p", people.get("Sam Supervisor")));
			assertThat(assigned.<List<?>>read("$.data.caseInvestigatorAssign.userErrors")).isEmpty();
		}

		// a named reporter chose to be known to those who work on the case
		assertThat(
				this.api.post(sam, CASE, Map.of("id", Reports.caseId(named))).<String>read("$.data.case.reporter.name"))
			.isNotNull();
		var confidentialCase = this.api.post(sam, CASE, Map.of("id", Reports.caseId(confidential)));
		assertThat(confidentialCase.<String>read("$.data.case.number")).isNotNull();
		assertThat(confidentialCase.<Object>read("$.data.case.reporter")).isNull();
		assertThat(confidentialCase.hasErrors()).isFalse();
		assertThat(this.api.post(sam, REVEAL, Map.of("c", Reports.caseId(confidential), "r", "To interview them"))
			.<String>read("$.data.caseReporterReveal.userErrors[0].code")).isEqualTo("NOT_ALLOWED");
	}

	@Test
	void handlersSeeTheirRecipientsCasesAndNobodyInvolvedSeesOne() {
		String treasurer = TestIssuer.get().token(this.tenant.key(), "tim", Role.TREASURER);
		String audit = TestIssuer.get().token(this.tenant.key(), "ann", Role.AUDIT_COMMITTEE);
		var toAudit = Reports.fields("ACCOUNTING_OR_AUDITING", "AUDIT_COMMITTEE", "The CFO adjusts reserves");
		toAudit.put("involved", List.of(Map.of("personId", this.cfoPersonId)));
		String involvingCfo = Reports.caseId(this.api.post(this.erin, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", toAudit))));
		String toTreasurer = Reports
			.caseId(this.api.post(this.erin, Reports.SUBMIT, Map.of("input", Map.of("reporterMode", "NAMED", "report",
					Reports.fields("VIOLATION_OF_LAW", "TREASURER", "Export rules broken")))));
		String list = "{ cases { edges { node { id } } } }";

		assertThat(this.api.post(audit, list).<List<String>>read("$.data.cases.edges[*].node.id"))
			.containsExactly(involvingCfo);
		assertThat(this.api.post(treasurer, list).<List<String>>read("$.data.cases.edges[*].node.id"))
			.containsExactly(toTreasurer);
		assertThat(this.api.post(this.carol, list).<List<String>>read("$.data.cases.edges[*].node.id"))
			.containsExactly(toTreasurer);
		assertThat(this.api.post(this.carol, CASE, Map.of("id", involvingCfo)).<Object>read("$.data.case")).isNull();
		assertThat(this.api.post(treasurer, CASE, Map.of("id", involvingCfo)).<Object>read("$.data.case")).isNull();
		assertThat(this.api.post(audit, CASE, Map.of("id", involvingCfo))
			.<String>read("$.data.case.involved[0].person.displayName")).isEqualTo("Carol Cfo");
		String employee = TestIssuer.get().token(this.tenant.key(), "eve", Role.EMPLOYEE);
		assertThat(this.api.post(employee, list).<List<?>>read("$.data.cases.edges")).isEmpty();
		assertThat(this.api.post(employee, CASE, Map.of("id", toTreasurer)).<Object>read("$.data.case")).isNull();
	}

	@Test
	void aReportToTheSupervisorReachesTheReportersSupervisorAndTheCfoAtOnce() {
		String sam = TestIssuer.get().token(this.tenant.key(), "sam", Role.SUPERVISOR, Role.EMPLOYEE);
		String otherSupervisor = TestIssuer.get().token(this.tenant.key(), "sid", Role.SUPERVISOR);
		String caseId = Reports.caseId(this.api.post(this.erin, Reports.SUBMIT, Map.of("input", Map.of("reporterMode",
				"NAMED", "report", Reports.fields("CONFIDENTIALITY", "SUPERVISOR", "Client data shared")))));
		String list = "{ cases { edges { node { id } } } }";

		assertThat(this.api.post(sam, list).<List<String>>read("$.data.cases.edges[*].node.id"))
			.containsExactly(caseId);
		assertThat(this.api.post(this.carol, list).<List<String>>read("$.data.cases.edges[*].node.id"))
			.containsExactly(caseId);
		assertThat(this.api.post(otherSupervisor, list).<List<?>>read("$.data.cases.edges")).isEmpty();
		var held = this.api.post(sam, """
				mutation($id: ID!) { caseClose(input: {caseId: $id, feedback: "Sorted it out myself"}) {
				  case { status } userErrors { code } } }""", Map.of("id", caseId));
		assertThat(held.<String>read("$.data.caseClose.userErrors[0].code")).isEqualTo("NOT_ALLOWED");
	}

	@Test
	void aReportNamingTheCfoCaoGoesToTheCeoAndTheAuditCommitteeAndInformsTheBoard() {
		// Carol holds CFO_CAO in the directory (as personRoleGrant records it)
		TenantContext.runAs(this.tenant, () -> this.tenantData.updateFirst(
				Query.query(Criteria.where("_id").is(GlobalId.localIdOf(this.cfoPersonId, "Person").orElseThrow())),
				new org.springframework.data.mongodb.core.query.Update().set("roles", List.of("CFO_CAO", "EMPLOYEE")),
				"people"));
		var report = Reports.fields("CONFLICT_OF_INTEREST", "CFO_CAO", "The CFO hired her brother's firm");
		report.put("involved", List.of(Map.of("personId", this.cfoPersonId)));
		String caseId = Reports.caseId(this.api.post(this.erin, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", report))));
		String ceo = TestIssuer.get().token(this.tenant.key(), "cole", Role.CEO);
		String committee = TestIssuer.get().token(this.tenant.key(), "ann", Role.AUDIT_COMMITTEE);
		String board = TestIssuer.get().token(this.tenant.key(), "bo", Role.BOARD);
		String routing = "query($id: ID!) { case(id: $id) { handlerRoles informedRoles routing { rule } } }";

		var seenByCeo = this.api.post(ceo, routing, Map.of("id", caseId));

		assertThat(seenByCeo.<List<String>>read("$.data.case.handlerRoles")).containsExactlyInAnyOrder("CEO",
				"AUDIT_COMMITTEE");
		assertThat(seenByCeo.<List<String>>read("$.data.case.informedRoles")).containsExactly("BOARD");
		assertThat(seenByCeo.<List<String>>read("$.data.case.routing[*].rule")).contains("CFO_CAO_INVOLVED",
				"EXECUTIVE_OR_DIRECTOR_INVOLVED");
		assertThat(this.api.post(committee, routing, Map.of("id", caseId)).<Object>read("$.data.case")).isNotNull();
		assertThat(this.api.post(board, "{ cases { edges { node { id } } } }")
			.<List<String>>read("$.data.cases.edges[*].node.id")).containsExactly(caseId);
		// the Board is informed: it reads the case, and does not act on it
		assertThat(this.api
			.post(board, "mutation($id: ID!) { caseAcknowledge(input: {caseId: $id}) { userErrors { code } } }",
					Map.of("id", caseId))
			.<String>read("$.data.caseAcknowledge.userErrors[0].code")).isEqualTo("NOT_ALLOWED");
		assertThat(this.api.post(this.carol, routing, Map.of("id", caseId)).<Object>read("$.data.case")).isNull();
	}

	@Test
	void staffEnterReportsReceivedByPhoneOnTheReportersBehalf() {
		String record = """
				mutation($input: ReportEnterInput!) { reportEnter(input: $input) {
				  receipt { caseNumber } userErrors { field code } } }""";
		Map<String, Object> input = Map.of("channel", "PHONE", "reporterMode", "CONFIDENTIAL", "reporter",
				Map.of("name", "Caller Name", "phone", "+49 30 1234567"), "report",
				Reports.fields("MISUSE_OF_ASSETS", "CFO_CAO", "Company car used privately"));

		var recorded = this.api.post(this.carol, record, Map.of("input", input));
		var byEmployee = this.api.post(this.erin, record, Map.of("input", input));
		var asWeb = this.api.post(this.carol, record, Map.of("input", Map.of("channel", "WEB", "reporterMode", "NAMED",
				"reporter", Map.of("name", "X"), "report", Reports.fields("OTHER", "CFO_CAO", "x"))));

		assertThat(recorded.<List<?>>read("$.data.reportEnter.userErrors")).as(recorded.body()).isEmpty();
		String number = recorded.read("$.data.reportEnter.receipt.caseNumber");
		Document raw = TenantContext.callAs(this.tenant,
				() -> this.tenantData.getCollection("cases").find(new Document("number", number)).first());
		assertThat(raw.get("report", Document.class).getString("channel")).isEqualTo("PHONE");
		assertThat(raw.toJson()).doesNotContain("Caller Name").doesNotContain("1234567");
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(asWeb.<List<List<String>>>read("$.data.reportEnter.userErrors[*].field"))
			.contains(List.of("input", "channel"));
	}

}
