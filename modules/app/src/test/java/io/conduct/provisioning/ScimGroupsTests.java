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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCIM Groups over real HTTP against the real Keycloak, driven by Entra ID's and Okta's
 * documented request sequences. The tenant maps its groups to roles once, with
 * {@code identityProviderGroupRolesSet} on a SAML provider connected from real metadata;
 * after each step the directory's roles, and where they come from, are checked.
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScimGroupsTests {

	static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

	static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

	static final String ROLES = """
			{ node(id: "%s") { ... on Person { roles roleSources { role direct groups } } } }""";

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

	@BeforeAll
	void tenantWithAMappingAndACredential() {
		this.api = new GraphQlHttp(this.port);
		this.scim = new ScimHttp(this.port);
		this.realm = OnboardedRealm.onboard(this.api, this.registry, "scimgroup");
		this.admin = this.realm.token("first-admin");
		var connected = this.api.post(this.admin, """
				mutation($i: IdentityProviderSamlConnectInput!) { identityProviderSamlConnect(input: $i) {
				  identityProvider { id } userErrors { field code message } } }""",
				Map.of("i", Map.of("alias", "hr-saml", "displayName", "HR SAML", "metadataUrl",
						TestKeycloak.get().issuerFor(this.realm.key()) + "/protocol/saml/descriptor")));
		assertThat(connected.<List<?>>read("$.data.identityProviderSamlConnect.userErrors")).as(connected.body())
			.isEmpty();
		var mapped = this.api.post(this.admin, """
				mutation($i: IdentityProviderGroupRolesSetInput!) { identityProviderGroupRolesSet(input: $i) {
				  userErrors { field code message } } }""",
				Map.of("i", Map.<String, Object>of("identityProviderId",
						connected.<String>read("$.data.identityProviderSamlConnect.identityProvider.id"), "mappings",
						List.of(Map.of("group", "Team leads", "role", "SUPERVISOR"),
								Map.of("group", "Team leads DE", "role", "SUPERVISOR"),
								Map.of("group", "Press", "role", "SPOKESPERSON"),
								Map.of("group", "Okta leads", "role", "SUPERVISOR")))));
		assertThat(mapped.<List<?>>read("$.data.identityProviderGroupRolesSet.userErrors")).as(mapped.body()).isEmpty();
		var issued = this.api.post(this.admin,
				"mutation { scimTokenIssue(input: {label: \"Entra ID\"}) { secret userErrors { code } } }");
		this.secret = issued.read("$.data.scimTokenIssue.secret");
	}

	@Test
	@Order(1)
	void entraIdsGroupSequenceGivesAndTakesTheMappedRole() {
		String key = this.realm.key();
		String alice = user("alice");
		var none = this.scim.get(this.secret, key, "Groups?excludedAttributes=members&filter="
				+ java.net.URLEncoder.encode("displayName eq \"Team leads\"", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(none.status()).as(none.body()).isEqualTo(200);
		assertThat(none.<Integer>read("$.totalResults")).isZero();

		var created = this.scim.send(this.secret, key, "POST", "Groups", """
				{"schemas":["%s"],"externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159","displayName":"Team leads",
				 "members":[]}""".formatted(GROUP), Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String group = created.read("$.id");
		assertThat(created.etag()).isEqualTo(created.<String>read("$.meta.version"));
		assertThat(created.<String>read("$.meta.location")).endsWith("/scim/v2/" + key + "/Groups/" + group);
		assertThat(roles(alice)).containsExactly("EMPLOYEE");

		var added = patch(group, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + alice + "\"}]}",
				created.etag());
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		assertThat(added.etag()).isNotEqualTo(created.etag());
		assertThat(added.<List<String>>read("$.members[*].value")).containsExactly(alice);
		assertThat(added.<List<String>>read("$.members[*].display")).containsExactly("Alice Test");
		assertThat(roles(alice)).containsExactlyInAnyOrder("EMPLOYEE", "SUPERVISOR");
		var sources = person(alice);
		assertThat(sources.<List<String>>read("$.data.node.roleSources[?(@.role == 'SUPERVISOR')].groups[*]"))
			.containsExactly("Team leads");
		assertThat(sources.<List<Boolean>>read("$.data.node.roleSources[?(@.role == 'SUPERVISOR')].direct"))
			.containsExactly(false);
		assertThat(sources.<List<Boolean>>read("$.data.node.roleSources[?(@.role == 'EMPLOYEE')].direct"))
			.containsExactly(true);

		var found = this.scim.get(this.secret, key, "Groups?excludedAttributes=members&filter="
				+ java.net.URLEncoder.encode("displayName eq \"team leads\"", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(found.<Integer>read("$.totalResults")).isEqualTo(1);
		assertThat(found.<String>read("$.Resources[0].id")).isEqualTo(group);
		assertThat(found.body()).doesNotContain("\"members\"");
		assertThat(this.scim.get(this.secret, key, "Groups/" + group + "?excludedAttributes=members").body())
			.doesNotContain("\"members\"");
		assertThat(
				this.scim.send(this.secret, key, "GET", "Groups/" + group, null, Map.of("If-None-Match", added.etag()))
					.status())
			.isEqualTo(304);

		var renamedStale = patch(group, "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"X\"}",
				created.etag());
		assertThat(renamedStale.status()).as("an old version is refused").isEqualTo(412);

		var removed = patch(group, "{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + alice + "\\\"]\"}", null);
		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		assertThat(removed.<List<?>>read("$.members")).isEmpty();
		assertThat(roles(alice)).containsExactly("EMPLOYEE");

		List<AuditEntry> trail = TenantContext.callAs(this.registry.findByKey(key).orElseThrow(),
				() -> this.audit.findByTarget("Person", alice));
		assertThat(trail).filteredOn((e) -> e.action().startsWith("person.role."))
			.extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("person.role.grant", "person.role.revoke");
		assertThat(trail).filteredOn((e) -> e.action().startsWith("person.role."))
			.allSatisfy((e) -> assertThat(e.actorSubject()).startsWith("scim:"))
			.allSatisfy((e) -> assertThat(e.details()).containsEntry("throughGroup", "Team leads")
				.containsEntry("role", "SUPERVISOR"));

		// Entra ID's other form of removal, and deleting the group
		patch(group, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + alice + "\"}]}", null);
		assertThat(roles(alice)).contains("SUPERVISOR");
		var removedByValue = patch(group,
				"{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + alice + "\"}]}", null);
		assertThat(removedByValue.status()).as(removedByValue.body()).isEqualTo(200);
		assertThat(roles(alice)).containsExactly("EMPLOYEE");
		patch(group, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + alice + "\"}]}", null);
		assertThat(this.scim.send(this.secret, key, "DELETE", "Groups/" + group, null, Map.of()).status())
			.isEqualTo(204);
		assertThat(this.scim.get(this.secret, key, "Groups/" + group).status()).isEqualTo(404);
		assertThat(roles(alice)).as("a deleted group gives nothing").containsExactly("EMPLOYEE");
	}

	@Test
	void oktasSequenceRenamesReplacesAndPagesAndAnUnmappedGroupGivesNothing() {
		String key = this.realm.key();
		String carol = user("carol");
		String dave = user("dave");
		var created = this.scim.send(this.secret, key, "POST", "Groups", """
				{"schemas":["%s"],"displayName":"Okta Everyone","members":[{"value":"%s","display":"Carol Test"}]}"""
			.formatted(GROUP, carol), Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String group = created.read("$.id");
		assertThat(roles(carol)).as("a name the tenant has not mapped gives no role").containsExactly("EMPLOYEE");

		// Okta: PATCH replace without a path renames; the new name's role is given
		var renamed = patch(group,
				"{\"op\":\"replace\",\"value\":{\"id\":\"" + group + "\",\"displayName\":\"Press\"}}", null);
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.<String>read("$.displayName")).isEqualTo("Press");
		assertThat(roles(carol)).containsExactlyInAnyOrder("EMPLOYEE", "SPOKESPERSON");

		// Okta: add and remove members
		var added = patch(group,
				"{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + dave + "\",\"display\":\"Dave\"}]}",
				null);
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		assertThat(roles(dave)).contains("SPOKESPERSON");
		var removed = patch(group, "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + carol + "\\\"]\"}", null);
		assertThat(roles(carol)).containsExactly("EMPLOYEE");

		// Okta: PUT replaces the whole group, here with a name that gives another role
		var put = this.scim.send(this.secret, key, "PUT", "Groups/" + group, """
				{"schemas":["%s"],"id":"%s","displayName":"Okta leads","members":[{"value":"%s"}]}""".formatted(GROUP,
				group, dave), Map.of("If-Match", removed.etag()));
		assertThat(put.status()).as(put.body()).isEqualTo(200);
		assertThat(roles(dave)).containsExactlyInAnyOrder("EMPLOYEE", "SUPERVISOR");
		assertThat(person(dave).<List<String>>read("$.data.node.roleSources[?(@.role == 'SUPERVISOR')].groups[*]"))
			.containsExactly("Okta leads");

		var second = this.scim.send(this.secret, key, "POST", "Groups",
				"{\"schemas\":[\"%s\"],\"displayName\":\"Okta Contractors\"}".formatted(GROUP), Map.of());
		assertThat(second.status()).isEqualTo(201);
		var first = this.scim.get(this.secret, key, "Groups?startIndex=1&count=1");
		var next = this.scim.get(this.secret, key, "Groups?startIndex=2&count=1");
		assertThat(first.<Integer>read("$.itemsPerPage")).isEqualTo(1);
		assertThat(first.<Integer>read("$.totalResults")).isGreaterThanOrEqualTo(2);
		assertThat(next.<Integer>read("$.startIndex")).isEqualTo(2);
		assertThat(next.<String>read("$.Resources[0].id")).isNotEqualTo(first.<String>read("$.Resources[0].id"));
	}

	@Test
	void aRoleStaysWhileAnyGroupGivesItAndARoleGrantedInConductNeverGoes() {
		String key = this.realm.key();
		String erin = user("erin");
		String frank = user("frank");
		String leads = group("Team leads", erin, frank);
		String leadsDe = group("Team leads DE", erin);
		assertThat(roles(erin)).contains("SUPERVISOR");
		patch(leads, "{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + erin + "\\\"]\"}", null);
		assertThat(roles(erin)).as("the other group still gives it").contains("SUPERVISOR");
		patch(leadsDe, "{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + erin + "\\\"]\"}", null);
		assertThat(roles(erin)).as("the last group lost her").containsExactly("EMPLOYEE");

		// an administrator grants Frank the role the group gave him: it is his now
		var granted = this.api.post(this.admin,
				"mutation($p: ID!) { personRoleGrant(input: {personId: $p, role: SUPERVISOR}) { userErrors { code } } }",
				Map.of("p", GlobalId.encode("Person", frank)));
		assertThat(granted.<List<?>>read("$.data.personRoleGrant.userErrors")).as(granted.body()).isEmpty();
		assertThat(person(frank).<List<Boolean>>read("$.data.node.roleSources[?(@.role == 'SUPERVISOR')].direct"))
			.containsExactly(true);
		patch(leads, "{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + frank + "\\\"]\"}", null);
		assertThat(roles(frank)).as("granted in Conduct: kept").contains("SUPERVISOR");
	}

	@Test
	void badMembersAndAttributesAreRefusedWithScimErrorsAndNothingIsWritten() {
		String key = this.realm.key();
		String gina = user("gina");
		String group = group("Team leads " + "bad", gina);
		String etag = this.scim.get(this.secret, key, "Groups/" + group).etag();

		var noSuch = patch(group, "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"no-such-person\"}]}",
				null);
		assertThat(noSuch.status()).as(noSuch.body()).isEqualTo(400);
		assertThat(noSuch.<String>read("$.scimType")).isEqualTo("invalidValue");
		String adminId = GlobalId
			.localIdOf(
					this.realm
						.personId(this.admin,
								this.api.post(this.admin, "{ viewer { person { displayName } } }")
									.read("$.data.viewer.person.displayName")),
					"Person")
			.orElseThrow();
		var notProvisioned = patch(group,
				"{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + adminId + "\"}]}", null);
		assertThat(notProvisioned.status()).as(notProvisioned.body()).isEqualTo(400);
		assertThat(notProvisioned.<String>read("$.scimType")).isEqualTo("invalidValue");
		var unknownPath = patch(group, "{\"op\":\"Replace\",\"path\":\"owners\",\"value\":\"x\"}", null);
		assertThat(unknownPath.status()).isEqualTo(400);
		assertThat(unknownPath.<String>read("$.scimType")).isEqualTo("invalidPath");
		var noName = patch(group, "{\"op\":\"Remove\",\"path\":\"displayName\"}", null);
		assertThat(noName.<String>read("$.scimType")).isEqualTo("mutability");
		assertThat(this.scim.get(this.secret, key, "Groups/" + group).etag()).as("nothing refused was written")
			.isEqualTo(etag);

		var unknown = this.scim.send(this.secret, key, "POST", "Groups",
				"{\"schemas\":[\"%s\"],\"displayName\":\"Owners\",\"owner\":\"x\"}".formatted(GROUP), Map.of());
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.<String>read("$.scimType")).isEqualTo("invalidSyntax");
		var taken = this.scim.send(this.secret, key, "POST", "Groups",
				"{\"schemas\":[\"%s\"],\"displayName\":\"TEAM LEADS BAD\"}".formatted(GROUP), Map.of());
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.<String>read("$.scimType")).isEqualTo("uniqueness");
		var badFilter = this.scim.get(this.secret, key, "Groups?filter=members%20pr");
		assertThat(badFilter.<String>read("$.scimType")).isEqualTo("invalidFilter");
		var tooLarge = this.scim.send(this.secret, key, "POST", "Groups",
				"{\"schemas\":[\"%s\"],\"displayName\":\"%s\"}".formatted(GROUP, "x".repeat(70_000)), Map.of());
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(this.scim.get(this.secret, key, "Groups?filter=displayName%20eq%20%22Owners%22")
			.<Integer>read("$.totalResults")).isZero();
		assertThat(roles(gina)).containsExactly("EMPLOYEE");

		// the user is deactivated as Entra ID sends it: offboarding takes the group's
		// role
		// too, and the group keeps her as a member
		String lead = group("Team leads", gina);
		assertThat(roles(gina)).contains("SUPERVISOR");
		var deactivated = this.scim.send(this.secret, key, "PATCH", "Users/" + gina,
				"{\"schemas\":[\"%s\"],\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}"
					.formatted(PATCH),
				Map.of());
		assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
		assertThat(this.scim.get(this.secret, key, "Groups/" + lead).<List<String>>read("$.members[*].value"))
			.contains(gina);
	}

	private String group(String name, String... members) {
		var existing = this.scim.get(this.secret, this.realm.key(), "Groups?filter=" + java.net.URLEncoder
			.encode("displayName eq \"" + name + "\"", java.nio.charset.StandardCharsets.UTF_8));
		StringBuilder list = new StringBuilder();
		for (String member : members) {
			list.append(list.isEmpty() ? "" : ",").append("{\"value\":\"").append(member).append("\"}");
		}
		if (existing.<Integer>read("$.totalResults") > 0) {
			String id = existing.read("$.Resources[0].id");
			var added = patch(id, "{\"op\":\"add\",\"path\":\"members\",\"value\":[" + list + "]}", null);
			assertThat(added.status()).as(added.body()).isEqualTo(200);
			return id;
		}
		var created = this.scim.send(this.secret, this.realm.key(), "POST", "Groups",
				"{\"schemas\":[\"%s\"],\"displayName\":\"%s\",\"members\":[%s]}".formatted(GROUP, name, list),
				Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.read("$.id");
	}

	private ScimHttp.Response patch(String group, String operation, String ifMatch) {
		return this.scim.send(this.secret, this.realm.key(), "PATCH", "Groups/" + group,
				"{\"schemas\":[\"%s\"],\"Operations\":[%s]}".formatted(PATCH, operation),
				(ifMatch != null) ? Map.of("If-Match", ifMatch) : Map.of());
	}

	private String user(String username) {
		var created = this.scim.send(this.secret, this.realm.key(), "POST", "Users",
				"""
						{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
						 "name":{"givenName":"%s","familyName":"Test"},
						 "emails":[{"primary":true,"type":"work","value":"%s"}]}""".formatted(username,
						Character.toUpperCase(username.charAt(0)) + username.substring(1), this.realm.email(username)),
				Map.of());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.read("$.id");
	}

	private List<String> roles(String personId) {
		var response = person(personId);
		List<String> roles = response.read("$.data.node.roles");
		assertThat(roles).as(response.body()).isNotNull();
		return roles;
	}

	private GraphQlHttp.Response person(String personId) {
		return this.api.post(this.admin, ROLES.formatted(GlobalId.encode("Person", personId)));
	}

}
