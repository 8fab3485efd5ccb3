package io.conduct.cases;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Paging;
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
 * The GraphQL contract as cases serve it: both case lists page the same validated way (1
 * to 100, explicit null is the default, a cursor that is not theirs is a BAD_REQUEST),
 * and everything a case holds is a node that {@code node(id:)} answers exactly when the
 * case is visible: for its handlers, never for someone involved.
 */
@ConductIntegrationTest
class CaseContractTests {

	private static final String PAGE = """
			query($first: Int, $after: String) { cases(first: $first, after: $after) {
			  edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }""";

	private static final String OWN_PAGE = """
			query($first: Int, $after: String) { viewer { reports(first: $first, after: $after) {
			  edges { node { id } } pageInfo { hasNextPage endCursor } } } }""";

	private static final String NODE = """
			query($id: ID!) { node(id: $id) { __typename id } }""";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String admin;

	String cfo;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("ccon"));
		this.admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		this.cfo = TestIssuer.get().token(this.tenant.key(), "carla", Role.CFO_CAO);
	}

	@Test
	void caseListsPageOneWayAndRefuseWhatIsNotTheirs() {
		String erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		for (int i = 0; i <= Paging.DEFAULT; i++) {
			this.api.post(erin, Reports.SUBMIT, Map.of("input",
					Map.of("reporterMode", "NAMED", "report", Reports.fields("OTHER", "CFO_CAO", "case " + i))));
		}
		this.api.post(this.admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv",
						"employeeNumber,givenName,familyName,email,type\nP1,Pat,Person,pat@example.org,EMPLOYEE\n"));
		Awaits.people(this.api, this.admin, 1);
		// a cursor of another connection: the people directory's
		String foreignCursor = this.api.post(this.admin, "{ people(first: 1) { pageInfo { endCursor } } }")
			.read("$.data.people.pageInfo.endCursor");
		Map<String, Object> explicitNull = new HashMap<>();
		explicitNull.put("first", null);

		for (List<String> list : List.of(List.of(PAGE, this.cfo, "$.data.cases"),
				List.of(OWN_PAGE, erin, "$.data.viewer.reports"))) {
			String query = list.get(0);
			String token = list.get(1);
			String connection = list.get(2);
			assertThat(this.api.post(token, query, Map.of("first", 0)).firstErrorCode()).isEqualTo("BAD_REQUEST");
			assertThat(this.api.post(token, query, Map.of("first", 101)).firstErrorCode()).isEqualTo("BAD_REQUEST");
			for (String cursor : List.of(foreignCursor, "not a cursor",
					Base64.getUrlEncoder().encodeToString("no separator".getBytes()))) {
				var foreign = this.api.post(token, query, Map.of("first", 5, "after", cursor));
				assertThat(foreign.firstErrorCode()).as(cursor).isEqualTo("BAD_REQUEST");
				assertThat(foreign.body()).doesNotContain("INTERNAL");
			}
			var byDefault = this.api.post(token, query, explicitNull);
			assertThat(byDefault.hasErrors()).as(byDefault.body()).isFalse();
			assertThat(byDefault.<List<?>>read(connection + ".edges")).hasSize(Paging.DEFAULT);
			assertThat(byDefault.<Boolean>read(connection + ".pageInfo.hasNextPage")).isTrue();
			assertThat(this.api.post(token, query, Map.of()).<List<?>>read(connection + ".edges"))
				.hasSize(Paging.DEFAULT);
		}
	}

	@Test
	void pagesFollowEachOtherWithoutGapOrRepeat() {
		String erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		for (int i = 0; i < 7; i++) {
			this.api.post(erin, Reports.SUBMIT, Map.of("input",
					Map.of("reporterMode", "NAMED", "report", Reports.fields("OTHER", "CFO_CAO", "case " + i))));
		}
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("first", 3);
			variables.put("after", after);
			var page = this.api.post(this.cfo, PAGE, variables);
			seen.addAll(page.read("$.data.cases.edges[*].node.id"));
			assertThat(page.<Boolean>read("$.data.cases.pageInfo.hasPreviousPage")).isEqualTo(after != null);
			more = page.read("$.data.cases.pageInfo.hasNextPage");
			after = page.read("$.data.cases.pageInfo.endCursor");
		}

		assertThat(seen).hasSize(7).doesNotHaveDuplicates();
		// the reporter's own list shows the same reports, in the same order, as their
		// views (ids of their own type)
		assertThat(this.api.post(erin, OWN_PAGE, Map.of("first", 100))
			.<List<String>>read("$.data.viewer.reports.edges[*].node.id")
			.stream()
			.map((id) -> GlobalId.localIdOf(id, "ReporterCaseView").orElseThrow())
			.toList()).containsExactlyElementsOf(
					seen.stream().map((id) -> GlobalId.localIdOf(id, "Case").orElseThrow()).toList());
	}

	@Test
	void everythingACaseHoldsIsANodeForItsHandlersAndNoneForSomeoneInvolved() {
		String domain = "@" + this.tenant.key() + ".test";
		this.api.post(this.admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv",
						"employeeNumber,givenName,familyName,email,type\n" + "A1,Ann,Auditor,ann" + domain
								+ ",EMPLOYEE\n" + "D1,Dan,Doer,dan" + domain + ",EMPLOYEE\n" + "W1,Wil,Witness,wil"
								+ domain + ",EMPLOYEE\n"));
		Map<String, String> people = Awaits.people(this.api, this.admin, 3);
		// Ann sits on the Audit Committee, which handles the report, but she is named in
		// it
		String ann = TestIssuer.get().token(this.tenant.key(), "ann", Role.AUDIT_COMMITTEE);
		String abe = TestIssuer.get().token(this.tenant.key(), "abe", Role.AUDIT_COMMITTEE);
		this.api.post(ann, "{ viewer { person { id } } }");
		var report = Reports.fields("OTHER", "AUDIT_COMMITTEE", "Ann and Dan share a supplier's gifts");
		report.put("involved",
				List.of(Map.of("personId", people.get("Ann Auditor")), Map.of("personId", people.get("Dan Doer"))));
		report.put("attachments", List.of(file("receipt.txt")));
		String erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		String caseId = Reports.caseId(this.api.post(erin, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "CONFIDENTIAL", "report", report))));

		Map<String, String> nodes = new HashMap<>();
		nodes.put("Case", caseId);
		var message = this.api.post(this.cfo, """
				mutation($c: ID!) { caseMessagePost(input: {caseId: $c, body: "Can you tell us more?"}) {
				  message { id } userErrors { code } } }""", Map.of("c", caseId));
		nodes.put("CaseMessage", message.read("$.data.caseMessagePost.message.id"));
		var allegation = this.api.post(this.cfo,
				"""
						mutation($c: ID!, $p: ID!) { caseAllegationAdd(input: {caseId: $c, kind: MISCONDUCT,
						  summary: "Accepted gifts", subjectPersonId: $p}) { allegation { id } case { id } userErrors { code } } }""",
				Map.of("c", caseId, "p", people.get("Dan Doer")));
		nodes.put("CaseAllegation", allegation.read("$.data.caseAllegationAdd.allegation.id"));
		var entry = this.api.post(this.cfo, """
				mutation($c: ID!, $p: ID!, $f: [AttachmentInput!]) { caseInvestigationEntryAdd(input: {caseId: $c,
				  type: EVIDENCE, summary: "The invoice", personId: $p, attachments: $f}) {
				  entry { id attachments { id } } userErrors { code } } }""",
				Map.of("c", caseId, "p", people.get("Wil Witness"), "f", List.of(file("invoice.txt"))));
		nodes.put("InvestigationEntry", entry.read("$.data.caseInvestigationEntryAdd.entry.id"));
		nodes.put("CaseAttachment", entry.read("$.data.caseInvestigationEntryAdd.entry.attachments[0].id"));
		var measure = this.api.post(this.cfo, """
				mutation($c: ID!, $p: ID!) { caseMeasureDecide(input: {caseId: $c, personId: $p, measure: WARNING,
				  note: "Gifts returned late"}) { measure { id } case { id } userErrors { code } } }""",
				Map.of("c", caseId, "p", people.get("Dan Doer")));
		nodes.put("CaseMeasure", measure.read("$.data.caseMeasureDecide.measure.id"));
		String reportFile = this.api
			.post(this.cfo, "query($c: ID!) { case(id: $c) { attachments { id } } }", Map.of("c", caseId))
			.read("$.data.case.attachments[0].id");

		assertThat(nodes).doesNotContainValue(null);
		assertThat(nodes.keySet()).containsExactlyInAnyOrder("Case", "CaseMessage", "CaseAllegation",
				"InvestigationEntry", "CaseAttachment", "CaseMeasure");
		nodes.forEach((type, id) -> {
			for (String handler : List.of(this.cfo, abe)) {
				var seen = this.api.post(handler, NODE, Map.of("id", id));
				assertThat(seen.<String>read("$.data.node.__typename")).as(type).isEqualTo(type);
				assertThat(seen.<String>read("$.data.node.id")).as(type).isEqualTo(id);
			}
			var involved = this.api.post(ann, NODE, Map.of("id", id));
			assertThat(involved.hasErrors()).as(involved.body()).isFalse();
			assertThat(involved.<Object>read("$.data.node")).as(type).isNull();
		});
		assertThat(this.api.post(this.cfo, NODE, Map.of("id", reportFile)).<String>read("$.data.node.__typename"))
			.isEqualTo("CaseAttachment");
		assertThat(this.api.post(ann, NODE, Map.of("id", reportFile)).<Object>read("$.data.node")).isNull();
		String outsider = TestIssuer.get().token(this.tenant.key(), "olga", Role.EMPLOYEE);
		assertThat(this.api.post(outsider, NODE, Map.of("id", nodes.get("CaseMessage"))).<Object>read("$.data.node"))
			.isNull();
	}

	private static Map<String, String> file(String name) {
		return Map.of("fileName", name, "contentBase64",
				Base64.getEncoder().encodeToString(("file " + name).getBytes()));
	}

}
