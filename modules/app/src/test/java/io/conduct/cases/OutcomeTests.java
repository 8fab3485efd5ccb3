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
 * Outcomes: who decides measures, and the non-retaliation guard that holds a measure
 * against a recent reporter until a retaliation review is recorded.
 */
@ConductIntegrationTest
class OutcomeTests {

	private static final String DECIDE = """
			mutation($c: ID!, $p: ID!, $m: MeasureKind!) { caseMeasureDecide(input: {caseId: $c, personId: $p,
			  measure: $m, note: "Decided after the investigation"}) {
			  measure { id measure status decidedByRole person { displayName } } userErrors { field code } } }""";

	private static final String REVIEW = """
			mutation($m: ID!, $r: Boolean!) { caseRetaliationReviewRecord(input: {measureId: $m, retaliation: $r,
			  note: "Reviewed"}) { measure { status } userErrors { code } } }""";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String cfo;

	Map<String, String> people;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("out"));
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		this.cfo = TestIssuer.get().token(this.tenant.key(), "carla", Role.CFO_CAO);
		String domain = "@" + this.tenant.key() + ".test";
		this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv",
						"employeeNumber,givenName,familyName,email,type\n" + "R1,Rita,Reporter,rita" + domain
								+ ",EMPLOYEE\n" + "D1,Dan,Doer,dan" + domain + ",EMPLOYEE\n" + "E1,Eve,Executive,eve"
								+ domain + ",EXECUTIVE_OFFICER\n"));
		this.people = Awaits.people(this.api, admin, 3);
		// Rita and Dan sign in once, which links their accounts to their entries
		this.api.post(TestIssuer.get().token(this.tenant.key(), "rita", Role.EMPLOYEE), "{ viewer { person { id } } }");
		this.api.post(TestIssuer.get().token(this.tenant.key(), "dan", Role.EMPLOYEE), "{ viewer { person { id } } }");
	}

	@Test
	void aDischargeOfARecentReporterIsHeldForRetaliationReview() {
		String rita = TestIssuer.get().token(this.tenant.key(), "rita", Role.EMPLOYEE);
		String ritasReport = submit(rita, "Expenses are padded", List.of());
		String caseAboutRita = submit(TestIssuer.get().token(this.tenant.key(), "someone", Role.EMPLOYEE),
				"Rita leaks client data", List.of(this.people.get("Rita Reporter")));

		var held = decide(this.cfo, caseAboutRita, "Rita Reporter", "DISCHARGE");
		String measureId = held.read("$.data.caseMeasureDecide.measure.id");
		assertThat(held.<String>read("$.data.caseMeasureDecide.measure.status"))
			.isEqualTo("HELD_FOR_RETALIATION_REVIEW");

		String committee = TestIssuer.get().token(this.tenant.key(), "ann", Role.AUDIT_COMMITTEE);
		String employee = TestIssuer.get().token(this.tenant.key(), "eve2", Role.EMPLOYEE);
		assertThat(this.api.post(employee, REVIEW, Map.of("m", measureId, "r", false)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		var reviewed = this.api.post(this.cfo, REVIEW, Map.of("m", measureId, "r", false));
		assertThat(reviewed.<String>read("$.data.caseRetaliationReviewRecord.measure.status")).isEqualTo("FINAL");
		assertThat(this.api.post(committee, REVIEW, Map.of("m", measureId, "r", true))
			.<String>read("$.data.caseRetaliationReviewRecord.userErrors[0].code")).isEqualTo("NOT_HELD");

		var revoked = decide(this.cfo, caseAboutRita, "Rita Reporter", "DEMOTION");
		String second = revoked.read("$.data.caseMeasureDecide.measure.id");
		assertThat(this.api.post(this.cfo, REVIEW, Map.of("m", second, "r", true))
			.<String>read("$.data.caseRetaliationReviewRecord.measure.status")).isEqualTo("REVOKED");
		assertThat(ritasReport).isNotNull();
	}

	@Test
	void aMeasureAgainstARecentWitnessIsHeldToo() {
		String caseId = submit(TestIssuer.get().token(this.tenant.key(), "someone", Role.EMPLOYEE), "Theft",
				List.of(this.people.get("Eve Executive")));
		var interview = this.api.post(this.cfo, """
				mutation($c: ID!, $p: ID!) { caseInvestigationEntryAdd(input: {caseId: $c, type: INTERVIEW,
				  summary: "Dan saw the theft", personId: $p}) { case { entries { type person { displayName } } }
				  userErrors { code } } }""", Map.of("c", caseId, "p", this.people.get("Dan Doer")));
		assertThat(interview.<List<String>>read("$.data.caseInvestigationEntryAdd.case.entries[*].person.displayName"))
			.containsExactly("Dan Doer");

		var measure = decide(this.cfo, caseId, "Dan Doer", "WARNING");

		assertThat(measure.<String>read("$.data.caseMeasureDecide.measure.status"))
			.isEqualTo("HELD_FOR_RETALIATION_REVIEW");
	}

	@Test
	void aKnowinglyFalseReportLiftsItsReportersProtection() {
		String rita = TestIssuer.get().token(this.tenant.key(), "rita", Role.EMPLOYEE);
		String ritasReport = submit(rita, "An invented accusation", List.of());
		var found = this.api.post(this.cfo, """
				mutation($c: ID!) { caseKnowinglyFalseRecord(input: {caseId: $c, note: "Invented"}) {
				  case { timeline { type } } userErrors { code } } }""", Map.of("c", ritasReport));
		assertThat(found.<List<String>>read("$.data.caseKnowinglyFalseRecord.case.timeline[*].type"))
			.contains("REPORT_FOUND_KNOWINGLY_FALSE");

		var decided = decide(this.cfo, ritasReport, "Rita Reporter", "WARNING");

		assertThat(decided.<String>read("$.data.caseMeasureDecide.measure.status")).isEqualTo("FINAL");
	}

	@Test
	void onlyTheCeoOrTheBoardDecideOnExecutivesAndTheCfoCaoOnOthers() {
		String caseId = submit(TestIssuer.get().token(this.tenant.key(), "someone", Role.EMPLOYEE), "Both did it",
				List.of(this.people.get("Eve Executive"), this.people.get("Dan Doer")));
		String ceo = TestIssuer.get().token(this.tenant.key(), "cole", Role.CEO);

		var cfoOnExecutive = decide(this.cfo, caseId, "Eve Executive", "REPRIMAND");
		var ceoOnExecutive = decide(ceo, caseId, "Eve Executive", "REPRIMAND");
		var cfoOnEmployee = decide(this.cfo, caseId, "Dan Doer", "WARNING");

		assertThat(cfoOnExecutive.<String>read("$.data.caseMeasureDecide.userErrors[0].code"))
			.isEqualTo("NOT_AUTHORIZED_FOR_SUBJECT");
		assertThat(ceoOnExecutive.<String>read("$.data.caseMeasureDecide.measure.decidedByRole")).isEqualTo("CEO");
		assertThat(cfoOnEmployee.<String>read("$.data.caseMeasureDecide.measure.status")).isEqualTo("FINAL");
		var measures = this.api.post(this.cfo,
				"query($c: ID!) { case(id: $c) { measures { measure person { displayName } } } }", Map.of("c", caseId));
		assertThat(measures.<List<String>>read("$.data.case.measures[*].person.displayName"))
			.containsExactly("Eve Executive", "Dan Doer");
	}

	private GraphQlHttp.Response decide(String token, String caseId, String person, String measure) {
		return this.api.post(token, DECIDE, Map.of("c", caseId, "p", this.people.get(person), "m", measure));
	}

	private String submit(String token, String description, List<String> involvedIds) {
		var report = Reports.fields("MISUSE_OF_ASSETS", "CFO_CAO", description);
		report.put("involved", involvedIds.stream().map((id) -> Map.of("personId", id)).toList());
		var submitted = this.api.post(token, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", report)));
		return submitted.read("$.data.reportSubmit.case.id");
	}

}
