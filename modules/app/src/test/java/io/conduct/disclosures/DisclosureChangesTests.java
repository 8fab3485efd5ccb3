package io.conduct.disclosures;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.code.CodeLibrary;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.TestClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What changes a disclosure's evaluation after it was made: a person becoming a director,
 * a new relative, a close relative's role, a Board determination that becomes a rule of
 * the tenant; and what the certification campaigns will use.
 */
@ConductIntegrationTest
@org.springframework.context.annotation.Import(io.conduct.testsupport.MongoCommandCounting.class)
class DisclosureChangesTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	CodeLibrary code;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	Disclosures disclosures;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	DisclosureGroup group;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new DisclosureGroup(this.api, this.registry, this.code, this.tenantData);
	}

	@AfterEach
	void clock() {
		this.clock.reset();
	}

	@Test
	void anEmployeeWhoBecomesADirectorIsReevaluatedByTheDirectorsListAndGoesToTheBoard() {
		String customer = this.group.counterparty("Smallco", List.of("CUSTOMER"), "PRIVATELY_HELD", null);
		String disclosure = this.group.submitted(this.group.erin,
				Map.of("kind", "SERVICE", "counterpartyId", customer, "capacity", "ADVISOR"));
		var before = this.group.read(this.group.erin, disclosure);
		assertThat(before.<String>read("$.data.node.evaluation.outcome")).isEqualTo("PERMITTED");
		assertThat(before.<String>read("$.data.node.determiner")).isEqualTo("CFO_CAO");

		var updated = this.api.post(this.group.deAdmin,
				"""
						mutation($id: ID!, $email: String!) { personUpdate(input: {personId: $id, givenName: "Erin", familyName: "Employee",
						  email: $email, employeeNumber: "1", type: DIRECTOR}) { person { type } userErrors { code } } }""",
				Map.of("id", this.group.people.get("Erin Employee"), "email", "erin@" + this.group.de.key() + ".test"));
		assertThat(updated.<String>read("$.data.personUpdate.person.type")).isEqualTo("DIRECTOR");

		var after = this.group.read(this.group.erin, disclosure);
		assertThat(after.<String>read("$.data.node.evaluation.outcome")).isEqualTo("PROHIBITED");
		assertThat(after.<String>read("$.data.node.evaluation.trigger")).isEqualTo("PERSON_TYPE_CHANGED");
		assertThat(after.<String>read("$.data.node.determiner")).isEqualTo("BOARD");
		assertThat(after.<List<String>>read("$.data.node.evaluation.findings[?(@.applies == true)].clause"))
			.containsExactly("D_SERVICE_CUSTOMER_SUPPLIER");
		assertThat(outboxRecipients("disclosure.reevaluated")).contains(personId("Bo Board"))
			.doesNotContain(personId("Carol Cfo"));
	}

	@Test
	void aRelativeDeclaredLaterMakesSupervisingThemAConflictAndTheDirectorySuggestsIt() {
		String erinId = this.group.people.get("Erin Employee");
		String kimId = this.group.people.get("Kim Kin");
		String disclosure = this.group.submitted(this.group.erin,
				Map.of("kind", "FAMILY_SUPERVISION", "familyMemberId", kimId));
		assertThat(this.group.outcome(this.group.erin, disclosure)).isEqualTo("PERMITTED");

		declare(erinId, "SIBLING", "Kim Kin", kimId);

		var after = this.group.read(this.group.erin, disclosure);
		assertThat(after.<String>read("$.data.node.evaluation.outcome")).isEqualTo("PROHIBITED");
		assertThat(after.<String>read("$.data.node.evaluation.trigger")).isEqualTo("RELATIVES_CHANGED");
		var suggestions = this.api.post(this.group.erin,
				"{ viewer { disclosureSuggestions { kind reason familyMember { displayName } } } }");
		assertThat(suggestions.<List<String>>read("$.data.viewer.disclosureSuggestions[*].familyMember.displayName"))
			.containsExactly("Kim Kin");
	}

	@Test
	void onlyACloseRelativeAsOfficerOrDirectorOfASignificantCustomerIsForTheDeterminer() {
		String erinId = this.group.people.get("Erin Employee");
		String customer = this.group.counterparty("Bigbuy Corp", List.of("CUSTOMER"), "PUBLICLY_HELD", "1000000");
		this.group.pay(this.group.groupCfo, customer, 2025, "TO_COMPANY", "6000000", "USD");
		var declared = declare(erinId, "SPOUSE", "Robin Employee", null);
		declare(erinId, "PARENT", "Pat Employee", null);
		var relatives = this.api.post(this.group.erin, "{ viewer { person { relatives { id name } } } }");
		List<String> ids = relatives.read("$.data.viewer.person.relatives[*].id");
		List<String> names = relatives.read("$.data.viewer.person.relatives[*].name");
		assertThat(declared).isNotNull();

		String spouse = this.group.submitted(this.group.erin, Map.of("kind", "RELATIVE_SERVICE", "counterpartyId",
				customer, "capacity", "DIRECTOR", "relativeId", ids.get(names.indexOf("Robin Employee"))));
		String parent = this.group.submitted(this.group.erin, Map.of("kind", "RELATIVE_SERVICE", "counterpartyId",
				customer, "capacity", "DIRECTOR", "relativeId", ids.get(names.indexOf("Pat Employee"))));

		assertThat(this.group.outcome(this.group.erin, spouse)).isEqualTo("NEEDS_DETERMINATION");
		assertThat(this.group.outcome(this.group.erin, parent)).isEqualTo("PERMITTED");
		assertThat(this.group.read(this.group.erin, parent)
			.<List<String>>read("$.data.node.evaluation.findings[*].comparison")).anySatisfy(
					(c) -> assertThat(c).contains("Pat Employee (parent) is not a close relative in the Code's sense"));
	}

	@Test
	void theBoardsDeterminationThatAnotherActivityIsAConflictBecomesARuleOfTheTenant() {
		String directors = this.group.submitted(this.group.dana,
				Map.of("kind", "OTHER_ACTIVITY", "description", "A crypto mining rig in my home office"));
		String employees = this.group.submitted(this.group.erin,
				Map.of("kind", "OTHER_ACTIVITY", "description", "Weekend Crypto Mining with friends"));
		assertThat(this.group.outcome(this.group.erin, employees)).isEqualTo("NEEDS_DETERMINATION");

		var refused = this.group.determine(this.group.carol,
				Map.of("disclosureId", employees, "decision", "CONFLICT", "reasons", "Uses Company power", "tenantRule",
						Map.of("title", "Crypto mining", "terms", List.of("crypto mining"))));
		assertThat(refused.<List<String>>read("$.data.disclosureDetermine.userErrors[*].code"))
			.as("only the Board makes rules")
			.containsExactly("NOT_ALLOWED");

		var determined = this.group.determine(this.group.bo,
				Map.of("disclosureId", directors, "decision", "CONFLICT", "reasons",
						"Mining uses the Company's power and network", "tenantRule",
						Map.of("title", "Mining crypto-currency", "terms", List.of("crypto mining", "bitcoin"))));
		assertThat(determined.<List<String>>read("$.data.disclosureDetermine.conflictRule.terms"))
			.containsExactly("crypto mining", "bitcoin");

		var after = this.group.read(this.group.erin, employees);
		assertThat(after.<String>read("$.data.node.evaluation.outcome")).isEqualTo("PROHIBITED");
		assertThat(after.<String>read("$.data.node.evaluation.trigger")).isEqualTo("TENANT_RULE_DECLARED");
		assertThat(after.<List<String>>read("$.data.node.evaluation.findings[*].tenantRule.title"))
			.containsExactly("Mining crypto-currency");
		String later = this.group.submitted(this.group.sam,
				Map.of("kind", "OTHER_ACTIVITY", "description", "I run a Bitcoin node"));
		assertThat(this.group.outcome(this.group.sam, later)).isEqualTo("PROHIBITED");
		var rules = this.api.post(this.group.bo, "{ conflictRules { edges { node { title } } } }");
		assertThat(rules.<List<String>>read("$.data.conflictRules.edges[*].node.title"))
			.containsExactly("Mining crypto-currency");
	}

	@Test
	void aCertificationExceptionOfAnExecutiveOfficerIsADisclosureForTheBoardAndConfirmationsAreKeptPerYear() {
		String carolId = GlobalId.localIdOf(this.group.people.get("Carol Cfo"), "Person").orElseThrow();
		var opened = SystemActor.callAs(this.group.de, EnumSet.of(Role.TENANT_ADMIN, Role.CFO_CAO),
				() -> this.disclosures.openFromCertificationException(carolId,
						"My brother-in-law consults for one of our auditors"));
		assertThat(opened.isSuccess()).as(opened.userErrors().toString()).isTrue();
		assertThat(opened.value().determiner()).isEqualTo(Determiner.BOARD);
		assertThat(opened.value().source()).isEqualTo(Disclosure.FROM_CERTIFICATION_EXCEPTION);
		assertThat(opened.value().evaluation().outcome()).isEqualTo(ConflictOutcome.NEEDS_DETERMINATION);
		String global = GlobalId.encode("Disclosure", opened.value().id());
		assertThat(this.group.read(this.group.bo, global).<String>read("$.data.node.determiner")).isEqualTo("BOARD");
		assertThat(this.group.read(this.group.kim, global).<Object>readOrNull("$.data.node"))
			.as("the CFO/CAO does not see it")
			.isNull();

		boolean beforeConfirming = confirmed(carolId, 2026);
		SystemActor.runAs(this.group.de, EnumSet.of(Role.TENANT_ADMIN),
				() -> this.disclosures.confirmCurrent(carolId, 2026));
		boolean afterConfirming = confirmed(carolId, 2026);
		this.clock.advance(Duration.ofDays(1));
		this.group.submitted(this.group.carol, Map.of("kind", "OTHER_ACTIVITY", "description", "A new directorship"));

		assertThat(beforeConfirming).isFalse();
		assertThat(afterConfirming).isTrue();
		assertThat(confirmed(carolId, 2026)).as("a disclosure since the confirmation").isFalse();
		assertThat(confirmed(carolId, 2025)).isFalse();
	}

	@Test
	void aPageOfDisclosuresCostsTheSameCommandsWhateverItsSize() {
		String supplier = this.group.counterparty("Pagination AG", List.of("SUPPLIER"), "PUBLICLY_HELD", "1000000");
		for (int i = 0; i < 12; i++) {
			this.group.submitted((i % 2 == 0) ? this.group.erin : this.group.sam, Map.of("kind", "FINANCIAL_INTEREST",
					"counterpartyId", supplier, "percentOfOutstandingShares", String.valueOf(i)));
		}
		String page = """
				query($first: Int) { disclosures(first: $first) { edges { node { id discloser { displayName }
				  counterparty { name } evaluation { outcome findings { clause tenantRule { title } } } } } } }""";
		this.commands.reset();
		var small = this.api.post(this.group.carol, page, Map.of("first", 3));
		int forThree = this.commands.tenantCommands("conduct_t_").size();
		this.commands.reset();
		var large = this.api.post(this.group.carol, page, Map.of("first", 12));
		int forTwelve = this.commands.tenantCommands("conduct_t_").size();

		assertThat(small.<List<?>>read("$.data.disclosures.edges")).hasSize(3);
		assertThat(large.<List<String>>read("$.data.disclosures.edges[*].node.discloser.displayName")).hasSize(12);
		System.out.printf("Disclosure page: %d commands for 3, %d for 12: %s%n", forThree, forTwelve,
				this.commands.tenantCommandTargets("conduct_t_"));
		// the caller's entry, the page, the group's counterparties, every person the page
		// names, one audit write naming every disclosure listed
		assertThat(forTwelve).isEqualTo(forThree).isLessThanOrEqualTo(5);
		assertThat(this.commands.tenantCommandTargets("conduct_t_")).filteredOn((c) -> c.endsWith("audit_log"))
			.hasSize(1);
	}

	private boolean confirmed(String personId, int year) {
		return SystemActor.callAs(this.group.de, EnumSet.of(Role.TENANT_ADMIN),
				() -> this.disclosures.confirmedCurrent(personId, year));
	}

	private GraphQlHttp.Response declare(String personId, String relation, String name, String relativePersonId) {
		var variables = new java.util.HashMap<String, Object>(Map.of("p", personId, "r", relation, "n", name));
		variables.put("rp", relativePersonId);
		var response = this.api.post(this.group.erin, """
				mutation($p: ID!, $r: Relation!, $n: String!, $rp: ID) {
				  personRelativeDeclare(input: {personId: $p, relation: $r, name: $n, relativePersonId: $rp}) {
				    person { id } userErrors { code message } } }""", variables);
		assertThat(response.<List<?>>read("$.data.personRelativeDeclare.userErrors")).as(response.body()).isEmpty();
		return response;
	}

	private String personId(String name) {
		return GlobalId.localIdOf(this.group.people.get(name), "Person").orElseThrow();
	}

	private List<String> outboxRecipients(String kind) {
		return TenantContext.callAs(this.group.de,
				() -> this.tenantData.getCollection("notification_outbox")
					.find(new Document("kind", kind))
					.map((d) -> d.getString("recipientPersonId"))
					.into(new java.util.ArrayList<>()));
	}

}
