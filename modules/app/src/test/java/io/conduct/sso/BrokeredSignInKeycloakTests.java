package io.conduct.sso;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.people.RoleReconciliation;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.OnboardedRealm;
import io.conduct.tenants.Onboarding;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestKeycloak;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real Keycloak, end to end: a second realm stands in for the subsidiary's
 * provider (Keycloak brokering Keycloak over OpenID Connect), connected by the tenant's
 * administrator and approved by the operator. Its people sign in to the tenant through
 * the broker as a browser does, and a first sign-in links them to their directory entry
 * by an address the provider says is verified, never by one it does not.
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokeredSignInKeycloakTests {

	static final String VIEWER = "{ viewer { subject email roles person { id displayName } } }";

	@Autowired
	TenantRegistry registry;

	@Autowired
	RoleReconciliation reconciliation;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	OnboardedRealm realm;

	BrokeredSignIn corp;

	String admin;

	String provider;

	@BeforeAll
	void anApprovedProviderAndTheDirectory() {
		this.api = new GraphQlHttp(this.port);
		this.realm = OnboardedRealm.onboard(this.api, this.registry, "broker");
		this.admin = this.realm.token("first-admin");
		this.corp = BrokeredSignIn.provider(this.realm.issuer(), "corp");
		this.corp.person("alice.archer", this.realm.email("alice"), true, "Alice", "Archer", Map.of());
		// claims bob's address, which the provider has not verified
		this.corp.person("mallory", this.realm.email("bob"), false, "Mal", "Lory", Map.of());
		// the provider's "bob" is not the tenant's bob: a username never links
		this.corp.person("bob", "nina@corp.example", true, "Nina", "New", Map.of());
		this.realm.createPerson(this.admin, "alice", "Alice", "Archer", "EMPLOYEE", List.of("EMPLOYEE"));
		this.realm.enrol("alice");
		this.realm.createPerson(this.admin, "bob", "Bob", "Baker", "EMPLOYEE", List.of("EMPLOYEE"));
		// carol never followed her enrolment e-mail: she signs in through the provider
		// only
		this.corp.person("carol.cole", this.realm.email("carol"), true, "Carol", "Cole", Map.of());
		this.realm.createPerson(this.admin, "carol", "Carol", "Cole", "EMPLOYEE", List.of("EMPLOYEE"));
		this.realm.enrol("bob");
		this.corp.person("sam.super", "sam@corp.example", true, "Sam", "Super", Map.of());
		this.corp.person("sal.sales", "sal@corp.example", true, "Sal", "Sales", Map.of());
		this.corp.group("Supervisors", "sam.super");
		this.corp.group("Sales", "sal.sales");
		var connected = this.api.post(this.admin, """
				mutation($i: IdentityProviderOidcConnectInput!) { identityProviderOidcConnect(input: $i) {
				  identityProvider { id } userErrors { code message } } }""",
				Map.of("i",
						Map.of("alias", "corp", "displayName", "Corp sign-in", "discoveryUrl", this.corp.discoveryUrl(),
								"clientId", "conduct-broker", "clientSecret", this.corp.clientSecret())));
		assertThat(connected.<List<?>>read("$.data.identityProviderOidcConnect.userErrors")).as(connected.body())
			.isEmpty();
		this.provider = connected.read("$.data.identityProviderOidcConnect.identityProvider.id");
		var approved = this.api.post(Onboarding.operatorToken(this.registry),
				"mutation($p: ID!) { identityProviderApprove(input: {identityProviderId: $p}) { userErrors { code } } }",
				Map.of("p", connected.read("$.data.identityProviderOidcConnect.identityProvider.id")));
		assertThat(approved.<List<?>>read("$.data.identityProviderApprove.userErrors")).as(approved.body()).isEmpty();
	}

	@Test
	void aVerifiedAddressLinksTheFirstSignInToThePersonsDirectoryEntry() {
		BrokeredSignIn.Outcome signIn = this.corp.signIn("alice.archer");
		assertThat(signIn.outcome()).as(signIn.detail()).isEqualTo("CODE");

		var viewer = this.api.post(signIn.accessToken(), VIEWER);
		assertThat(viewer.<String>read("$.data.viewer.person.displayName")).as(viewer.body()).isEqualTo("Alice Archer");
		assertThat(viewer.<String>read("$.data.viewer.person.id"))
			.isEqualTo(this.realm.personId(this.admin, "Alice Archer"));
		assertThat(viewer.<List<String>>read("$.data.viewer.roles")).containsExactly("EMPLOYEE");
		UserRepresentation alice = localUser("alice");
		assertThat(viewer.<String>read("$.data.viewer.subject")).isEqualTo(alice.getId());
		assertThat(federatedIdentities(alice)).extracting(FederatedIdentityRepresentation::getIdentityProvider)
			.containsExactly("corp");

		BrokeredSignIn.Outcome again = this.corp.signIn("alice.archer");
		assertThat(again.outcome()).as("signs in again without a question").isEqualTo("CODE");
		assertThat(this.api.post(again.accessToken(), VIEWER).<String>read("$.data.viewer.subject"))
			.isEqualTo(alice.getId());
	}

	@Test
	void aPersonWhoNeverEnrolledSignsInThroughTheProviderWithoutBeingAskedToVerifyTheirAddressOrChooseAPassword() {
		BrokeredSignIn.Outcome signIn = this.corp.signIn("carol.cole");
		assertThat(signIn.outcome()).as(signIn.detail()).isEqualTo("CODE");

		var viewer = this.api.post(signIn.accessToken(), VIEWER);
		assertThat(viewer.<String>read("$.data.viewer.person.displayName")).as(viewer.body()).isEqualTo("Carol Cole");
		UserRepresentation carol = localUser("carol");
		assertThat(viewer.<String>read("$.data.viewer.subject")).isEqualTo(carol.getId());
		assertThat(carol.getRequiredActions()).as("nothing is pending").isEmpty();
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			assertThat(keycloak.realm(this.realm.key()).users().get(carol.getId()).credentials())
				.as("no local password was made up for her")
				.isEmpty();
		}
		assertThat(this.corp.signIn("carol.cole").outcome()).as("and again").isEqualTo("CODE");
		assertThat(localUser("carol").isEmailVerified()).as("the provider's verification is recorded").isTrue();

		// dave is entered after the provider was approved, and never enrols either
		this.corp.person("dave.dunn", this.realm.email("dave"), true, "Dave", "Dunn", Map.of());
		this.realm.createPerson(this.admin, "dave", "Dave", "Dunn", "EMPLOYEE", List.of("EMPLOYEE"));
		assertThat(localUser("dave").getRequiredActions()).isEmpty();
		BrokeredSignIn.Outcome dave = this.corp.signIn("dave.dunn");
		assertThat(dave.outcome()).as(dave.detail()).isEqualTo("CODE");
		assertThat(this.api.post(dave.accessToken(), VIEWER).<String>read("$.data.viewer.person.displayName"))
			.isEqualTo("Dave Dunn");

		// whoever wants a local password still gets one from their enrolment e-mail, and
		// proves their address with it
		this.realm.createPerson(this.admin, "erin", "Erin", "Evans", "EMPLOYEE", List.of("EMPLOYEE"));
		assertThat(this.api.post(this.realm.token("erin"), VIEWER).<String>read("$.data.viewer.person.displayName"))
			.isEqualTo("Erin Evans");
		assertThat(localUser("erin").isEmailVerified()).isTrue();
	}

	@Test
	void aFirstSignInWithAnotherAddressLinksByTheProvidersEmployeeNumberAndANumberNoProviderVouchesForLinksNothing() {
		// frank is in the directory as E-1042 and never enrolled; his provider knows him
		// by
		// another address
		createWithNumber("frank", "Frank", "Fox", "E-1042");
		this.corp.person("frank.fox", "frank.fox@corp.example", true, "Frank", "Fox",
				Map.of("employee_number", List.of("E-1042")));
		String entryAccount = localUser("frank").getId();

		BrokeredSignIn.Outcome signIn = this.corp.signIn("frank.fox");
		assertThat(signIn.outcome()).as(signIn.detail()).isEqualTo("CODE");
		var viewer = this.api.post(signIn.accessToken(), VIEWER);
		assertThat(viewer.<String>read("$.data.viewer.person.displayName")).as(viewer.body()).isEqualTo("Frank Fox");
		assertThat(viewer.<String>read("$.data.viewer.person.id"))
			.isEqualTo(this.realm.personId(this.admin, "Frank Fox"));
		assertThat(viewer.<String>read("$.data.viewer.subject")).isNotEqualTo(entryAccount);
		assertThat(localUser("frank").isEnabled()).as("the unused account of the entry gives way").isFalse();
		var again = this.api.post(this.corp.signIn("frank.fox").accessToken(), VIEWER);
		assertThat(again.<String>read("$.data.viewer.person.displayName")).isEqualTo("Frank Fox");
		assertThat(again.<List<String>>read("$.data.viewer.roles")).as("the entry's roles followed")
			.containsExactly("EMPLOYEE");

		// hank is E-2000; a local account carries that number (set by a Keycloak
		// administrator: its holder cannot set it) and signs in with its password
		createWithNumber("hank", "Hank", "Hill", "E-2000");
		String local = localAccount("harry", "harry@elsewhere.example", Map.of("employeeNumber", List.of("E-2000")));
		String token = TestKeycloak.get()
			.passwordGrant(this.realm.key(), "conduct-web", "harry", BrokeredSignIn.PASSWORD);
		assertThat(claims(token)).as("the number is in the token").contains("\"employee_number\":\"E-2000\"");
		var harry = this.api.post(token, VIEWER);
		assertThat(harry.<Object>read("$.data.viewer.person")).as(harry.body()).isNull();
		assertThat(localUser("hank").isEnabled()).as("hank's entry keeps its account").isTrue();
		assertThat(harry.<String>read("$.data.viewer.subject")).isEqualTo(local);
	}

	private void createWithNumber(String username, String givenName, String familyName, String number) {
		var created = this.api.post(this.admin, OnboardedRealm.CREATE_PERSON,
				Map.of("input",
						Map.of("givenName", givenName, "familyName", familyName, "email", this.realm.email(username),
								"username", username, "type", "EMPLOYEE", "roles", List.of("EMPLOYEE"),
								"employeeNumber", number)));
		assertThat(created.<List<?>>read("$.data.personCreate.userErrors")).as(created.body()).isEmpty();
	}

	private String localAccount(String username, String email, Map<String, List<String>> attributes) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEmail(email);
		user.setEmailVerified(true);
		user.setFirstName("Harry");
		user.setLastName("Local");
		user.setEnabled(true);
		user.setAttributes(attributes);
		org.keycloak.representations.idm.CredentialRepresentation password = new org.keycloak.representations.idm.CredentialRepresentation();
		password.setType("password");
		password.setValue(BrokeredSignIn.PASSWORD);
		password.setTemporary(false);
		user.setCredentials(List.of(password));
		try (Keycloak keycloak = TestKeycloak.get().adminClient();
				var response = keycloak.realm(this.realm.key()).users().create(user)) {
			return org.keycloak.admin.client.CreatedResponseUtil.getCreatedId(response);
		}
	}

	private static String claims(String jwt) {
		return new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anUnverifiedAddressIsRefusedAndLinksToNobody() {
		BrokeredSignIn.Outcome signIn = this.corp.signIn("mallory");
		assertThat(signIn.outcome()).as(signIn.detail()).isNotEqualTo("CODE");
		assertThat(signIn.token()).isEmpty();

		assertThat(federatedIdentities(localUser("bob"))).as("bob's account is not linked to the provider").isEmpty();
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			assertThat(keycloak.realm(this.realm.key()).users().search("Lory", 0, 10)).as("no account was made either")
				.isEmpty();
		}
	}

	@Test
	void aVerifiedAddressNobodyInTheDirectoryHasGetsAnAccountWithNoEntryAndNoRoleEvenWithALocalUsername() {
		BrokeredSignIn.Outcome signIn = this.corp.signIn("bob");
		assertThat(signIn.outcome()).as(signIn.detail()).isEqualTo("CODE");

		var viewer = this.api.post(signIn.accessToken(), VIEWER);
		assertThat(viewer.<Object>read("$.data.viewer.person")).as(viewer.body()).isNull();
		assertThat(viewer.<List<String>>read("$.data.viewer.roles")).isEmpty();
		var people = this.api.post(signIn.accessToken(), "{ people(first: 5) { edges { node { id } } } }");
		assertThat(people.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(federatedIdentities(localUser("bob"))).as("the tenant's bob is not linked").isEmpty();
		assertThat(viewer.<String>read("$.data.viewer.subject")).isNotEqualTo(localUser("bob").getId());
	}

	@Test
	void aMappedGroupGivesItsRoleAnUnmappedOneNothingAndHandlerRolesAreNeverMappable() {
		var handler = setGroupRoles(this.admin, Map.of("group", "Supervisors", "role", "SUPERVISOR"),
				Map.of("group", "Board", "role", "BOARD"), Map.of("group", "Admins", "role", "TENANT_ADMIN"));
		assertThat(handler.<List<String>>read("$.data.identityProviderGroupRolesSet.userErrors[*].code"))
			.as(handler.body())
			.containsExactly("ROLE_NOT_MAPPABLE", "ROLE_NOT_MAPPABLE");
		assertThat(handler.<List<List<String>>>read("$.data.identityProviderGroupRolesSet.userErrors[*].field"))
			.containsExactly(List.of("input", "mappings", "1", "role"), List.of("input", "mappings", "2", "role"));
		assertThat(roleMappers()).as("nothing was set").isEmpty();
		var byEmployee = setGroupRoles(this.realm.token("alice"), Map.of("group", "Supervisors", "role", "SUPERVISOR"));
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");

		var mapped = setGroupRoles(this.admin, Map.of("group", "Supervisors", "role", "SUPERVISOR"));
		assertThat(mapped.<List<?>>read("$.data.identityProviderGroupRolesSet.userErrors")).as(mapped.body()).isEmpty();
		assertThat(
				mapped.<List<String>>read("$.data.identityProviderGroupRolesSet.identityProvider.groupRoles[*].role"))
			.containsExactly("SUPERVISOR");
		assertThat(roleMappers()).hasSize(1);

		BrokeredSignIn.Outcome sam = this.corp.signIn("sam.super");
		assertThat(sam.outcome()).as(sam.detail()).isEqualTo("CODE");
		assertThat(this.api.post(sam.accessToken(), VIEWER).<List<String>>read("$.data.viewer.roles"))
			.containsExactly("SUPERVISOR");
		BrokeredSignIn.Outcome sal = this.corp.signIn("sal.sales");
		assertThat(sal.outcome()).as(sal.detail()).isEqualTo("CODE");
		assertThat(this.api.post(sal.accessToken(), VIEWER).<List<String>>read("$.data.viewer.roles"))
			.as("an unmapped group gives nothing")
			.isEmpty();

		// the directory's reconciliation leaves the provider's roles, and takes any other
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			RealmResource realm = keycloak.realm(this.realm.key());
			String salId = this.api.post(sal.accessToken(), VIEWER).read("$.data.viewer.subject");
			realm.users()
				.get(salId)
				.roles()
				.realmLevel()
				.add(List.of(realm.roles().get("SPOKESPERSON").toRepresentation()));
		}
		SystemActor.callAs(this.registry.findByKey(this.realm.key()).orElseThrow(), EnumSet.of(Role.TENANT_ADMIN),
				this.reconciliation::reconcile);
		assertThat(this.api.post(this.corp.signIn("sam.super").accessToken(), VIEWER)
			.<List<String>>read("$.data.viewer.roles")).containsExactly("SUPERVISOR");
		assertThat(realmRoles(this.api.post(sal.accessToken(), VIEWER).read("$.data.viewer.subject")))
			.as("a role given by hand is taken")
			.doesNotContain("SPOKESPERSON");
		assertThat(realmRoles(this.api.post(sam.accessToken(), VIEWER).read("$.data.viewer.subject")))
			.contains("SUPERVISOR");
	}

	private List<String> realmRoles(String subject) {
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			return keycloak.realm(this.realm.key())
				.users()
				.get(subject)
				.roles()
				.realmLevel()
				.listAll()
				.stream()
				.map((r) -> r.getName())
				.toList();
		}
	}

	private GraphQlHttp.Response setGroupRoles(String token, Map<?, ?>... mappings) {
		return this.api.post(token, """
				mutation($i: IdentityProviderGroupRolesSetInput!) { identityProviderGroupRolesSet(input: $i) {
				  identityProvider { groupRoles { group role } } userErrors { field code message } } }""",
				Map.of("i", Map.of("identityProviderId", this.provider, "mappings", List.of(mappings))));
	}

	private List<String> roleMappers() {
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			return keycloak.realm(this.realm.key())
				.identityProviders()
				.get("corp")
				.getMappers()
				.stream()
				.filter((m) -> m.getIdentityProviderMapper().contains("role"))
				.map((m) -> m.getConfig().get("role"))
				.toList();
		}
	}

	private UserRepresentation localUser(String username) {
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			return keycloak.realm(this.realm.key()).users().searchByUsername(username, true).get(0);
		}
	}

	private List<FederatedIdentityRepresentation> federatedIdentities(UserRepresentation user) {
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			RealmResource realm = keycloak.realm(this.realm.key());
			return realm.users().get(user.getId()).getFederatedIdentity();
		}
	}

}
