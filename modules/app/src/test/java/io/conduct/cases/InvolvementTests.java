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
 * Anyone a case is about is involved, however they came to be named: a public report that
 * writes the CFO/CAO's name reaches the CEO and the Audit Committee without her; a
 * handler marks someone involved after intake; the subject of an allegation is involved.
 * Each time the case is routed again at once, with the rules that fired recorded, and
 * whoever is involved loses every access to it.
 */
@ConductIntegrationTest
class InvolvementTests {

	private static final String CASE = """
			query($id: ID!) { case(id: $id) { number handlerRoles informedRoles routing { rule }
			  involved { name origin reason person { displayName } } timeline { type note }
			  investigation { investigators { displayName } } meritReview { status } } }""";

	private static final String LIST = "{ cases { edges { node { id } } } }";

	private static final String MARK = """
			mutation($c: ID!, $p: ID!) { caseInvolvedPersonAdd(input: {caseId: $c, personId: $p,
			  reason: "Signed the invoices"}) { case { handlerRoles routing { rule } } userErrors { field code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	Map<String, String> people;

	String carla;

	String cole;

	String ann;

	String bo;

	@BeforeEach
	void tenantWithHandlers() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("inv"));
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		String domain = "@" + this.tenant.key() + ".test";
		this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv",
						"employeeNumber,givenName,familyName,email,type\n" + "1,Carla,Cfo,carla" + domain
								+ ",EXECUTIVE_OFFICER\n" + "2,Cole,Ceo,cole" + domain + ",EXECUTIVE_OFFICER\n"
								+ "3,Ivan,Investigator,ivan" + domain + ",EMPLOYEE\n" + "4,Erin,Employee,erin" + domain
								+ ",EMPLOYEE\n"));
		this.people = Awaits.people(this.api, admin, 4);
		// the directory records their roles, as personRoleGrant does
		grant("Carla Cfo", "CFO_CAO");
		grant("Cole Ceo", "CEO");
		this.carla = TestIssuer.get().token(this.tenant.key(), "carla", Role.CFO_CAO);
		this.cole = TestIssuer.get().token(this.tenant.key(), "cole", Role.CEO);
		this.ann = TestIssuer.get().token(this.tenant.key(), "ann", Role.AUDIT_COMMITTEE);
		this.bo = TestIssuer.get().token(this.tenant.key(), "bo", Role.BOARD);
		for (String token : List.of(this.carla, this.cole,
				TestIssuer.get().token(this.tenant.key(), "ivan", Role.EMPLOYEE))) {
			this.api.post(token, "{ viewer { person { id } } }");
		}
	}

	@Test
	void aPublicReportWritingTheCfosNameReachesTheCeoAndTheAuditCommitteeWithoutHer() {
		var report = Reports.fields("MISUSE_OF_ASSETS", "CFO_CAO", "The CFO uses the company card privately");
		// written as a reporter might, without the directory
		report.put("involved", List.of(Map.of("name", "  carla   CFO "), Map.of("name", "someone in Finance")));
		var submitted = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(), report,
				"amber lantern over the quiet harbour");
		assertThat(submitted.<List<?>>read("$.data.publicReportSubmit.userErrors")).as(submitted.body()).isEmpty();

		String caseId = this.api.post(this.cole, LIST).read("$.data.cases.edges[0].node.id");
		var seen = this.api.post(this.cole, CASE, Map.of("id", caseId));

		assertThat(seen.<List<String>>read("$.data.case.handlerRoles")).containsExactlyInAnyOrder("CEO",
				"AUDIT_COMMITTEE");
		assertThat(seen.<List<String>>read("$.data.case.routing[*].rule")).contains("CFO_CAO_INVOLVED",
				"EXECUTIVE_OR_DIRECTOR_INVOLVED");
		assertThat(seen.<List<String>>read("$.data.case.involved[*].origin")).containsExactly("MATCHED_BY_NAME",
				"REPORTED");
		assertThat(seen.<String>read("$.data.case.involved[0].person.displayName")).isEqualTo("Carla Cfo");
		assertThat(this.api.post(this.ann, LIST).<List<String>>read("$.data.cases.edges[*].node.id"))
			.containsExactly(caseId);
		// the CFO/CAO neither sees it nor closes it
		assertThat(this.api.post(this.carla, LIST).<List<String>>read("$.data.cases.edges[*].node.id")).isEmpty();
		assertThat(this.api.post(this.carla, CASE, Map.of("id", caseId)).<Object>read("$.data.case")).isNull();
		assertThat(this.api.post(this.carla,
				"""
						mutation($c: ID!) { caseClose(input: {caseId: $c, feedback: "Nothing to see"}) { userErrors { code } } }""",
				Map.of("c", caseId))
			.<String>read("$.data.caseClose.userErrors[0].code")).isEqualTo("NOT_FOUND");
	}

	@Test
	void aHandlerMarksSomeoneInvolvedAfterIntakeAndTheCaseIsRoutedAgainAtOnce() {
		String caseId = namedReport("MISUSE_OF_ASSETS", "Company vans used privately");
		assertThat(this.api.post(this.cole, LIST).<List<String>>read("$.data.cases.edges[*].node.id")).isEmpty();

		// the CEO turns out to be involved: the Board handles it, and the CEO is kept out
		var marked = this.api.post(this.carla, MARK, Map.of("c", caseId, "p", this.people.get("Cole Ceo")));

		assertThat(marked.<List<?>>read("$.data.caseInvolvedPersonAdd.userErrors")).isEmpty();
		assertThat(marked.<List<String>>read("$.data.caseInvolvedPersonAdd.case.handlerRoles"))
			.containsExactlyInAnyOrder("CFO_CAO", "BOARD");
		assertThat(marked.<List<String>>read("$.data.caseInvolvedPersonAdd.case.routing[*].rule"))
			.contains("CEO_INVOLVED", "EXECUTIVE_OR_DIRECTOR_INVOLVED");
		var seen = this.api.post(this.bo, CASE, Map.of("id", caseId));
		assertThat(seen.<List<String>>read("$.data.case.involved[*].origin")).contains("MARKED");
		assertThat(seen.<List<String>>read("$.data.case.involved[*].reason")).contains("Signed the invoices");
		assertThat(seen.<List<String>>read("$.data.case.timeline[*].type")).contains("INVOLVEMENT_ADDED", "REROUTED");
		assertThat(this.api.post(this.cole, CASE, Map.of("id", caseId)).<Object>read("$.data.case")).isNull();
		// once is enough; only handlers by role mark
		assertThat(this.api.post(this.carla, MARK, Map.of("c", caseId, "p", this.people.get("Cole Ceo")))
			.<String>read("$.data.caseInvolvedPersonAdd.userErrors[0].code")).isEqualTo("ALREADY_INVOLVED");
		String erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		assertThat(this.api.post(erin, MARK, Map.of("c", caseId, "p", this.people.get("Ivan Investigator")))
			.<String>read("$.data.caseInvolvedPersonAdd.userErrors[0].code")).isEqualTo("NOT_FOUND");
	}

	@Test
	void theSubjectOfAnAllegationIsInvolvedAndLosesTheCase() {
		String caseId = namedReport("MISUSE_OF_ASSETS", "Fuel cards used privately");
		this.api.post(this.carla,
				"mutation($c: ID!) { caseInvestigationOpen(input: {caseId: $c}) { userErrors { code } } }",
				Map.of("c", caseId));
		this.api.post(this.carla, """
				mutation($c: ID!, $p: ID!) { caseInvestigatorAssign(input: {caseId: $c, investigatorPersonId: $p}) {
				  userErrors { code } } }""", Map.of("c", caseId, "p", this.people.get("Ivan Investigator")));
		String ivan = TestIssuer.get().token(this.tenant.key(), "ivan", Role.EMPLOYEE);
		assertThat(this.api.post(ivan, CASE, Map.of("id", caseId)).<String>read("$.data.case.number")).isNotNull();

		var alleged = this.api.post(this.carla,
				"""
						mutation($c: ID!, $p: ID!) { caseAllegationAdd(input: {caseId: $c, kind: MISCONDUCT,
						  summary: "Used a fuel card privately", subjectPersonId: $p}) { allegation { id } userErrors { code } } }""",
				Map.of("c", caseId, "p", this.people.get("Ivan Investigator")));

		assertThat(alleged.<List<?>>read("$.data.caseAllegationAdd.userErrors")).isEmpty();
		var seen = this.api.post(this.carla, CASE, Map.of("id", caseId));
		assertThat(seen.<List<String>>read("$.data.case.involved[*].origin")).contains("ALLEGATION_SUBJECT");
		assertThat(seen.<List<?>>read("$.data.case.investigation.investigators")).isEmpty();
		assertThat(seen.<List<String>>read("$.data.case.timeline[*].type")).contains("REROUTED");
		assertThat(this.api.post(ivan, CASE, Map.of("id", caseId)).<Object>read("$.data.case")).isNull();
		// an allegation against an executive officer informs the CEO and the Board
		this.api.post(this.carla, """
				mutation($c: ID!, $p: ID!) { caseAllegationAdd(input: {caseId: $c, kind: MISCONDUCT,
				  summary: "Approved the cards", subjectPersonId: $p}) { userErrors { code } } }""",
				Map.of("c", caseId, "p", this.people.get("Cole Ceo")));
		assertThat(this.api.post(this.bo, CASE, Map.of("id", caseId)).<List<String>>read("$.data.case.routing[*].rule"))
			.contains("CEO_INVOLVED", "EXECUTIVE_OR_DIRECTOR_INVOLVED");
	}

	@Test
	void anAccountingConcernUnderMeritReviewGoesToTheCommitteeOnceTheCeoIsInvolved() {
		String caseId = namedReport("ACCOUNTING_OR_AUDITING", "Revenue booked early");
		assertThat(this.api.post(this.carla, CASE, Map.of("id", caseId)).<String>read("$.data.case.meritReview.status"))
			.isEqualTo("PENDING");

		this.api.post(this.carla, MARK, Map.of("c", caseId, "p", this.people.get("Cole Ceo")));

		var seen = this.api.post(this.ann, CASE, Map.of("id", caseId));
		assertThat(seen.<String>read("$.data.case.meritReview.status")).isEqualTo("FORWARDED");
		assertThat(seen.<List<String>>read("$.data.case.handlerRoles")).contains("AUDIT_COMMITTEE")
			.doesNotContain("CEO");
		assertThat(seen.<List<String>>read("$.data.case.routing[*].rule"))
			.contains("ACCOUNTING_TO_AUDIT_COMMITTEE_AT_ONCE");
	}

	private String namedReport(String category, String description) {
		String erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		return Reports.caseId(this.api.post(erin, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "NAMED", "report", Reports.fields(category, "CFO_CAO", description)))));
	}

	private void grant(String name, String role) {
		TenantContext.runAs(this.tenant,
				() -> this.tenantData.updateFirst(
						Query.query(Criteria.where("_id")
							.is(GlobalId.localIdOf(this.people.get(name), "Person").orElseThrow())),
						Update.update("roles", List.of(role)), "people"));
	}

}
