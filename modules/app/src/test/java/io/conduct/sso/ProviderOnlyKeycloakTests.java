package io.conduct.sso;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.tenants.OnboardedRealm;
import io.conduct.tenants.Onboarding;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.KeycloakBrowser;
import io.conduct.testsupport.TestKeycloak;
import io.conduct.testsupport.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real Keycloak: once its provider is approved, a tenant signs in through it
 * only. Local passwords are refused, in the sign-in form and the password grant, but the
 * first administrator's, kept for break-glass; and it goes back.
 */
@ConductIntegrationTest
class ProviderOnlyKeycloakTests {

	static final String SET = """
			mutation($i: IdentityProviderOnlySetInput!) { identityProviderOnlySet(input: $i) {
			  identityProvider { providerOnly } localPasswordsRemoved userErrors { field code } } }""";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void onlyTheBreakGlassAdministratorKeepsALocalPasswordOnceTheApprovedProviderIsTheOnlyWayIn() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		OnboardedRealm realm = OnboardedRealm.onboard(api, this.registry, "only");
		String admin = realm.token("first-admin");
		realm.createPerson(admin, "erin", "Erin", "Evans", "EMPLOYEE", List.of("EMPLOYEE"));
		realm.enrol("erin");
		BrokeredSignIn corp = BrokeredSignIn.provider(realm.issuer(), "corp");
		corp.person("erin.evans", realm.email("erin"), true, "Erin", "Evans", Map.of());
		var connected = api.post(admin, """
				mutation($i: IdentityProviderOidcConnectInput!) { identityProviderOidcConnect(input: $i) {
				  identityProvider { id } userErrors { code } } }""",
				Map.of("i", Map.of("alias", "corp", "displayName", "Corp", "discoveryUrl", corp.discoveryUrl(),
						"clientId", "conduct-broker", "clientSecret", corp.clientSecret())));
		String provider = connected.read("$.data.identityProviderOidcConnect.identityProvider.id");

		var early = api.post(admin, SET, Map.of("i", Map.of("identityProviderId", provider, "providerOnly", true)));
		assertThat(early.<List<String>>read("$.data.identityProviderOnlySet.userErrors[*].code")).as(early.body())
			.containsExactly("PROVIDER_NOT_APPROVED");
		assertThat(password(realm, "erin")).as("nothing changed").isTrue();

		api.post(Onboarding.operatorToken(this.registry),
				"mutation($p: ID!) { identityProviderApprove(input: {identityProviderId: $p}) { userErrors { code } } }",
				Map.of("p", provider));
		var byEmployee = api.post(realm.token("erin"), SET,
				Map.of("i", Map.of("identityProviderId", provider, "providerOnly", true)));
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
		var only = api.post(admin, SET, Map.of("i", Map.of("identityProviderId", provider, "providerOnly", true)));
		assertThat(only.<List<?>>read("$.data.identityProviderOnlySet.userErrors")).as(only.body()).isEmpty();
		assertThat(only.<Boolean>read("$.data.identityProviderOnlySet.identityProvider.providerOnly")).isTrue();
		assertThat(only.<Integer>read("$.data.identityProviderOnlySet.localPasswordsRemoved"))
			.as("erin's password is deleted, the break-glass administrator's kept")
			.isEqualTo(1);
		assertThat(passwordCredentials(realm, "erin")).isZero();
		assertThat(passwordCredentials(realm, "first-admin")).isOne();

		assertThat(corp.signInPage()).as("the sign-in page goes straight to the provider")
			.contains("/realms/" + corp.realm() + "/");
		assertThat(password(realm, "erin")).as("the employee's password grant is refused").isFalse();
		// break-glass: an empty kc_idp_hint skips the redirect to the provider
		assertThat(KeycloakBrowser
			.signIn(realm.issuer(), "conduct-web", BrokeredSignIn.REDIRECT, "erin", OnboardedRealm.PASSWORD,
					Map.of("kc_idp_hint", ""))
			.outcome()).as("and so is the sign-in form").isNotEqualTo("CODE");
		assertThat(KeycloakBrowser
			.signIn(realm.issuer(), "conduct-web", BrokeredSignIn.REDIRECT, "first-admin", OnboardedRealm.PASSWORD,
					Map.of("kc_idp_hint", ""))
			.outcome()).as("the break-glass administrator passes the password form (then their second factor)")
			.isIn("CODE", "CONFIGURE_TOTP", "OTP");
		assertThat(password(realm, "first-admin")).as("the break-glass administrator's works").isTrue();
		BrokeredSignIn.Outcome throughProvider = corp.signIn("erin.evans");
		assertThat(throughProvider.outcome()).as(throughProvider.detail()).isEqualTo("CODE");

		var back = api.post(admin, SET, Map.of("i", Map.of("identityProviderId", provider, "providerOnly", false)));
		assertThat(back.<List<?>>read("$.data.identityProviderOnlySet.userErrors")).as(back.body()).isEmpty();
		assertThat(corp.signInPage()).as("the sign-in page is the tenant's again")
			.contains("/realms/" + realm.key() + "/")
			.doesNotContain(corp.realm());
		// erin has no password now: she chooses one from a new enrolment e-mail
		var sent = api.post(admin,
				"mutation($p: ID!) { personEnrolmentSend(input: {personId: $p}) { userErrors { code } } }",
				Map.of("p", realm.personId(admin, "Erin Evans")));
		assertThat(sent.<List<?>>read("$.data.personEnrolmentSend.userErrors")).as(sent.body()).isEmpty();
		KeycloakBrowser.enrol(TestMail.enrolmentLink(realm.email("erin")), OnboardedRealm.PASSWORD);
		// the realm's brute-force protection counts the two refusals above as failed
		// sign-ins
		// and, when they came within a second of each other (a quick machine), locks erin
		// for a minute: that lock is Keycloak's, not the mode's
		var users = TestKeycloak.get().adminClient().realm(realm.key());
		users.attackDetection().clearBruteForceForUser(users.users().search("erin", true).get(0).getId());
		assertThat(password(realm, "erin")).as("local passwords work again").isTrue();
	}

	private static long passwordCredentials(OnboardedRealm realm, String username) {
		var users = TestKeycloak.get().adminClient().realm(realm.key()).users();
		return users.get(users.search(username, true).get(0).getId())
			.credentials()
			.stream()
			.filter((c) -> "password".equals(c.getType()))
			.count();
	}

	private static boolean password(OnboardedRealm realm, String username) {
		try {
			TestKeycloak.get().passwordGrant(realm.key(), "conduct-web", username, OnboardedRealm.PASSWORD);
			return true;
		}
		catch (IllegalStateException ex) {
			assertThat(ex).hasMessageContaining("Password grant failed");
			return false;
		}
	}

}
