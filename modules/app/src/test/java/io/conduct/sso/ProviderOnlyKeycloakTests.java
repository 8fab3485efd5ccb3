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
			  identityProvider { providerOnly } userErrors { field code } } }""";

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

		assertThat(password(realm, "erin")).as("the employee's password grant is refused").isFalse();
		assertThat(KeycloakBrowser
			.signIn(realm.issuer(), "conduct-web", BrokeredSignIn.REDIRECT, "erin", OnboardedRealm.PASSWORD)
			.outcome()).as("and so is the sign-in form").isNotEqualTo("CODE");
		assertThat(password(realm, "first-admin")).as("the break-glass administrator's works").isTrue();
		BrokeredSignIn.Outcome throughProvider = corp.signIn("erin.evans");
		assertThat(throughProvider.outcome()).as(throughProvider.detail()).isEqualTo("CODE");

		var back = api.post(admin, SET, Map.of("i", Map.of("identityProviderId", provider, "providerOnly", false)));
		assertThat(back.<List<?>>read("$.data.identityProviderOnlySet.userErrors")).as(back.body()).isEmpty();
		// the realm's brute-force protection counts the two refusals above as failed
		// sign-ins
		// and, when they came within a second of each other (a quick machine), locks erin
		// for a minute: that lock is Keycloak's, not the mode's
		var users = TestKeycloak.get().adminClient().realm(realm.key());
		users.attackDetection().clearBruteForceForUser(users.users().search("erin", true).get(0).getId());
		assertThat(password(realm, "erin")).as("local passwords work again").isTrue();
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
