package io.conduct.people;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory as each caller sees it: employees a minimal directory of their tenant,
 * administrators everything of theirs, nobody anything of another tenant; supervisors
 * without cycles; relatives as the Code defines them.
 */
@ConductIntegrationTest
class PeopleDirectoryTests {

	private static final String PEOPLE = """
			query($first: Int, $after: String, $filter: PeopleFilter) {
			  people(first: $first, after: $after, filter: $filter) {
			    edges { cursor node { id displayName title email employeeNumber supervisor { displayName } } }
			    pageInfo { hasNextPage hasPreviousPage endCursor }
			  } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	Relatives relatives;

	@Autowired
	AuditTrail auditTrail;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String adminToken;

	String erinToken;

	@BeforeEach
	void directory() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("dir"));
		this.adminToken = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		// the token's e-mail is <subject>@<tenant>.test: erin signs in and is linked by
		// it
		this.erinToken = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		String erinEmail = "erin@" + this.tenant.key() + ".test";
		var imported = Imports.run(this.api, this.adminToken, Imports.HEADER + """
				L1,Lee,Lead,lee@example.org,EXECUTIVE_OFFICER,Head of Finance,Finance,,2020-01-01,,
				E1,Erin,Employee,%s,EMPLOYEE,Analyst,Finance,L1,2024-01-15,,
				E2,Eli,Employee,eli@example.org,EMPLOYEE,Analyst,Finance,L1,2024-02-01,,
				E3,Emma,Other,emma@example.org,OFFICER,Controller,Finance,L1,2023-05-01,,
				""".formatted(erinEmail));
		assertThat(imported.<Integer>read("$.data.personImport.created")).isEqualTo(4);
	}

	@Test
	void employeesSeeNamesAndTitlesOnlyAndTheirOwnEntryInFull() {
		var own = this.api.post(this.erinToken, "{ viewer { person { displayName email employeeNumber } } }");
		var directory = this.api.post(this.erinToken, PEOPLE, Map.of("first", 10));

		assertThat(own.<String>read("$.data.viewer.person.employeeNumber")).isEqualTo("E1");
		assertThat(directory.<List<String>>read("$.data.people.edges[*].node.displayName"))
			.containsExactly("Eli Employee", "Erin Employee", "Lee Lead", "Emma Other");
		assertThat(directory.<List<String>>read("$.data.people.edges[*].node.title")).contains("Head of Finance");
		assertThat(directory
			.<List<Object>>read("$.data.people.edges[?(@.node.displayName != 'Erin Employee')].node.email"))
			.containsOnlyNulls();
		assertThat(directory
			.<List<Object>>read("$.data.people.edges[?(@.node.displayName != 'Erin Employee')].node.supervisor"))
			.containsOnlyNulls();
		assertThat(own.<String>read("$.data.viewer.person.displayName")).isEqualTo("Erin Employee");
	}

	@Test
	void employeesCannotTraceReportingLinesThroughFilters() {
		String lee = idOf("lee");

		var filtered = this.api.post(this.erinToken, PEOPLE, Map.of("filter", Map.of("supervisorId", lee)));
		var byAdmin = this.api.post(this.adminToken, PEOPLE, Map.of("filter", Map.of("supervisorId", lee)));

		assertThat(filtered.<List<String>>read("$.data.people.edges[*].node.displayName")).hasSize(4);
		assertThat(byAdmin.<List<String>>read("$.data.people.edges[*].node.displayName")).hasSize(3)
			.doesNotContain("Lee Lead");
	}

	@Test
	void anAccountIsLinkedToItsEntryOnlyByAVerifiedEmail() {
		String email = "eli@example.org";
		String unverified = TestIssuer.get()
			.tokenWithClaims(this.tenant.key(), "mallory", Map.of("email", email, "email_verified", false),
					Role.EMPLOYEE);

		var viewer = this.api.post(unverified, "{ viewer { person { displayName } } }");

		assertThat(viewer.<Object>read("$.data.viewer.person")).isNull();
	}

	@Test
	void aVeryLongNameFilterIsABadRequestNotAServerError() {
		var response = this.api.post(this.erinToken, PEOPLE, Map.of("filter", Map.of("name", "x".repeat(101))));

		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void administratorsSeeEverythingOfTheirTenant() {
		var directory = this.api.post(this.adminToken, PEOPLE, Map.of("first", 10));

		assertThat(directory.<List<String>>read("$.data.people.edges[*].node.email")).containsExactly("eli@example.org",
				"erin@" + this.tenant.key() + ".test", "lee@example.org", "emma@example.org");
		assertThat(directory.<List<String>>read("$.data.people.edges[*].node.supervisor.displayName"))
			.containsOnly("Lee Lead");
	}

	@Test
	void nobodySeesAnotherTenantsPeopleEvenWithTheirIds() {
		Tenant other = TestTenants.register(this.registry, TestTenants.uniqueKey("other"));
		String otherAdmin = TestIssuer.get().token(other.key(), "admin", Role.TENANT_ADMIN);
		String leeId = this.api.post(this.adminToken, PEOPLE, Map.of("filter", Map.of("name", "lee")))
			.read("$.data.people.edges[0].node.id");

		var people = this.api.post(otherAdmin, PEOPLE, Map.of("first", 10));
		var person = this.api.post(otherAdmin, "query($id: ID!) { person(id: $id) { displayName } }",
				Map.of("id", leeId));
		var node = this.api.post(otherAdmin, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", leeId));

		assertThat(people.<List<?>>read("$.data.people.edges")).isEmpty();
		assertThat(person.<Object>read("$.data.person")).isNull();
		assertThat(node.<Object>read("$.data.node")).isNull();
		assertThat(person.body() + node.body()).doesNotContain("Lee");
	}

	@Test
	void pagesFollowTheirCursorsAndFiltersNarrowThem() {
		var first = this.api.post(this.adminToken, PEOPLE, Map.of("first", 2));
		var second = this.api.post(this.adminToken, PEOPLE,
				Map.of("first", 2, "after", first.read("$.data.people.pageInfo.endCursor")));
		var officers = this.api.post(this.adminToken, PEOPLE, Map.of("filter", Map.of("type", "OFFICER")));
		var byName = this.api.post(this.adminToken, PEOPLE, Map.of("filter", Map.of("name", "Emm")));
		var badCursor = this.api.post(this.adminToken, PEOPLE, Map.of("after", "%%%"));

		assertThat(first.<Boolean>read("$.data.people.pageInfo.hasNextPage")).isTrue();
		assertThat(first.<List<String>>read("$.data.people.edges[*].node.displayName")).containsExactly("Eli Employee",
				"Erin Employee");
		assertThat(second.<List<String>>read("$.data.people.edges[*].node.displayName")).containsExactly("Lee Lead",
				"Emma Other");
		assertThat(second.<Boolean>read("$.data.people.pageInfo.hasNextPage")).isFalse();
		assertThat(second.<Boolean>read("$.data.people.pageInfo.hasPreviousPage")).isTrue();
		assertThat(officers.<List<String>>read("$.data.people.edges[*].node.displayName"))
			.containsExactly("Emma Other");
		assertThat(byName.<List<String>>read("$.data.people.edges[*].node.displayName")).containsExactly("Emma Other");
		assertThat(badCursor.firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void supervisorChainsCannotLoop() {
		String lee = idOf("lee");
		String erin = idOf("erin");
		String assign = """
				mutation($p: ID!, $s: ID) { personSupervisorAssign(input: {personId: $p, supervisorId: $s}) {
				  person { supervisor { displayName } } userErrors { field code } } }""";

		var loop = this.api.post(this.adminToken, assign, Map.of("p", lee, "s", erin));
		var self = this.api.post(this.adminToken, assign, Map.of("p", erin, "s", erin));

		assertThat(loop.<String>read("$.data.personSupervisorAssign.userErrors[0].code")).isEqualTo("CYCLE");
		assertThat(self.<String>read("$.data.personSupervisorAssign.userErrors[0].code")).isEqualTo("CYCLE");
	}

	@Test
	void aPersonDeclaresRelativesAsTheCodeDefinesThem() {
		String erin = this.api.post(this.erinToken, "{ viewer { person { id } } }").read("$.data.viewer.person.id");
		String eli = idOf("eli");
		String emma = idOf("emma");
		String declare = """
				mutation($p: ID!, $r: Relation!, $n: String!, $rp: ID) {
				  personRelativeDeclare(input: {personId: $p, relation: $r, name: $n, relativePersonId: $rp}) {
				    person { relatives { relation closeRelative name person { displayName } } } userErrors { field code } } }""";

		var spouse = this.api.post(this.erinToken, declare, Map.of("p", erin, "r", "SPOUSE", "n", "Eli", "rp", eli));
		var sibling = this.api.post(this.erinToken, declare, Map.of("p", erin, "r", "SIBLING", "n", "Sib"));
		var forSomeoneElse = this.api.post(this.erinToken, declare, Map.of("p", emma, "r", "PARENT", "n", "P"));

		assertThat(spouse.<List<?>>read("$.data.personRelativeDeclare.userErrors")).isEmpty();
		assertThat(sibling.<List<Boolean>>read("$.data.personRelativeDeclare.person.relatives[*].closeRelative"))
			.containsExactly(true, false);
		assertThat(sibling.<String>read("$.data.personRelativeDeclare.person.relatives[0].person.displayName"))
			.isEqualTo("Eli Employee");
		assertThat(forSomeoneElse.<String>read("$.data.personRelativeDeclare.userErrors[0].code"))
			.isEqualTo("NOT_FOUND");
		boolean family = SystemActor.callAs(this.tenant, java.util.Set.of(Role.EMPLOYEE),
				() -> this.relatives.areImmediateFamily(GlobalId.localIdOf(eli, "Person").orElseThrow(),
						GlobalId.localIdOf(erin, "Person").orElseThrow()));
		assertThat(family).isTrue();
	}

	@Test
	void aDeclaredRelativeIsANodeForThePersonAndAdministratorsOnlyAndIsRemovedByItsId() {
		String erin = this.api.post(this.erinToken, "{ viewer { person { id } } }").read("$.data.viewer.person.id");
		var declared = this.api.post(this.erinToken, """
				mutation($p: ID!) { personRelativeDeclare(input: {personId: $p, relation: PARENT, name: "Pat"}) {
				  relative { id name relation } userErrors { code } } }""", Map.of("p", erin));
		String relativeId = declared.read("$.data.personRelativeDeclare.relative.id");
		String node = "query($id: ID!) { node(id: $id) { ... on Relative { name closeRelative } } }";
		String eliToken = TestIssuer.get()
			.tokenWithClaims(this.tenant.key(), "eli", Map.of("email", "eli@example.org", "email_verified", true),
					Role.EMPLOYEE);
		String remove = """
				mutation($r: ID!) { personRelativeRemove(input: {relativeId: $r}) {
				  person { relatives { name } } removedRelativeId userErrors { field code } } }""";

		assertThat(declared.<String>read("$.data.personRelativeDeclare.relative.name")).isEqualTo("Pat");
		assertThat(this.api.post(this.erinToken, node, Map.of("id", relativeId)).<String>read("$.data.node.name"))
			.isEqualTo("Pat");
		assertThat(this.api.post(this.adminToken, node, Map.of("id", relativeId))
			.<Boolean>read("$.data.node.closeRelative")).isFalse();
		assertThat(this.api.post(eliToken, node, Map.of("id", relativeId)).<Object>read("$.data.node")).isNull();
		var byEli = this.api.post(eliToken, remove, Map.of("r", relativeId));
		assertThat(byEli.<String>read("$.data.personRelativeRemove.userErrors[0].code")).isEqualTo("NOT_FOUND");
		assertThat(byEli.<List<String>>read("$.data.personRelativeRemove.userErrors[0].field")).containsExactly("input",
				"relativeId");
		var removed = this.api.post(this.erinToken, remove, Map.of("r", relativeId));
		assertThat(removed.<List<?>>read("$.data.personRelativeRemove.userErrors")).isEmpty();
		assertThat(removed.<String>read("$.data.personRelativeRemove.removedRelativeId")).isEqualTo(relativeId);
		assertThat(removed.<List<?>>read("$.data.personRelativeRemove.person.relatives")).isEmpty();
		assertThat(this.api.post(this.erinToken, node, Map.of("id", relativeId)).<Object>read("$.data.node")).isNull();
	}

	@Test
	void offboardedPeopleLeaveTheDirectoryButKeepTheirRecord() {
		String eli = idOf("eli");

		var offboarded = this.api.post(this.adminToken,
				"mutation($id: ID!) { personOffboard(input: {personId: $id}) { person { status } userErrors { code } } }",
				Map.of("id", eli));
		var employeeView = this.api.post(this.erinToken, PEOPLE, Map.of("first", 10));
		var adminView = this.api.post(this.adminToken, PEOPLE, Map.of("filter", Map.of("status", "OFFBOARDED")));

		assertThat(offboarded.<String>read("$.data.personOffboard.person.status")).isEqualTo("OFFBOARDED");
		assertThat(employeeView.<List<String>>read("$.data.people.edges[*].node.displayName"))
			.doesNotContain("Eli Employee");
		assertThat(adminView.<List<String>>read("$.data.people.edges[*].node.displayName"))
			.containsExactly("Eli Employee");
		var audit = TenantContext.callAs(this.tenant,
				() -> this.auditTrail.findByTarget("Person", GlobalId.localIdOf(eli, "Person").orElseThrow()));
		assertThat(audit).first().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("person.offboard");
			assertThat(entry.actorSubject()).isEqualTo("admin");
			assertThat(entry.actorTenant()).isEqualTo(this.tenant.key());
		});
	}

	@Test
	void updatesAreValidatedFieldByField() {
		String eli = idOf("eli");
		String update = """
				mutation($input: PersonUpdateInput!) { personUpdate(input: $input) {
				  person { email } userErrors { field code } } }""";

		var invalid = this.api.post(this.adminToken, update, Map.of("input", Map.of("personId", eli, "givenName", "Eli",
				"familyName", "E".repeat(101), "email", "nope", "type", "EMPLOYEE", "locale", "xx-!!")));
		var taken = this.api.post(this.adminToken, update, Map.of("input", Map.of("personId", eli, "givenName", "Eli",
				"familyName", "Employee", "email", "lee@example.org", "type", "EMPLOYEE")));

		assertThat(invalid.<List<List<String>>>read("$.data.personUpdate.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("input", "familyName"), List.of("input", "email"),
					List.of("input", "locale"));
		assertThat(taken.<String>read("$.data.personUpdate.userErrors[0].code")).isEqualTo("TAKEN");
	}

	private String idOf(String name) {
		return this.api.post(this.adminToken, PEOPLE, Map.of("filter", Map.of("name", name)))
			.read("$.data.people.edges[0].node.id");
	}

}
