package io.conduct.people;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.OnboardedRealm;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.KeycloakBrowser;
import io.conduct.testsupport.TestKeycloak;
import io.conduct.testsupport.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real Keycloak: a new account's first password never passes through the
 * administrator (no password in any payload; the person chooses theirs from the enrolment
 * e-mail), and accounts are created, never adopted: a username or e-mail address the
 * realm has already is refused, and nothing is stored.
 */
@ConductIntegrationTest
class AccountCreationTests {

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	OnboardedRealm realm;

	String admin;

	@BeforeEach
	void realm() {
		this.api = new GraphQlHttp(this.port);
		this.realm = OnboardedRealm.onboard(this.api, this.registry, "acct");
		this.admin = this.realm.token("first-admin");
	}

	@Test
	void theNewPersonChoosesTheirOwnPasswordFromTheEnrolmentEmail() {
		var created = this.realm.createPerson(this.admin, "nora", "Nora", "New", "EMPLOYEE", List.of("EMPLOYEE"));

		assertThat(created.<Boolean>read("$.data.personCreate.enrolmentEmailSent")).as(created.body()).isTrue();
		assertThat(created.body()).doesNotContainIgnoringCase("password");
		var user = RealmAccounts.user(this.realm.key(), "nora");
		assertThat(user.getRequiredActions()).containsExactlyInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL");
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			assertThat(keycloak.realm(this.realm.key()).users().get(user.getId()).credentials()).isEmpty();
		}
		var mail = TestMail.receivedBy(this.realm.email("nora"));
		assertThat(mail).isNotEmpty();

		// Keycloak's page, in the tenant's language: "Ihr Konto wurde aktualisiert."
		String page = KeycloakBrowser.enrol(TestMail.enrolmentLink(this.realm.email("nora")), "Noras-Own-Passw0rd");

		assertThat(page).contains("kc-info-message");
		assertThat(RealmAccounts.user(this.realm.key(), "nora").getRequiredActions()).isEmpty();
		assertThat(RealmAccounts.user(this.realm.key(), "nora").isEmailVerified()).isTrue();
		String token = TestKeycloak.get().passwordGrant(this.realm.key(), "conduct-web", "nora", "Noras-Own-Passw0rd");
		assertThat(this.api.post(token, "{ viewer { person { displayName } } }")
			.<String>read("$.data.viewer.person.displayName")).isEqualTo("Nora New");
	}

	@Test
	void noPayloadOffersATemporaryPassword() {
		var person = this.api.post(this.admin,
				"mutation { personCreate(input: {givenName: \"X\", familyName: \"Y\", email: \"xy@example.org\", type: EMPLOYEE}) { temporaryPassword } }");
		var tenant = this.api.post(this.admin,
				"mutation($i: TenantOnboardInput!) { tenantOnboard(input: $i) { administratorTemporaryPassword } }",
				Map.of("i", Map.of()));

		assertThat(person.body()).contains("FieldUndefined");
		assertThat(tenant.body()).contains("FieldUndefined");
	}

	@Test
	void anAccountTheRealmHasAlreadyIsRefusedNotAdopted() {
		String strangersId = RealmAccounts.createByHand(this.realm.key(), "mallory", "mallory@example.org");

		var sameEmail = this.realm.createPerson(this.admin, "someone", "Some", "One", "EMPLOYEE", List.of("EMPLOYEE"));
		var byEmail = this.api.post(this.admin, OnboardedRealm.CREATE_PERSON, Map.of("input",
				Map.of("givenName", "Mal", "familyName", "Lory", "email", "mallory@example.org", "type", "EMPLOYEE")));
		var byUsername = this.api.post(this.admin, OnboardedRealm.CREATE_PERSON,
				Map.of("input", Map.of("givenName", "Mal", "familyName", "Lory", "email", "other@example.org",
						"username", "mallory", "type", "EMPLOYEE", "roles", List.of("SUPERVISOR"))));

		assertThat(sameEmail.<List<?>>read("$.data.personCreate.userErrors")).isEmpty();
		assertThat(byEmail.<List<String>>read("$.data.personCreate.userErrors[*].code")).containsExactly("TAKEN");
		assertThat(byEmail.<List<List<String>>>read("$.data.personCreate.userErrors[*].field"))
			.containsExactly(List.of("input", "email"));
		assertThat(byUsername.<List<String>>read("$.data.personCreate.userErrors[*].code")).containsExactly("TAKEN");
		assertThat(byUsername.<List<List<String>>>read("$.data.personCreate.userErrors[*].field"))
			.containsExactly(List.of("input", "username"));
		var people = this.api.post(this.admin, "{ people(first: 100) { edges { node { displayName email } } } }");
		assertThat(people.<List<String>>read("$.data.people.edges[*].node.displayName")).doesNotContain("Mal Lory");
		var stranger = RealmAccounts.user(this.realm.key(), "mallory");
		assertThat(stranger.getId()).isEqualTo(strangersId);
		assertThat(RealmAccounts.roles(this.realm.key(), "mallory")).isEmpty();
		assertThat(TestMail.receivedBy("mallory@example.org")).isEmpty();
	}

	@Test
	void theEnrolmentEmailCanBeSentAgain() {
		String nora = this.realm.createPerson(this.admin, "nora", "Nora", "New", "EMPLOYEE", List.of("EMPLOYEE"))
			.read("$.data.personCreate.person.id");
		int before = TestMail.receivedBy(this.realm.email("nora")).size();

		var sent = this.api.post(this.admin,
				"mutation($p: ID!) { personEnrolmentSend(input: {personId: $p}) { person { displayName } userErrors { code } } }",
				Map.of("p", nora));
		var byEmployee = this.api.post(this.realm.token("nora"),
				"mutation($p: ID!) { personEnrolmentSend(input: {personId: $p}) { person { displayName } } }",
				Map.of("p", nora));

		assertThat(sent.<List<?>>read("$.data.personEnrolmentSend.userErrors")).as(sent.body()).isEmpty();
		assertThat(TestMail.receivedBy(this.realm.email("nora"))).hasSizeGreaterThan(before);
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

}
