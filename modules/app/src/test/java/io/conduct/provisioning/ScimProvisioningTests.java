package io.conduct.provisioning;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.OnboardedRealm;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCIM 2.0 provisioning over real HTTP, against the real Keycloak (each person created
 * gets an account in the tenant's realm), driven the way Entra ID's and Okta's
 * provisioning clients drive it (their documented request sequences): look the user up by
 * filter, create, get by filter, patch attributes, deactivate, delete.
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScimProvisioningTests {

	static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	static final String PERSON = """
			{ node(id: "%s") { ... on Person { displayName title department employeeNumber status roles
			  supervisor { displayName } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	ScimHttp scim;

	OnboardedRealm realm;

	String admin;

	String secret;

	OnboardedRealm other;

	String otherAdmin;

	String otherSecret;

	/**
	 * Two tenants, each with a credential, shared by the tests (onboarding takes a
	 * while): each test provisions people of its own names; the credential and budget
	 * tests use the second tenant.
	 */
	@BeforeAll
	void tenantsWithACredential() {
		this.api = new GraphQlHttp(this.port);
		this.scim = new ScimHttp(this.port);
		this.realm = OnboardedRealm.onboard(this.api, this.registry, "scim");
		this.admin = this.realm.token("first-admin");
		this.secret = issue(this.admin);
		this.other = OnboardedRealm.onboard(this.api, this.registry, "scimb");
		this.otherAdmin = this.other.token("first-admin");
		this.otherSecret = issue(this.otherAdmin);
	}

	private String issue(String administrator) {
		var issued = this.api.post(administrator,
				"mutation { scimTokenIssue(input: {label: \"Entra ID provisioning\"}) { secret scimCredential { id label hint basePath } userErrors { code } } }");
		assertThat(issued.<List<?>>read("$.data.scimTokenIssue.userErrors")).as(issued.body()).isEmpty();
		assertThat(issued.<String>read("$.data.scimTokenIssue.scimCredential.basePath")).startsWith("/scim/v2/");
		return issued.read("$.data.scimTokenIssue.secret");
	}

	@Test
	void entraIdsSequenceCreatesFindsPatchesDeactivatesAndDeletes() {
		String key = this.realm.key();
		var none = this.scim.filter(this.secret, key, "userName eq \"alice@" + key + ".example\"");
		assertThat(none.status()).as(none.body()).isEqualTo(200);
		assertThat(none.<Integer>read("$.totalResults")).isZero();
		assertThat(none.<List<?>>read("$.Resources")).isEmpty();

		var created = this.scim.send(this.secret, key, "POST", "Users", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
				 "externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef","userName":"alice@%s.example","active":true,
				 "displayName":"Alice Archer","title":"Analyst",
				 "emails":[{"primary":true,"type":"work","value":"alice@%s.example"}],
				 "name":{"formatted":"Alice Archer","familyName":"Archer","givenName":"Alice"},
				 "preferredLanguage":"de-DE",
				 "%s":{"employeeNumber":"E-1001","department":"Finance"}}""".formatted(ENTERPRISE, key, key,
				ENTERPRISE), Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.read("$.id");
		assertThat(created.etag()).isEqualTo(created.<String>read("$.meta.version"));
		assertThat(created.<String>read("$.meta.location")).endsWith("/scim/v2/" + key + "/Users/" + id);
		assertThat(created.<String>read("$.['" + ENTERPRISE + "'].employeeNumber")).isEqualTo("E-1001");

		var found = this.scim.filter(this.secret, key, "userName eq \"alice@" + key + ".example\"");
		assertThat(found.<Integer>read("$.totalResults")).isEqualTo(1);
		assertThat(found.<String>read("$.Resources[0].id")).isEqualTo(id);
		assertThat(found.<String>read("$.Resources[0].externalId")).isEqualTo("0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef");
		assertThat(this.scim.filter(this.secret, key, "externalId eq \"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\"")
			.<Integer>read("$.totalResults")).isEqualTo(1);

		// Entra ID: capitalised op, a path-less value object with dotted names, and a
		// filtered path
		var patched = this.scim.send(this.secret, key, "PATCH", "Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
				 {"op":"Replace","value":{"name.givenName":"Alicia","title":"Lead Analyst"}},
				 {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"alicia@%s.example"},
				 {"op":"Add","path":"%s:department","value":"Treasury"}]}""".formatted(key, ENTERPRISE),
				Map.of("If-Match", created.etag()));
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		assertThat(patched.<String>read("$.name.givenName")).isEqualTo("Alicia");
		assertThat(patched.<String>read("$.emails[0].value")).isEqualTo("alicia@" + key + ".example");
		assertThat(patched.etag()).isNotEqualTo(created.etag());
		var person = person(id);
		assertThat(person.<String>read("$.data.node.displayName")).isEqualTo("Alicia Archer");
		assertThat(person.<String>read("$.data.node.title")).isEqualTo("Lead Analyst");
		assertThat(person.<String>read("$.data.node.department")).isEqualTo("Treasury");
		assertThat(person.<List<String>>read("$.data.node.roles")).containsExactly("EMPLOYEE");
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			UserRepresentation account = keycloak.realm(key)
				.users()
				.searchByUsername("alice@" + key + ".example", true)
				.get(0);
			assertThat(account.getEmail()).as("the realm's account follows").isEqualTo("alicia@" + key + ".example");
			assertThat(account.getFirstName()).isEqualTo("Alicia");
		}

		// Entra ID deactivates with the string "False"
		var deactivated = this.scim.send(this.secret, key, "PATCH", "Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""", Map.of());
		assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
		assertThat(deactivated.<Boolean>read("$.active")).isFalse();
		assertThat(person(id).<String>read("$.data.node.status")).isEqualTo("OFFBOARDED");

		var deleted = this.scim.send(this.secret, key, "DELETE", "Users/" + id, null, Map.of());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.scim.get(this.secret, key, "Users/" + id).status()).isEqualTo(404);
		assertThat(this.scim.filter(this.secret, key, "userName eq \"alice@" + key + ".example\"")
			.<Integer>read("$.totalResults")).isZero();
		// records kept: the directory entry stays, offboarded
		assertThat(person(id).<String>read("$.data.node.displayName")).isEqualTo("Alicia Archer");

		List<AuditEntry> trail = TenantContext.callAs(this.registry.findByKey(key).orElseThrow(),
				() -> this.audit.findByTarget("Person", id));
		assertThat(trail).extracting(AuditEntry::action)
			.contains("person.create", "scim.user.create", "person.update", "scim.user.patch", "person.offboard",
					"scim.user.delete");
		assertThat(trail).allSatisfy((entry) -> assertThat(entry.actorSubject()).startsWith("scim:"));
		AuditEntry attributes = trail.stream()
			.filter((e) -> e.action().equals("scim.user.patch") && e.details().containsKey("title:before"))
			.findFirst()
			.orElseThrow();
		assertThat(attributes.details()).containsEntry("title:before", "Analyst")
			.containsEntry("title:after", "Lead Analyst")
			.containsEntry("givenName:before", "Alice")
			.containsEntry("givenName:after", "Alicia");
	}

	@Test
	void oktasSequenceCreatesGetsReplacesAndDeactivates() {
		String key = this.realm.key();
		assertThat(this.scim.filter(this.secret, key, "userName eq \"bob@" + key + ".example\"")
			.<Integer>read("$.totalResults")).isZero();
		var created = this.scim.send(this.secret, key, "POST", "Users", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bob@%s.example",
				 "name":{"givenName":"Bob","familyName":"Baker"},
				 "emails":[{"primary":true,"value":"bob@%s.example","type":"work"}],
				 "displayName":"Bob Baker","locale":"en-US","externalId":"00u1abcd","active":true}""".formatted(key,
				key), Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.read("$.id");
		var got = this.scim.get(this.secret, key, "Users/" + id);
		assertThat(got.<String>read("$.userName")).isEqualTo("bob@" + key + ".example");
		assertThat(got.<String>read("$.locale")).isEqualTo("en-US");

		String put = """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"%s","userName":"bob@%s.example",
				 "name":{"givenName":"Bob","familyName":"Brewer"},
				 "emails":[{"primary":true,"value":"bob@%s.example","type":"work"}],"externalId":"00u1abcd","active":true}"""
			.formatted(id, key, key);
		var replaced = this.scim.send(this.secret, key, "PUT", "Users/" + id, put, Map.of("If-Match", got.etag()));
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.<String>read("$.name.familyName")).isEqualTo("Brewer");

		// the version it was based on is gone: the client must read again
		var stale = this.scim.send(this.secret, key, "PUT", "Users/" + id, put, Map.of("If-Match", got.etag()));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(
				this.scim.send(this.secret, key, "GET", "Users/" + id, null, Map.of("If-None-Match", replaced.etag()))
					.status())
			.isEqualTo(304);

		var deactivated = this.scim.send(this.secret, key, "PATCH", "Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"replace","value":{"active":false}}]}""", Map.of());
		assertThat(deactivated.<Boolean>read("$.active")).as(deactivated.body()).isFalse();
		assertThat(person(id).<String>read("$.data.node.status")).isEqualTo("OFFBOARDED");
		// offboarded, not deleted: still listed, inactive
		var listed = this.scim.filter(this.secret, key, "emails.value eq \"bob@" + key + ".example\"");
		assertThat(listed.<Boolean>read("$.Resources[0].active")).isFalse();
		// reactivation is for an administrator to decide
		var reactivated = this.scim.send(this.secret, key, "PATCH", "Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"replace","path":"active","value":true}]}""", Map.of());
		assertThat(reactivated.status()).isEqualTo(400);
		assertThat(reactivated.<String>read("$.scimType")).isEqualTo("mutability");
	}

	@Test
	void managersMapToSupervisorsAndACycleIsRefusedWithNothingWritten() {
		String key = this.realm.key();
		String boss = create("carol", null).read("$.id");
		var report = create("dave", boss);
		String dave = report.read("$.id");
		assertThat(report.<String>read("$.['" + ENTERPRISE + "'].manager.value")).isEqualTo(boss);
		assertThat(person(dave).<String>read("$.data.node.supervisor.displayName")).isEqualTo("Carol Test");

		// Entra ID sends the manager as a plain string
		var cycle = this.scim.send(this.secret, key, "PATCH", "Users/" + boss, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
				 {"op":"Replace","path":"title","value":"Chief"},
				 {"op":"Add","path":"%s:manager","value":"%s"}]}""".formatted(ENTERPRISE, dave), Map.of());
		assertThat(cycle.status()).as(cycle.body()).isEqualTo(400);
		assertThat(cycle.<String>read("$.scimType")).isEqualTo("invalidValue");
		assertThat(cycle.<String>read("$.detail")).contains("cycle");
		var unchanged = this.scim.get(this.secret, key, "Users/" + boss);
		assertThat(unchanged.etag()).isEqualTo(this.scim.get(this.secret, key, "Users/" + boss).etag());
		assertThat(person(boss).<String>read("$.data.node.title")).isNull();
		assertThat(person(boss).<Object>read("$.data.node.supervisor")).isNull();

		var noSuchManager = create("erin", "no-such-person");
		assertThat(noSuchManager.status()).isEqualTo(400);
		assertThat(noSuchManager.<String>read("$.scimType")).isEqualTo("invalidValue");
		assertThat(this.scim.filter(this.secret, key, "userName eq \"erin\"").<Integer>read("$.totalResults")).isZero();

		var removed = this.scim.send(this.secret, key, "PATCH", "Users/" + dave, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
				 {"op":"Remove","path":"%s:manager"}]}""".formatted(ENTERPRISE), Map.of());
		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		assertThat(person(dave).<Object>read("$.data.node.supervisor")).isNull();
	}

	@Test
	void badInputGetsScimErrorsAndNothingIsStored() {
		String key = this.realm.key();
		var unknown = this.scim.send(this.secret, key, "POST", "Users", body("frank", ",\"nickName\":\"Frankie\""),
				Map.of());
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.<String>read("$.scimType")).isEqualTo("invalidSyntax");
		assertThat(unknown.<List<String>>read("$.schemas"))
			.containsExactly("urn:ietf:params:scim:api:messages:2.0:Error");
		assertThat(unknown.<String>read("$.status")).isEqualTo("400");

		var roles = this.scim.send(this.secret, key, "POST", "Users",
				body("frank", ",\"roles\":[{\"value\":\"CFO_CAO\"}]"), Map.of());
		assertThat(roles.status()).isEqualTo(400);
		assertThat(roles.<String>read("$.scimType")).isEqualTo("mutability");
		assertThat(this.scim.filter(this.secret, key, "userName eq \"frank\"").<Integer>read("$.totalResults"))
			.isZero();

		String id = create("gina", null).read("$.id");
		var patchRoles = this.scim.send(this.secret, key, "PATCH", "Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
				 {"op":"add","path":"roles","value":[{"value":"TENANT_ADMIN"}]}]}""", Map.of());
		assertThat(patchRoles.status()).isEqualTo(400);
		var unknownPath = this.scim.send(this.secret, key, "PATCH", "Users/" + id, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
				 {"op":"replace","path":"title","value":"Half"},{"op":"replace","path":"nickName","value":"G"}]}""",
				Map.of());
		assertThat(unknownPath.status()).isEqualTo(400);
		assertThat(unknownPath.<String>read("$.scimType")).isEqualTo("invalidPath");
		assertThat(person(id).<String>read("$.data.node.title")).as("no operation of a refused PATCH applies").isNull();
		assertThat(person(id).<List<String>>read("$.data.node.roles")).containsExactly("EMPLOYEE");

		var tooLarge = this.scim.send(this.secret, key, "POST", "Users",
				body("hank", ",\"title\":\"" + "x".repeat(70_000) + "\""), Map.of());
		assertThat(tooLarge.status()).isEqualTo(413);
		var notJson = this.scim.send(this.secret, key, "POST", "Users", "{\"userName\":", Map.of());
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.<String>read("$.scimType")).isEqualTo("invalidSyntax");
		var badFilter = this.scim.filter(this.secret, key, "title co \"x\"");
		assertThat(badFilter.status()).isEqualTo(400);
		assertThat(badFilter.<String>read("$.scimType")).isEqualTo("invalidFilter");
		var taken = this.scim.send(this.secret, key, "POST", "Users", body("gina", ""), Map.of());
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.<String>read("$.scimType")).isEqualTo("uniqueness");
	}

	@Test
	void listsPageByStartIndexAndCountAndAClientPagingThroughSeesEveryoneOnce() {
		String key = this.realm.key();
		String ivan = create("ivan", null).read("$.id");
		String jane = create("jane", null).read("$.id");
		String gone = create("kurt", null).read("$.id");
		assertThat(this.scim.send(this.secret, key, "DELETE", "Users/" + gone, null, Map.of()).status()).isEqualTo(204);
		List<String> seen = new java.util.ArrayList<>();
		int start = 1;
		long total;
		do {
			var page = this.scim.get(this.secret, key, "Users?startIndex=" + start + "&count=2");
			assertThat(page.<Integer>read("$.startIndex")).isEqualTo(start);
			assertThat(page.<Integer>read("$.itemsPerPage")).isLessThanOrEqualTo(2);
			seen.addAll(page.<List<String>>read("$.Resources[*].id"));
			total = page.<Integer>read("$.totalResults");
			start += 2;
		}
		while (start <= total);
		assertThat(seen).doesNotHaveDuplicates().contains(ivan, jane).doesNotContain(gone);
		assertThat(seen.size()).isGreaterThanOrEqualTo(5); // the founders and the two
		assertThat(this.scim.get(this.secret, key, "Users?count=0").<List<?>>read("$.Resources")).isEmpty();
		assertThat(this.scim.get(this.secret, key, "ServiceProviderConfig").<Boolean>read("$.patch.supported"))
			.isTrue();
		assertThat(this.scim.get(this.secret, key, "ResourceTypes").<String>read("$.Resources[0].endpoint"))
			.isEqualTo("/Users");
	}

	@Test
	void theCredentialIsTheTenantsOwnRotatedAndStoredHashedAndOnlyAdministratorsIssueIt() {
		String key = this.other.key();
		assertThat(this.scim.get(null, key, "Users").status()).isEqualTo(401);
		assertThat(this.scim.get("scim_wrong", key, "Users").status()).isEqualTo(401);
		assertThat(this.scim.get(this.otherAdmin, key, "Users").status()).as("a person's token is no SCIM credential")
			.isEqualTo(401);
		assertThat(this.scim.get(this.secret, key, "Users").status()).as("another tenant's credential").isEqualTo(401);
		assertThat(this.scim.get(this.otherSecret, this.realm.key(), "Users").status()).isEqualTo(401);

		var current = this.api.post(this.otherAdmin, "{ scimCredential { id hint } }");
		String credentialId = current.read("$.data.scimCredential.id");
		assertThat(this.otherSecret).endsWith(current.<String>read("$.data.scimCredential.hint"));
		var again = this.api.post(this.otherAdmin,
				"mutation { scimTokenIssue(input: {label: \"again\"}) { secret userErrors { code } } }");
		assertThat(again.<List<String>>read("$.data.scimTokenIssue.userErrors[*].code")).containsExactly("CONFLICT");

		var rotated = this.api.post(this.otherAdmin,
				"mutation($c: ID!) { scimTokenRotate(input: {scimCredentialId: $c}) { secret scimCredential { id } userErrors { code } } }",
				Map.of("c", credentialId));
		String oldSecret = this.otherSecret;
		String newSecret = rotated.read("$.data.scimTokenRotate.secret");
		this.otherSecret = newSecret;
		assertThat(newSecret).isNotEqualTo(oldSecret);
		assertThat(this.scim.get(oldSecret, key, "Users").status()).as("the old secret").isEqualTo(401);
		assertThat(this.scim.get(newSecret, key, "Users").status()).isEqualTo(200);
		var rotatedAgain = this.api.post(this.otherAdmin,
				"mutation($c: ID!) { scimTokenRotate(input: {scimCredentialId: $c}) { secret userErrors { code } } }",
				Map.of("c", credentialId));
		assertThat(rotatedAgain.<List<String>>read("$.data.scimTokenRotate.userErrors[*].code"))
			.containsExactly("NOT_FOUND");

		StoredScimCredential stored = TenantContext.callAs(this.registry.findByKey(key).orElseThrow(),
				() -> this.mongo.findById(StoredScimCredential.CURRENT, StoredScimCredential.class));
		assertThat(stored.secretHash()).isEqualTo(ScimCredentials.hash(newSecret)).doesNotContain(newSecret);
		List<AuditEntry> trail = TenantContext.callAs(this.registry.findByKey(key).orElseThrow(),
				() -> this.audit.findByTarget(ScimCredential.GRAPHQL_TYPE,
						GlobalId
							.localIdOf(rotated.<String>read("$.data.scimTokenRotate.scimCredential.id"),
									ScimCredential.GRAPHQL_TYPE)
							.orElseThrow()));
		assertThat(trail).extracting(AuditEntry::action).containsExactly("scim.credential.rotate");
		assertThat(trail.get(0).details().values()).noneMatch((v) -> v.contains(newSecret));

		this.other.createPerson(this.otherAdmin, "kim", "Kim", "Employee", "EMPLOYEE", List.of("EMPLOYEE"));
		String employee = this.other.token("kim");
		var refused = this.api.post(employee,
				"mutation { scimTokenIssue(input: {label: \"mine\"}) { secret userErrors { code } } }");
		assertThat(refused.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(refused.body()).doesNotContain("scim_");
		assertThat(this.api.post(employee, "{ scimCredential { hint } }").firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate mongo;

	@Test
	@Order(Integer.MAX_VALUE) // it spends the second tenant's budget
	void eachTenantsClientHasABudgetOfRequests() {
		String key = this.other.key();
		int status = 200;
		int sent = 0;
		while (status != 429 && sent < 200) {
			status = this.scim.get(this.otherSecret, key, "Users?count=1").status();
			sent++;
		}
		assertThat(status).isEqualTo(429);
		// conduct.scim.requests (100) in the tests' settings, less what the credential
		// test
		// spent in this window (more only when a window ended meanwhile)
		assertThat(sent).isGreaterThan(80);
	}

	private ScimHttp.Response create(String username, String managerId) {
		String manager = (managerId != null) ? ",\"" + ENTERPRISE + "\":{\"manager\":{\"value\":\"" + managerId + "\"}}"
				: "";
		var response = this.scim.send(this.secret, this.realm.key(), "POST", "Users", body(username, manager),
				Map.of());
		if (managerId == null || !managerId.startsWith("no-")) {
			assertThat(response.status()).as(response.body()).isEqualTo(201);
		}
		return response;
	}

	private String body(String username, String more) {
		String given = Character.toUpperCase(username.charAt(0)) + username.substring(1);
		return """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],"userName":"%s",
				 "name":{"givenName":"%s","familyName":"Test"},
				 "emails":[{"primary":true,"type":"work","value":"%s"}]%s}""".formatted(ENTERPRISE, username, given,
				this.realm.email(username), more);
	}

	private GraphQlHttp.Response person(String id) {
		return this.api.post(this.admin, PERSON.formatted(GlobalId.encode("Person", id)));
	}

}
