package io.conduct.cases;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounting concerns go to the Audit Committee unless the CFO/CAO and the CEO, two
 * distinct people, each find them without merit; every one is in the Committee's
 * quarterly record.
 */
@ConductIntegrationTest
class AccountingConcernTests {

	private static final String LIST = "{ cases { edges { node { id } } } }";

	private static final String WITHOUT_MERIT = """
			mutation($id: ID!) { caseWithoutMeritRecord(input: {caseId: $id, reason: "Timing difference, booked correctly"}) {
			  case { meritReview { status determinations { role withoutMerit } } } userErrors { code } } }""";

	private static final String FORWARD = """
			mutation($id: ID!) { caseMeritForward(input: {caseId: $id, reason: "Needs the Committee"}) {
			  case { meritReview { status } handlerRoles } userErrors { code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	io.conduct.testsupport.TestClock clock;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MeritReviews meritReviews;

	@Autowired
	io.conduct.platform.audit.AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String cfo;

	String ceo;

	String committee;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("acct"));
		this.cfo = TestIssuer.get().token(this.tenant.key(), "carla", Role.CFO_CAO);
		this.ceo = TestIssuer.get().token(this.tenant.key(), "chris", Role.CEO);
		this.committee = TestIssuer.get().token(this.tenant.key(), "ann", Role.AUDIT_COMMITTEE);
	}

	@Test
	void aConcernBothFindWithoutMeritStaysAwayFromTheCommitteeButIsInItsRecord() {
		String caseId = accountingConcern("Petty cash counted late");
		assertThat(ids(this.committee)).doesNotContain(caseId);

		var first = this.api.post(this.cfo, WITHOUT_MERIT, Map.of("id", caseId));
		var twiceBySamePerson = this.api.post(this.cfo, WITHOUT_MERIT, Map.of("id", caseId));
		var second = this.api.post(this.ceo, WITHOUT_MERIT, Map.of("id", caseId));

		assertThat(first.<String>read("$.data.caseWithoutMeritRecord.case.meritReview.status")).isEqualTo("PENDING");
		assertThat(twiceBySamePerson.<String>read("$.data.caseWithoutMeritRecord.userErrors[0].code"))
			.isEqualTo("ALREADY_DETERMINED");
		assertThat(second.<String>read("$.data.caseWithoutMeritRecord.case.meritReview.status"))
			.isEqualTo("WITHOUT_MERIT");
		assertThat(ids(this.committee)).doesNotContain(caseId);

		var record = record(this.committee);
		assertThat(record.<List<String>>read("$.data.auditCommitteeRecord.concerns[*].disposition"))
			.containsExactly("WITHOUT_MERIT");
		assertThat(record.<String>read("$.data.auditCommitteeRecord.csv")).contains("Petty cash counted late")
			.contains("WITHOUT_MERIT")
			.contains("CFO_CAO: without merit; CEO: without merit");
		assertThat(record(this.cfo).firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void onePersonHoldingBothRolesCannotMakeBothDeterminations() {
		String both = TestIssuer.get().token(this.tenant.key(), "solo", Role.CFO_CAO, Role.CEO);
		String caseId = accountingConcern("Reserve released");

		var first = this.api.post(both, WITHOUT_MERIT, Map.of("id", caseId));
		var again = this.api.post(both, WITHOUT_MERIT, Map.of("id", caseId));

		assertThat(first.<String>read("$.data.caseWithoutMeritRecord.case.meritReview.status")).isEqualTo("PENDING");
		assertThat(again.<String>read("$.data.caseWithoutMeritRecord.userErrors[0].code"))
			.isEqualTo("ALREADY_DETERMINED");
	}

	@Test
	void eitherReviewerCanSendItToTheCommitteeAtOnce() {
		String caseId = accountingConcern("Invoices split to avoid approval");

		var forwarded = this.api.post(this.ceo, FORWARD, Map.of("id", caseId));

		assertThat(forwarded.<String>read("$.data.caseMeritForward.case.meritReview.status")).isEqualTo("FORWARDED");
		assertThat(ids(this.committee)).containsExactly(caseId);
		assertThat(this.api.post(this.cfo, WITHOUT_MERIT, Map.of("id", caseId))
			.<String>read("$.data.caseWithoutMeritRecord.userErrors[0].code")).isEqualTo("DECIDED");
		assertThat(record(this.committee).<List<String>>read("$.data.auditCommitteeRecord.concerns[*].disposition"))
			.containsExactly("AUDIT_COMMITTEE");
	}

	@Test
	void aReviewNotDecidedInTimeGoesToTheCommittee() {
		String caseId = accountingConcern("Unreconciled accounts");
		String localId = GlobalId.localIdOf(caseId, "Case").orElseThrow();
		TenantContext.runAs(this.tenant,
				() -> this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(localId)),
						Update.update(CaseStore.MERIT_DUE, this.clock.instant().minusSeconds(60)), Case.class));

		this.meritReviews.forwardOverdueReviews();

		assertThat(ids(this.committee)).containsExactly(caseId);
	}

	@Test
	void aConcernNamingTheCeoGoesToTheCommitteeAndTheBoardAtOnce() {
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv", "employeeNumber,givenName,familyName,email,type\nC1,Chris,Ceo,chris@" + this.tenant.key()
						+ ".test,EXECUTIVE_OFFICER\n"));
		String chrisId = Awaits.people(this.api, admin, 1).get("Chris Ceo");
		TenantContext.runAs(this.tenant,
				() -> this.tenantData.updateFirst(
						Query.query(Criteria.where("_id").is(GlobalId.localIdOf(chrisId, "Person").orElseThrow())),
						Update.update("roles", List.of("CEO")), "people"));
		String employee = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		var report = Reports.fields("ACCOUNTING_OR_AUDITING", "CFO_CAO", "The CEO's expenses are booked as marketing");
		report.put("involved", List.of(Map.of("personId", chrisId)));
		String caseId = Reports.caseId(this.api.post(employee, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "CONFIDENTIAL", "report", report))));
		String board = TestIssuer.get().token(this.tenant.key(), "bo", Role.BOARD);

		assertThat(ids(this.committee)).containsExactly(caseId);
		assertThat(ids(board)).containsExactly(caseId);
		assertThat(ids(this.ceo)).doesNotContain(caseId);
		assertThat(this.api
			.post(this.committee, "query($id: ID!) { case(id: $id) { meritReview { status } } }", Map.of("id", caseId))
			.<Object>read("$.data.case.meritReview")).isNull();
	}

	@Test
	void theCommitteesRecordWithholdsWhatTheReaderIsInvolvedInAndAuditsWhatItShows() {
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv", "employeeNumber,givenName,familyName,email,type\nA1,Ann,Auditor,ann@" + this.tenant.key()
						+ ".test,DIRECTOR\n"));
		String annId = Awaits.people(this.api, admin, 1).get("Ann Auditor");
		this.api.post(this.committee, "{ viewer { person { id } } }");
		String employee = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		var aboutAnn = Reports.fields("ACCOUNTING_OR_AUDITING", "CFO_CAO", "A director approved her own invoices");
		aboutAnn.put("involved", List.of(Map.of("personId", annId)));
		String withheldId = Reports.caseId(this.api.post(employee, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", aboutAnn))));
		String shownId = accountingConcern("Petty cash counted late");
		String otherMember = TestIssuer.get().token(this.tenant.key(), "abe", Role.AUDIT_COMMITTEE);

		var annsRecord = record(this.committee);
		var abesRecord = record(otherMember);

		assertThat(annsRecord.<List<String>>read("$.data.auditCommitteeRecord.concerns[*].caseNumber")).hasSize(1);
		assertThat(annsRecord.<Integer>read("$.data.auditCommitteeRecord.withheld")).isEqualTo(1);
		assertThat(annsRecord.<String>read("$.data.auditCommitteeRecord.csv"))
			.doesNotContain("approved her own invoices");
		assertThat(abesRecord.<List<String>>read("$.data.auditCommitteeRecord.concerns[*].caseNumber")).hasSize(2);
		assertThat(abesRecord.<Integer>read("$.data.auditCommitteeRecord.withheld")).isZero();
		String shown = GlobalId.localIdOf(shownId, "Case").orElseThrow();
		String withheld = GlobalId.localIdOf(withheldId, "Case").orElseThrow();
		TenantContext.runAs(this.tenant, () -> {
			assertThat(this.audit.findByTarget("Case", shown))
				.filteredOn((e) -> e.action().equals("audit-committee.record.read") && e.actorSubject().equals("ann"))
				.hasSize(1);
			assertThat(this.audit.findByTarget("Case", withheld))
				.filteredOn((e) -> e.action().equals("audit-committee.record.read") && e.actorSubject().equals("ann"))
				.isEmpty();
		});
	}

	private String accountingConcern(String description) {
		String employee = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		var submitted = this.api.post(employee, Reports.SUBMIT, Map.of("input", Map.of("reporterMode", "NAMED",
				"report", Reports.fields("ACCOUNTING_OR_AUDITING", "CFO_CAO", description))));
		return Reports.caseId(submitted);
	}

	private List<String> ids(String token) {
		return this.api.post(token, LIST).read("$.data.cases.edges[*].node.id");
	}

	private GraphQlHttp.Response record(String token) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of(this.tenant.timeZone())));
		return this.api.post(token, """
				query($y: Int!, $q: Int!) { auditCommitteeRecord(fiscalYear: $y, quarter: $q) {
				  concerns { caseNumber disposition determinations { role withoutMerit } } withheld csv } }""",
				Map.of("y", today.getYear(), "q", (today.getMonthValue() - 1) / 3 + 1));
	}

}
