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

	private static final String DECIDE_FALSE = """
			mutation($c: ID!, $f: Boolean!) { caseKnowinglyFalseDecide(input: {caseId: $c, knowinglyFalse: $f,
			  note: "Decided by the Committee"}) { case { timeline { type } knowinglyFalse { status } }
			  userErrors { code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	io.conduct.testsupport.TestClock clock;

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
	void aDischargeOfARecentReporterIsHeldForARetaliationReviewByAnotherPerson() {
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
		// whoever decided the measure does not review it
		assertThat(this.api.post(this.cfo, REVIEW, Map.of("m", measureId, "r", false))
			.<String>read("$.data.caseRetaliationReviewRecord.userErrors[0].code")).isEqualTo("SEPARATION_OF_DUTIES");
		var reviewed = this.api.post(committee, REVIEW, Map.of("m", measureId, "r", false));
		assertThat(reviewed.<String>read("$.data.caseRetaliationReviewRecord.measure.status")).isEqualTo("FINAL");
		assertThat(this.api.post(committee, REVIEW, Map.of("m", measureId, "r", true))
			.<String>read("$.data.caseRetaliationReviewRecord.userErrors[0].code")).isEqualTo("NOT_HELD");

		var revoked = decide(this.cfo, caseAboutRita, "Rita Reporter", "DEMOTION");
		String second = revoked.read("$.data.caseMeasureDecide.measure.id");
		assertThat(this.api.post(committee, REVIEW, Map.of("m", second, "r", true))
			.<String>read("$.data.caseRetaliationReviewRecord.measure.status")).isEqualTo("REVOKED");
		assertThat(ritasReport).isNotNull();
	}

	@Test
	void nobodyInvolvedInTheCaseNorThePersonConcernedReviewsAHeldMeasure() {
		String rita = TestIssuer.get().token(this.tenant.key(), "rita", Role.EMPLOYEE);
		submit(rita, "Expenses are padded", List.of());
		// Dan sits on the Audit Committee and is named in the case; Rita does too, and
		// the
		// measure concerns her
		String dan = TestIssuer.get().token(this.tenant.key(), "dan", Role.AUDIT_COMMITTEE);
		String ritaOnTheCommittee = TestIssuer.get().token(this.tenant.key(), "rita", Role.AUDIT_COMMITTEE);
		String caseAboutRita = submit(TestIssuer.get().token(this.tenant.key(), "someone", Role.EMPLOYEE),
				"Rita and Dan leak client data",
				List.of(this.people.get("Rita Reporter"), this.people.get("Dan Doer")));
		String measureId = decide(this.cfo, caseAboutRita, "Rita Reporter", "WARNING")
			.read("$.data.caseMeasureDecide.measure.id");

		assertThat(this.api.post(dan, REVIEW, Map.of("m", measureId, "r", false))
			.<String>read("$.data.caseRetaliationReviewRecord.userErrors[0].code")).isEqualTo("NOT_FOUND");
		assertThat(this.api.post(ritaOnTheCommittee, REVIEW, Map.of("m", measureId, "r", true))
			.<String>read("$.data.caseRetaliationReviewRecord.userErrors[0].code")).isEqualTo("NOT_FOUND");
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
	void aKnowinglyFalseFindingIsProposedByAHandlerAndDecidedByTheAuditCommitteeAndHeldMeasuresStayHeld() {
		String rita = TestIssuer.get().token(this.tenant.key(), "rita", Role.EMPLOYEE);
		String ritasReport = submit(rita, "An invented accusation", List.of());
		String committee = TestIssuer.get().token(this.tenant.key(), "ann", Role.AUDIT_COMMITTEE);
		String otherMember = TestIssuer.get().token(this.tenant.key(), "abe", Role.AUDIT_COMMITTEE);
		// the CFO/CAO alone cannot find it: only propose it
		assertThat(this.api.post(this.cfo, DECIDE_FALSE, Map.of("c", ritasReport, "f", true)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(this.api.post(committee, DECIDE_FALSE, Map.of("c", ritasReport, "f", true))
			.<String>read("$.data.caseKnowinglyFalseDecide.userErrors[0].code")).isEqualTo("NOT_FOUND");
		var proposed = this.api.post(this.cfo, """
				mutation($c: ID!) { caseKnowinglyFalsePropose(input: {caseId: $c, note: "Invented"}) {
				  case { timeline { type } knowinglyFalse { status } } userErrors { code } } }""",
				Map.of("c", ritasReport));
		assertThat(proposed.<String>read("$.data.caseKnowinglyFalsePropose.case.knowinglyFalse.status"))
			.isEqualTo("PROPOSED");

		// proposed, not found: Rita is still protected, and a discharge decided now is
		// held
		var heldBefore = decide(this.cfo, ritasReport, "Rita Reporter", "DISCHARGE");
		assertThat(heldBefore.<String>read("$.data.caseMeasureDecide.measure.status"))
			.isEqualTo("HELD_FOR_RETALIATION_REVIEW");

		// the Audit Committee decides: never one who proposed it
		String cfoOnTheCommittee = TestIssuer.get()
			.token(this.tenant.key(), "carla", Role.CFO_CAO, Role.AUDIT_COMMITTEE);
		assertThat(this.api.post(cfoOnTheCommittee, DECIDE_FALSE, Map.of("c", ritasReport, "f", true))
			.<String>read("$.data.caseKnowinglyFalseDecide.userErrors[0].code")).isEqualTo("SEPARATION_OF_DUTIES");
		var found = this.api.post(otherMember, DECIDE_FALSE, Map.of("c", ritasReport, "f", true));
		assertThat(found.<List<String>>read("$.data.caseKnowinglyFalseDecide.case.timeline[*].type"))
			.contains("KNOWINGLY_FALSE_PROPOSED", "REPORT_FOUND_KNOWINGLY_FALSE");
		assertThat(found.<String>read("$.data.caseKnowinglyFalseDecide.case.knowinglyFalse.status")).isEqualTo("FOUND");

		// the measure decided before the finding was final stays held; one decided now is
		// final
		var measures = this.api.post(this.cfo, "query($c: ID!) { case(id: $c) { measures { status } } }",
				Map.of("c", ritasReport));
		assertThat(measures.<List<String>>read("$.data.case.measures[*].status"))
			.containsExactly("HELD_FOR_RETALIATION_REVIEW");
		var decided = decide(this.cfo, ritasReport, "Rita Reporter", "WARNING");
		assertThat(decided.<String>read("$.data.caseMeasureDecide.measure.status")).isEqualTo("FINAL");
	}

	@Test
	void theAuditCommitteeMayFindAReportNotKnowinglyFalse() {
		String rita = TestIssuer.get().token(this.tenant.key(), "rita", Role.EMPLOYEE);
		String ritasReport = submit(rita, "A real concern", List.of());
		String committee = TestIssuer.get().token(this.tenant.key(), "ann", Role.AUDIT_COMMITTEE);
		this.api.post(this.cfo, """
				mutation($c: ID!) { caseKnowinglyFalsePropose(input: {caseId: $c, note: "Doubtful"}) {
				  userErrors { code } } }""", Map.of("c", ritasReport));

		var rejected = this.api.post(committee, DECIDE_FALSE, Map.of("c", ritasReport, "f", false));

		assertThat(rejected.<String>read("$.data.caseKnowinglyFalseDecide.case.knowinglyFalse.status"))
			.isEqualTo("REJECTED");
		assertThat(decide(this.cfo, ritasReport, "Rita Reporter", "WARNING")
			.<String>read("$.data.caseMeasureDecide.measure.status")).isEqualTo("HELD_FOR_RETALIATION_REVIEW");
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

	@Test
	void aJapaneseTenantPresumesRetaliationForOneYearAndTheEuPacksForTwo() {
		String rita = TestIssuer.get().token(this.tenant.key(), "rita", Role.EMPLOYEE);
		submit(rita, "Expenses are padded", List.of());
		String caseAboutRita = submit(TestIssuer.get().token(this.tenant.key(), "someone", Role.EMPLOYEE),
				"Rita leaks client data", List.of(this.people.get("Rita Reporter")));
		try {
			// 13 months after Rita's report: still protected under the EU pack (two
			// years)
			this.clock.advance(java.time.Duration.ofDays(395));
			var underEu = decide(this.cfo, caseAboutRita, "Rita Reporter", "WARNING");
			// the tenant is in Japan: a year has passed, the presumption is over
			this.registry
				.save(new Tenant(this.tenant.key(), new Tenant.Profile(this.tenant.name(), null, "JP", List.of("JP")),
						this.tenant.regional(), this.tenant.fiscal(), this.tenant.access(), this.tenant.lifecycle()));
			var underJapan = decide(this.cfo, caseAboutRita, "Rita Reporter", "WARNING");
			// within the year a measure is held in Japan too
			this.clock.advance(java.time.Duration.ofDays(-60));
			var withinTheYear = decide(this.cfo, caseAboutRita, "Rita Reporter", "WARNING");

			assertThat(underEu.<String>read("$.data.caseMeasureDecide.measure.status")).as(underEu.body())
				.isEqualTo("HELD_FOR_RETALIATION_REVIEW");
			assertThat(underJapan.<String>read("$.data.caseMeasureDecide.measure.status")).as(underJapan.body())
				.isNotEqualTo("HELD_FOR_RETALIATION_REVIEW");
			assertThat(withinTheYear.<String>read("$.data.caseMeasureDecide.measure.status"))
				.isEqualTo("HELD_FOR_RETALIATION_REVIEW");
		}
		finally {
			this.clock.reset();
		}
	}

	private String submit(String token, String description, List<String> involvedIds) {
		var report = Reports.fields("MISUSE_OF_ASSETS", "CFO_CAO", description);
		report.put("involved", involvedIds.stream().map((id) -> Map.of("personId", id)).toList());
		var submitted = this.api.post(token, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", report)));
		return Reports.caseId(submitted);
	}

}
