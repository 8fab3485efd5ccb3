package io.conduct.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.disclosures.Disclosures;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certifications and conflicts of interest: an exception is a disclosure, and an
 * executive officer's or a director's goes to the Board, never to the CFO/CAO, as the
 * Code gives their conflicts to the Board; the annual campaign's certification confirms
 * one's disclosures current, or says what changed, and no other campaign asks.
 */
@ConductIntegrationTest
class CertificationDisclosureTests {

	private static final String EXCEPTIONS = "{ certificationExceptions(first: 20) { edges { node { id exception } } } }";

	private static final String RESOLVE = """
			mutation($id: ID!) { certificationExceptionResolve(input: {certificationId: $id, outcome: CLEARED,
			  note: "Disclosed and managed"}) { certification { resolution { outcome } } userErrors { field code } } }""";

	private static final String STAFF_DISCLOSURES = """
			{ disclosures(first: 20) { edges { node { id kind determiner description discloser { displayName }
			  evaluation { outcome } } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@Autowired
	CertificationWork work;

	@Autowired
	Disclosures disclosures;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	CampaignFixture berlin;

	LocalDate today;

	String dora;

	String ada;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Berlin")));
		this.berlin = new CampaignFixture(this.api, this.registry, this.tenantData, "cdis", null, "Europe/Berlin",
				this.today);
		this.berlin.importPeople(
				Imports.HEADER + "4,Dora,Director," + this.berlin.email("dora") + ",DIRECTOR,,Board,,2015-01-05,en,DE\n"
						+ "5,Bea,Board," + this.berlin.email("bea") + ",DIRECTOR,,Board,,2015-01-05,en,DE\n"
						+ "6,Ada,Audit," + this.berlin.email("ada") + ",EMPLOYEE,,Internal audit,,2015-01-05,en,DE\n");
		this.berlin.grantInDirectory("dora", Role.BOARD);
		this.berlin.grantInDirectory("bea", Role.BOARD);
		this.berlin.grantInDirectory("ada", Role.AUDIT_COMMITTEE);
		this.dora = TestIssuer.get().token(this.berlin.tenant.key(), "dora", Role.BOARD, Role.EMPLOYEE);
		this.ada = TestIssuer.get().token(this.berlin.tenant.key(), "ada", Role.AUDIT_COMMITTEE, Role.EMPLOYEE);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void aDirectorsExceptionGoesToTheBoardWhichResolvesItAndTheCfoCaoNeitherSeesNorDecidesIt() {
		var excepted = certify(this.dora, "Dora Director",
				Map.of("exception", "My husband advises a direct competitor"));
		String id = excepted.read("$.data.codeCertify.certification.id");

		var byTheCfoCao = this.api.post(this.berlin.carol, RESOLVE, Map.of("id", id));
		var byHerself = this.api.post(this.dora, RESOLVE, Map.of("id", id));
		var listedToTheBoard = this.api.post(this.berlin.board, EXCEPTIONS);
		var listedToTheCfoCao = this.api.post(this.berlin.carol, EXCEPTIONS);
		var listedToTheAuditCommittee = this.api.post(this.ada, EXCEPTIONS);
		var nodeForTheCfoCao = this.api.post(this.berlin.carol,
				"query($id: ID!) { node(id: $id) { ... on Certification { exception } } }", Map.of("id", id));
		var byTheBoard = this.api.post(this.berlin.board, RESOLVE, Map.of("id", id));

		assertThat(excepted.<String>read("$.data.codeCertify.certification.status")).isEqualTo("EXCEPTION_RAISED");
		assertThat(listedToTheBoard.<List<String>>read("$.data.certificationExceptions.edges[*].node.exception"))
			.containsExactly("My husband advises a direct competitor");
		assertThat(listedToTheCfoCao.<List<?>>read("$.data.certificationExceptions.edges")).isEmpty();
		assertThat(listedToTheAuditCommittee.<List<?>>read("$.data.certificationExceptions.edges")).isEmpty();
		assertThat(nodeForTheCfoCao.<Object>readOrNull("$.data.node")).isNull();
		assertThat(byTheCfoCao.<String>read("$.data.certificationExceptionResolve.userErrors[0].code"))
			.isEqualTo("NOT_FOUND");
		assertThat(byHerself.<String>read("$.data.certificationExceptionResolve.userErrors[0].code"))
			.isEqualTo("OWN_EXCEPTION");
		assertThat(byTheBoard.<String>read("$.data.certificationExceptionResolve.certification.resolution.outcome"))
			.as(byTheBoard.body())
			.isEqualTo("CLEARED");
		assertThat(this.berlin.kindsFor("bea")).contains("certification.exception", "disclosure.submitted");
		assertThat(this.berlin.kindsFor("carol")).doesNotContain("certification.exception", "disclosure.submitted");
		assertThat(this.berlin.kindsFor("dora")).as("never the signer").doesNotContain("certification.exception");
	}

	@Test
	void aDirectorsExceptionIsADisclosureTheBoardDeterminesAndTheCfoCaoCannotRead() {
		var excepted = certify(this.dora, "Dora Director",
				Map.of("exception", "My husband advises a direct competitor"));
		String disclosureId = excepted.read("$.data.codeCertify.certification.disclosure.id");

		var toTheBoard = this.api.post(this.berlin.board, STAFF_DISCLOSURES);
		var toTheCfoCao = this.api.post(this.berlin.carol, STAFF_DISCLOSURES);
		var nodeForTheCfoCao = this.api.post(this.berlin.carol,
				"query($id: ID!) { node(id: $id) { ... on Disclosure { description } } }", Map.of("id", disclosureId));
		var determinedByTheCfoCao = determine(this.berlin.carol, disclosureId);
		var determinedByTheBoard = determine(this.berlin.board, disclosureId);

		assertThat(toTheBoard.<List<String>>read("$.data.disclosures.edges[*].node.id")).containsExactly(disclosureId);
		assertThat(toTheBoard.<String>read("$.data.disclosures.edges[0].node.determiner")).isEqualTo("BOARD");
		assertThat(toTheBoard.<String>read("$.data.disclosures.edges[0].node.kind")).isEqualTo("OTHER_ACTIVITY");
		assertThat(toTheBoard.<String>read("$.data.disclosures.edges[0].node.description"))
			.isEqualTo("My husband advises a direct competitor");
		assertThat(toTheCfoCao.<List<?>>read("$.data.disclosures.edges")).isEmpty();
		assertThat(nodeForTheCfoCao.<Object>readOrNull("$.data.node")).isNull();
		assertThat(determinedByTheCfoCao.firstErrorCode()).as(determinedByTheCfoCao.body()).isEqualTo("FORBIDDEN");
		assertThat(determinedByTheBoard.<List<?>>read("$.data.disclosureDetermine.userErrors"))
			.as(determinedByTheBoard.body())
			.isEmpty();
	}

	@Test
	void anExecutiveOfficersExceptionGoesToTheBoardEvenWhenTheyAreTheCfoCao() {
		// Carol is the CFO/CAO and an executive officer
		var excepted = certify(this.berlin.carol, "Carol Cfo", Map.of("exception", "I sit on a supplier's board"));
		String id = excepted.read("$.data.codeCertify.certification.id");

		assertThat(this.api.post(this.berlin.board, EXCEPTIONS)
			.<List<String>>read("$.data.certificationExceptions.edges[*].node.id")).containsExactly(id);
		assertThat(this.api.post(this.ada, EXCEPTIONS).<List<?>>read("$.data.certificationExceptions.edges")).isEmpty();
		assertThat(excepted.<String>read("$.data.codeCertify.certification.disclosure.determiner")).isEqualTo("BOARD");
		assertThat(this.berlin.kindsFor("bea")).contains("certification.exception");
		assertThat(this.berlin.kindsFor("ada")).doesNotContain("certification.exception");
	}

	@Test
	void anEmployeesExceptionStaysWithTheCfoCaoAndIsADisclosureForThem() {
		var excepted = certify(this.berlin.erin, "Erin Employee", Map.of("exception", "My brother is a supplier"));
		String id = excepted.read("$.data.codeCertify.certification.id");

		assertThat(this.api.post(this.berlin.carol, EXCEPTIONS)
			.<List<String>>read("$.data.certificationExceptions.edges[*].node.id")).containsExactly(id);
		assertThat(this.api.post(this.berlin.board, EXCEPTIONS).<List<?>>read("$.data.certificationExceptions.edges"))
			.isEmpty();
		assertThat(excepted.<String>read("$.data.codeCertify.certification.disclosure.determiner"))
			.isEqualTo("CFO_CAO");
		assertThat(this.api.post(this.berlin.carol, STAFF_DISCLOSURES)
			.<List<String>>read("$.data.disclosures.edges[*].node.description"))
			.containsExactly("My brother is a supplier");
	}

	@Test
	void theAnnualCertificationWithoutTheDisclosureStatementIsRefusedAndStoresNothing() {
		int year = openAnnual();

		var without = certify(this.berlin.erin, "Erin Employee", Map.of());
		var neither = certify(this.berlin.erin, "Erin Employee", Map.of("disclosures", Map.of("current", false)));
		var both = certify(this.berlin.erin, "Erin Employee",
				Map.of("disclosures", Map.of("current", true, "changes", "A new directorship")));
		var tooLong = certify(this.berlin.erin, "Erin Employee",
				Map.of("disclosures", Map.of("current", false, "changes", "x".repeat(4_001))));

		assertThat(CodeFixtures.userErrorCode(without)).isEqualTo("DISCLOSURES_UNCONFIRMED");
		assertThat(without.<List<String>>read("$.data.codeCertify.userErrors[0].field")).containsExactly("input",
				"disclosures");
		assertThat(CodeFixtures.userErrorCode(neither)).isEqualTo("DISCLOSURES_UNCONFIRMED");
		assertThat(neither.<List<String>>read("$.data.codeCertify.userErrors[0].field")).containsExactly("input",
				"disclosures", "changes");
		assertThat(CodeFixtures.userErrorCode(both)).isEqualTo("INVALID");
		assertThat(CodeFixtures.userErrorCode(tooLong)).isEqualTo("TOO_LONG");
		assertThat(
				TenantContext.callAs(this.berlin.tenant, () -> this.tenantData.count(new Query(), Certification.class)))
			.isZero();
		assertThat(this.api.post(this.berlin.erin, CampaignFixture.ASSIGNMENTS)
			.<List<String>>read("$.data.viewer.certificationAssignments.edges[*].node.status"))
			.containsExactly("PENDING");
		assertThat(confirmed("erin", year)).isFalse();
		assertThat(this.api.post(this.berlin.erin, "{ viewer { disclosures { edges { node { id } } } } }")
			.<List<?>>read("$.data.viewer.disclosures.edges")).isEmpty();
	}

	@Test
	void theAnnualCertificationConfirmsTheDisclosuresCurrentOrOpensOneForWhatChanged() {
		int year = openAnnual();

		var current = certify(this.berlin.erin, "Erin Employee", Map.of("disclosures", Map.of("current", true)));
		var changed = certify(this.berlin.sam, "Sam Supervisor",
				Map.of("disclosures", Map.of("current", false, "changes", "I now advise Smallco's founder")));

		assertThat(current.<List<?>>read("$.data.codeCertify.userErrors")).as(current.body()).isEmpty();
		assertThat(current.<String>read("$.data.codeCertify.certification.status")).isEqualTo("COMPLETED");
		assertThat(current.<String>read("$.data.codeCertify.certification.campaign.kind")).isEqualTo("ANNUAL");
		assertThat(confirmed("erin", year)).isTrue();
		assertThat(confirmed("erin", year - 1)).isFalse();
		assertThat(changed.<List<?>>read("$.data.codeCertify.userErrors")).as(changed.body()).isEmpty();
		assertThat(changed.<String>read("$.data.codeCertify.certification.status")).isEqualTo("COMPLETED");
		assertThat(confirmed("sam", year)).isTrue();
		assertThat(this.api.post(this.berlin.sam, "{ viewer { disclosures { edges { node { description } } } } }")
			.<List<String>>read("$.data.viewer.disclosures.edges[*].node.description"))
			.containsExactly("I now advise Smallco's founder");
		assertThat(this.api.post(this.berlin.carol, STAFF_DISCLOSURES)
			.<List<String>>read("$.data.disclosures.edges[*].node.discloser.displayName"))
			.containsExactly("Sam Supervisor");
	}

	@Test
	void noOtherCampaignAsksForTheDisclosureStatement() {
		this.berlin.openAdHoc("After amendment", this.today.plusDays(5));

		var given = certify(this.berlin.sam, "Sam Supervisor", Map.of("disclosures", Map.of("current", true)));
		var plain = certify(this.berlin.erin, "Erin Employee", Map.of());

		assertThat(CodeFixtures.userErrorCode(given)).isEqualTo("NOT_ASKED");
		assertThat(plain.<List<?>>read("$.data.codeCertify.userErrors")).as(plain.body()).isEmpty();
		assertThat(plain.<String>read("$.data.codeCertify.certification.campaign.kind")).isEqualTo("AD_HOC");
		assertThat(
				TenantContext.callAs(this.berlin.tenant, () -> this.tenantData.count(new Query(), Certification.class)))
			.as("Erin's only")
			.isEqualTo(1);
		assertThat(confirmed("erin", this.today.getYear())).isFalse();
	}

	/**
	 * Opens the annual campaign on its day, tomorrow in Berlin (a tenant that joins after
	 * the year's day starts with next year's); returns its year.
	 */
	private int openAnnual() {
		LocalDate tomorrow = this.today.plusDays(1);
		var settings = this.api.post(this.berlin.carol, """
				mutation($day: String!) { certificationSettingsUpdate(input: {onHireDueDays: 30,
				  annualOpensOn: $day, annualDueDays: 30, closeAfterDays: 60, reminderDaysBefore: [7, 1],
				  supervisorAfterDays: 3, cfoCaoAfterDays: 10}) { userErrors { field code } } }""",
				Map.of("day", tomorrow.format(DateTimeFormatter.ofPattern("MM-dd"))));
		assertThat(settings.<List<?>>read("$.data.certificationSettingsUpdate.userErrors")).as(settings.body())
			.isEmpty();
		Instant morning = tomorrow.atStartOfDay(this.berlin.zone).plusHours(8).toInstant();
		this.clock.setTo(morning);
		this.work.runFor(this.berlin.tenant, morning);
		assertThat(this.api.post(this.berlin.erin, CampaignFixture.ASSIGNMENTS)
			.<List<String>>read("$.data.viewer.certificationAssignments.edges[*].node.campaign.kind"))
			.containsExactly("ANNUAL");
		return tomorrow.getYear();
	}

	private GraphQlHttp.Response certify(String token, String name, Map<String, Object> changes) {
		var shown = this.api.post(token, CodeFixtures.CURRENT, Map.of("l", "en"));
		Map<String, Object> input = new java.util.HashMap<>(CodeFixtures.certification(shown, name, Map.of()));
		input.put("openedAt", this.clock.instant().minusSeconds(60).toString());
		input.putAll(changes);
		return this.api.post(token, """
				mutation($input: CodeCertifyInput!) { codeCertify(input: $input) {
				  certification { id status campaign { kind } disclosure { id determiner } }
				  userErrors { field code } } }""", Map.of("input", input));
	}

	private GraphQlHttp.Response determine(String token, String disclosureId) {
		return this.api.post(token, """
				mutation($id: ID!) { disclosureDetermine(input: {disclosureId: $id, decision: NO_CONFLICT,
				  reasons: "An adviser to a founder, not to the competitor"}) {
				  disclosure { status } userErrors { field code } } }""", Map.of("id", disclosureId));
	}

	private boolean confirmed(String user, int year) {
		String personId = TenantContext.callAs(this.berlin.tenant, () -> this.tenantData.findOne(Query
			.query(org.springframework.data.mongodb.core.query.Criteria.where("email").is(this.berlin.email(user))),
				org.bson.Document.class, "people")
			.getString("_id"));
		return SystemActor.callAs(this.berlin.tenant, EnumSet.of(Role.TENANT_ADMIN),
				() -> this.disclosures.confirmedCurrent(personId, year));
	}

}
