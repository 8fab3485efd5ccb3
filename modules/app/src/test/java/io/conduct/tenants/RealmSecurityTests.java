package io.conduct.tenants;

import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.KeycloakBrowser;
import io.conduct.testsupport.TestKeycloak;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm onboarding makes, against the real Keycloak: holders of handler roles (and
 * administrators) must pass a second factor when they sign in through the browser, and
 * set one up at their first sign-in, while other people sign in with their password;
 * Conduct's client puts Conduct's API in the tokens' audience, which the API requires.
 */
@ConductIntegrationTest
class RealmSecurityTests {

	private static final String REDIRECT = "http://localhost:5173/callback";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void handlerRolesAndAdministratorsMustSetUpAndPassASecondFactor() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		OnboardedRealm realm = OnboardedRealm.onboard(api, this.registry, "mfa");
		String admin = realm.token("first-admin");
		realm.createPerson(admin, "erin", "Erin", "Employee", "EMPLOYEE", List.of("EMPLOYEE"));
		realm.enrol("erin");
		realm.enrol("bea");

		var board = KeycloakBrowser.signIn(realm.issuer(), "conduct-web", REDIRECT, "bea", OnboardedRealm.PASSWORD);
		var administrator = KeycloakBrowser.signIn(realm.issuer(), "conduct-web", REDIRECT, "first-admin",
				OnboardedRealm.PASSWORD);
		var employee = KeycloakBrowser.signIn(realm.issuer(), "conduct-web", REDIRECT, "erin", OnboardedRealm.PASSWORD);

		assertThat(board.outcome()).as(board.detail()).isEqualTo("CONFIGURE_TOTP");
		assertThat(administrator.outcome()).as(administrator.detail()).isEqualTo("CONFIGURE_TOTP");
		assertThat(employee.outcome()).as(employee.detail()).isEqualTo("CODE");
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			var settings = keycloak.realm(realm.key());
			assertThat(settings.toRepresentation().getBrowserFlow()).isEqualTo("conduct-browser");
			List<AuthenticationExecutionInfoRepresentation> flow = settings.flows()
				.getExecutions("conduct-browser second factor");
			assertThat(flow).extracting(AuthenticationExecutionInfoRepresentation::getProviderId)
				.containsExactly("conditional-user-role", "auth-otp-form");
			assertThat(flow).extracting(AuthenticationExecutionInfoRepresentation::getRequirement)
				.containsOnly("REQUIRED");
			assertThat(flow.get(0).getAuthenticationConfig()).as("the condition's role").isNotNull();
			for (String role : List.of("CFO_CAO", "TREASURER", "CEO", "BOARD", "AUDIT_COMMITTEE", "TENANT_ADMIN")) {
				assertThat(settings.roles().get(role).getRealmRoleComposites()).as(role)
					.extracting((r) -> r.getName())
					.contains("SECOND_FACTOR_REQUIRED");
			}
			assertThat(settings.roles().get("EMPLOYEE").getRealmRoleComposites()).isEmpty();
		}
	}

	@Test
	void tokensNameConductsApiAsTheirAudience() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		OnboardedRealm realm = OnboardedRealm.onboard(api, this.registry, "aud");

		String token = realm.token("first-admin");

		String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		assertThat(String.valueOf(JsonPath.<Object>read(claims, "$.aud"))).contains("conduct-api");
		assertThat(JsonPath.<String>read(claims, "$.azp")).isEqualTo("conduct-web");
		assertThat(api.post(token, "{ viewer { subject } }").status()).isEqualTo(200);
	}

}
