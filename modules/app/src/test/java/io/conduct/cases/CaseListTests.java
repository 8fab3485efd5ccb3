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
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handlers' list of cases: filters, the overdue list, closing with feedback, and a
 * page that costs the same number of database commands for 5 cases as for 50.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class CaseListTests {

	private static final String LIST = """
			query($filter: CasesFilter, $first: Int) { cases(filter: $filter, first: $first) {
			  edges { node { id number channel category escalated involved { person { displayName } } } } } }""";

	private static final String RICH_LIST = """
			query($first: Int) { cases(first: $first) { edges { cursor node { id number status timeline { type }
			  routing { rule } attachments { id } messages { id }
			  involved { name person { displayName } }
			  reporter { name email person { displayName } }
			  investigation { kind investigators { displayName } }
			  allegations { id kind subject { displayName } }
			  entries { id type person { displayName } attachments { id } }
			  measures { id measure status person { displayName } } } }
			  pageInfo { hasNextPage endCursor } } }""";

	/** What a compliance workbench shows of each case (the README's query). */
	static final String WORKBENCH = """
			query($first: Int) { cases(first: $first) { edges { cursor node { id number status category channel
			  acknowledgementDue feedbackDue routing { rule } involved { name person { displayName } }
			  reporter { name email person { displayName } } } }
			  pageInfo { hasNextPage endCursor } } }""";

	private static final String OWN_REPORTS = """
			query($first: Int) { viewer { reports(first: $first) { edges { cursor node { id number status category
			  acknowledgementDue feedbackDue messages { author body } feedback } } pageInfo { hasNextPage } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	io.conduct.platform.audit.AuditTrail audit;

	@Autowired
	io.conduct.testsupport.TestClock clock;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String cfo;

	String erin;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("list"));
		this.cfo = TestIssuer.get().token(this.tenant.key(), "carla", Role.CFO_CAO);
		this.erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
	}

	@Test
	void filtersByChannelCategoryEscalationAndOverdue() {
		String web = submit(Reports.fields("FAIR_DEALING", "CFO_CAO", "web"));
		var phone = this.api.post(this.cfo, """
				mutation($input: ReportEnterInput!) { reportEnter(input: $input) { receipt { caseNumber } } }""",
				Map.of("input", Map.of("channel", "PHONE", "reporterMode", "ANONYMOUS", "report",
						Reports.fields("OTHER", "CFO_CAO", "phone"))));
		assertThat(phone.hasErrors()).as(phone.body()).isFalse();
		TenantContext.runAs(this.tenant,
				() -> this.tenantData.updateFirst(
						Query.query(Criteria.where("_id").is(GlobalId.localIdOf(web, "Case").orElseThrow())),
						Update.update(CaseStore.ACKNOWLEDGEMENT_DUE, this.clock.instant().minusSeconds(3600)),
						Case.class));

		assertThat(list(Map.of("channel", List.of("PHONE")))).hasSize(1);
		assertThat(list(Map.of("category", List.of("FAIR_DEALING")))).containsExactly(web);
		assertThat(list(Map.of("overdue", true))).containsExactly(web);
		assertThat(list(Map.of("overdue", false))).hasSize(1).doesNotContain(web);
		assertThat(list(Map.of("escalated", true))).isEmpty();
		assertThat(list(Map.of("escalated", false))).hasSize(2);
	}

	@Test
	void aCaseClosesOnlyWithFeedbackToTheReporter() {
		String passphrase = "long enough passphrase";
		String receiptKey = Reports
			.submitPublic(this.api, this.tenant.publicIntakeKey(), Reports.fields("OTHER", "CFO_CAO", "closing"),
					passphrase)
			.read("$.data.publicReportSubmit.receipt.receiptKey");
		String caseId = list(Map.of()).get(0);
		String close = """
				mutation($id: ID!, $f: String!) { caseClose(input: {caseId: $id, feedback: $f}) {
				  case { status closedAt } userErrors { field code } } }""";

		var withoutFeedback = this.api.post(this.cfo, close, Map.of("id", caseId, "f", " "));
		var closed = this.api.post(this.cfo, close, Map.of("id", caseId, "f", "We looked into it and acted."));
		var again = this.api.post(this.cfo, close, Map.of("id", caseId, "f", "Twice"));

		assertThat(withoutFeedback.<String>read("$.data.caseClose.userErrors[0].code")).isEqualTo("REQUIRED");
		assertThat(closed.<String>read("$.data.caseClose.case.status")).isEqualTo("CLOSED");
		assertThat(again.<String>read("$.data.caseClose.userErrors[0].code")).isEqualTo("CLOSED");
		var reporterView = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, passphrase);
		assertThat(reporterView.<String>read("$.data.publicReport.status")).isEqualTo("CLOSED");
		assertThat(reporterView.<List<String>>read("$.data.publicReport.messages[*].body"))
			.containsExactly("We looked into it and acted.");
	}

	@Test
	void aPageOfFiftyCasesCostsTheSameCommandsAsAPageOfFive() {
		List<String> people = importPeople();
		for (int i = 0; i < 50; i++) {
			var report = Reports.fields("OTHER", "CFO_CAO", "case " + i);
			report.put("involved", List.of(Map.of("personId", people.get(i % 10)), Map.of("name", "someone")));
			submit(report);
		}

		this.commands.reset();
		var five = this.api.post(this.cfo, LIST, Map.of("first", 5));
		int forFive = this.commands.tenantCommands("conduct_t_").size();
		this.commands.reset();
		var fifty = this.api.post(this.cfo, LIST, Map.of("first", 50));
		int forFifty = this.commands.tenantCommands("conduct_t_").size();

		assertThat(five.<List<?>>read("$.data.cases.edges")).hasSize(5);
		assertThat(fifty.<List<String>>read("$.data.cases.edges[*].node.involved[0].person.displayName")).hasSize(50);
		System.out.printf("Cases page: %d commands for 5 cases, %d for 50%n", forFive, forFifty);
		assertThat(forFifty).isEqualTo(forFive).isLessThanOrEqualTo(5);
	}

	@Test
	void theWorkbenchListCostsOneQueryPerKindOfRecordAndOneAuditWriteNamingEveryCaseShown() {
		List<String> people = importPeople();
		String reporter = TestIssuer.get().token(this.tenant.key(), "p0", Role.EMPLOYEE);
		for (int i = 0; i < 50; i++) {
			var report = Reports.fields("OTHER", "CFO_CAO", "case " + i);
			report.put("involved", List.of(Map.of("personId", people.get(1 + i % 8)), Map.of("name", "someone")));
			submit(reporter, report);
		}
		// a CFO/CAO with a directory entry (P9, linked by e-mail at the first request)
		String cfo = TestIssuer.get().token(this.tenant.key(), "p9", Role.CFO_CAO);
		this.api.post(cfo, "{ viewer { person { id } } }");

		this.commands.reset();
		var five = this.api.post(cfo, WORKBENCH, Map.of("first", 5));
		List<String> forFive = targets();
		this.commands.reset();
		var fifty = this.api.post(cfo, WORKBENCH, Map.of("first", 50));
		List<String> forFifty = targets();
		this.commands.reset();
		var ownFive = this.api.post(reporter, OWN_REPORTS, Map.of("first", 5));
		List<String> ownForFive = targets();
		this.commands.reset();
		var ownFifty = this.api.post(reporter, OWN_REPORTS, Map.of("first", 50));
		List<String> ownForFifty = targets();

		assertThat(five.<List<?>>read("$.data.cases.edges")).as(five.body()).hasSize(5);
		assertThat(fifty.<List<String>>read("$.data.cases.edges[*].node.involved[0].person.displayName")).hasSize(50);
		assertThat(fifty.<List<String>>read("$.data.cases.edges[*].node.reporter.person.displayName")).hasSize(50)
			.containsOnly("G0 F0");
		System.out.printf("Workbench page: %s for 5 cases, %s for 50%n", forFive, forFifty);
		// the caller's directory entry, the page, every person it names, one audit write
		assertThat(forFifty).isEqualTo(forFive)
			.containsExactlyInAnyOrder("find people", "find cases", "find people", "insert audit_log");
		List<String> shown = fifty.<List<String>>read("$.data.cases.edges[*].node.id")
			.stream()
			.map((id) -> GlobalId.localIdOf(id, "Case").orElseThrow())
			.toList();
		var entries = TenantContext.callAs(this.tenant, () -> this.audit.findByTarget("Case", shown.get(49)));
		assertThat(entries).filteredOn((e) -> e.action().equals("case.list")).first().satisfies((list) -> {
			assertThat(list.targetIds()).containsExactlyElementsOf(shown);
			assertThat(list.actorSubject()).isEqualTo("p9");
		});
		assertThat(entries).filteredOn((e) -> e.action().equals("case.reporter.read"))
			.first()
			.satisfies((read) -> assertThat(read.targetIds()).containsExactlyInAnyOrderElementsOf(shown));

		assertThat(ownFifty.<List<?>>read("$.data.viewer.reports.edges")).as(ownFifty.body()).hasSize(50);
		assertThat(ownFive.<List<?>>read("$.data.viewer.reports.edges")).hasSize(5);
		System.out.printf("Own reports page: %s for 5, %s for 50%n", ownForFive, ownForFifty);
		// the reporter's own reports, found by the blind index of their subject
		assertThat(ownForFifty).isEqualTo(ownForFive).containsExactly("find cases");
	}

	/** The tenant commands since the last reset, as "command collection". */
	private List<String> targets() {
		return this.commands.tenantCommandTargets("conduct_t_")
			.stream()
			.map((target) -> target.substring(target.indexOf('.') + 1))
			.toList();
	}

	@Test
	void everyPersonACasePageNamesIsLoadedInOneBatchWhateverThePageSize() {
		List<String> people = importPeople();
		// the reporter has a directory entry, so that the reporter's person is loaded too
		String reporter = TestIssuer.get().token(this.tenant.key(), "p0", Role.EMPLOYEE);
		for (int i = 0; i < 50; i++) {
			var report = Reports.fields("OTHER", "CFO_CAO", "case " + i);
			report.put("involved", List.of(Map.of("personId", people.get(1 + i % 9)), Map.of("name", "someone")));
			String caseId = submit(reporter, report);
			if (i % 5 == 0) {
				investigate(caseId, people.get(1 + i % 9), people.get(1 + (i + 1) % 9), people.get(1 + (i + 2) % 9));
			}
		}

		this.commands.reset();
		var five = this.api.post(this.cfo, RICH_LIST, Map.of("first", 5));
		List<String> forFive = targets();
		this.commands.reset();
		var fifty = this.api.post(this.cfo, RICH_LIST, Map.of("first", 50));
		List<String> forFifty = targets();

		assertThat(five.hasErrors()).as(five.body()).isFalse();
		assertThat(fifty.<List<String>>read("$.data.cases.edges[*].node.reporter.person.displayName")).hasSize(50)
			.containsOnly("G0 F0");
		for (String named : List.of("allegations[*].subject.displayName", "entries[*].person.displayName",
				"measures[*].person.displayName", "investigation.investigators[*].displayName")) {
			assertThat(five.<List<String>>read("$.data.cases.edges[*].node." + named)).as(named).hasSize(1);
			assertThat(fifty.<List<String>>read("$.data.cases.edges[*].node." + named)).as(named).hasSize(10);
		}
		System.out.printf("Rich cases page: %d commands for 5 cases, %d for 50: %s%n", forFive.size(), forFifty.size(),
				forFifty);
		// the caller's directory entry (this caller has none: looked for by subject, then
		// by e-mail) and the page; the measures of the page; every person the page and
		// its
		// measures name (involved, reporters, investigators, subjects, interviewees, whom
		// measures concern) in one query; one audit write for the page and its reporters
		assertThat(forFifty).isEqualTo(forFive)
			.containsExactlyInAnyOrder("find people", "find people", "find cases", "find case_measures", "find people",
					"insert audit_log");
	}

	/**
	 * Opens an investigation with an investigator, an allegation, an interview and a
	 * measure.
	 */
	private void investigate(String caseId, String subject, String investigator, String witness) {
		List<GraphQlHttp.Response> steps = List.of(
				this.api.post(this.cfo, """
						mutation($c: ID!) { caseInvestigationOpen(input: {caseId: $c}) { userErrors { code } } }""",
						Map.of("c", caseId)),
				this.api.post(this.cfo,
						"""
								mutation($c: ID!, $p: ID!) { caseInvestigatorAssign(input: {caseId: $c, investigatorPersonId: $p}) {
								  userErrors { code } } }""",
						Map.of("c", caseId, "p", investigator)),
				this.api.post(this.cfo, """
						mutation($c: ID!, $p: ID!) { caseAllegationAdd(input: {caseId: $c, kind: MISCONDUCT,
						  summary: "Misused the car", subjectPersonId: $p}) { userErrors { code } } }""",
						Map.of("c", caseId, "p", subject)),
				this.api.post(this.cfo, """
						mutation($c: ID!, $p: ID!) { caseInvestigationEntryAdd(input: {caseId: $c, type: INTERVIEW,
						  summary: "Saw it", personId: $p}) { userErrors { code } } }""",
						Map.of("c", caseId, "p", witness)),
				this.api.post(this.cfo,
						"""
								mutation($c: ID!, $p: ID!) { caseMeasureDecide(input: {caseId: $c, personId: $p, measure: WARNING,
								  note: "Warned"}) { userErrors { code } } }""",
						Map.of("c", caseId, "p", subject)));
		for (GraphQlHttp.Response step : steps) {
			assertThat(step.hasErrors()).as(step.body()).isFalse();
			assertThat(step.body()).as(step.body()).contains("\"userErrors\":[]");
		}
	}

	/** Ten people, P0 to P9, whose accounts link to their entries when they sign in. */
	private List<String> importPeople() {
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		StringBuilder csv = new StringBuilder("employeeNumber,givenName,familyName,email,type\n");
		for (int i = 0; i < 10; i++) {
			csv.append("P%d,G%d,F%d,p%d@%s.test,EMPLOYEE\n".formatted(i, i, i, i, this.tenant.key()));
		}
		this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv", csv.toString()));
		Map<String, String> byName = Awaits.people(this.api, admin, 10);
		return java.util.stream.IntStream.range(0, 10).mapToObj((i) -> byName.get("G%d F%d".formatted(i, i))).toList();
	}

	private String submit(Map<String, Object> report) {
		return submit(this.erin, report);
	}

	private String submit(String reporter, Map<String, Object> report) {
		var submitted = this.api.post(reporter, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", report)));
		assertThat(submitted.<List<?>>read("$.data.reportSubmit.userErrors")).as(submitted.body()).isEmpty();
		return Reports.caseId(submitted);
	}

	private List<String> list(Map<String, Object> filter) {
		return this.api.post(this.cfo, LIST, Map.of("filter", filter, "first", 100))
			.read("$.data.cases.edges[*].node.id");
	}

}
