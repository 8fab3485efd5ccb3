package io.conduct.tenants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.KeycloakBrowser;
import io.conduct.testsupport.TestKeycloak;
import io.conduct.testsupport.TestMail;
import io.conduct.testsupport.TestTenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant onboarded through {@code tenantOnboard} into the test Keycloak, with its first
 * administrator ({@code first-admin}) and Board members ({@code bea}, Board; {@code ari},
 * Board and Audit Committee). People sign in as they would: they follow the enrolment
 * e-mail's link, choose their password in Keycloak's page, then get a token (the password
 * grant, which the test realms allow).
 */
public final class OnboardedRealm {

	/** The password every enrolled test person chooses. */
	public static final String PASSWORD = "Chosen-Passw0rd-2026";

	public static final String CREATE_PERSON = """
			mutation($input: PersonCreateInput!) { personCreate(input: $input) {
			  person { id displayName roles hasAccount } roleGrantRequests { id role status }
			  enrolmentEmailSent userErrors { field message code } } }""";

	private final String key;

	private final GraphQlHttp api;

	private OnboardedRealm(String key, GraphQlHttp api) {
		this.key = key;
		this.api = api;
	}

	/** Onboards a new tenant with a unique key starting with the prefix. */
	public static OnboardedRealm onboard(GraphQlHttp api, TenantRegistry registry, String prefix) {
		String key = TestTenants.uniqueKey(prefix);
		var onboarded = api.post(Onboarding.operatorToken(registry), Onboarding.MUTATION,
				Map.of("input", Onboarding.input(key)));
		assertThat(onboarded.<List<?>>read("$.data.tenantOnboard.userErrors")).as(onboarded.body()).isEmpty();
		return new OnboardedRealm(key, api);
	}

	public String key() {
		return this.key;
	}

	public String issuer() {
		return TestKeycloak.get().issuerFor(this.key);
	}

	/** The e-mail address of a test person of this tenant. */
	public String email(String username) {
		return ("first-admin".equals(username) ? "admin" : username) + "@" + this.key + ".example";
	}

	/**
	 * Enrols the person from their e-mail (once) and returns a fresh token of theirs.
	 */
	public String token(String username) {
		enrol(username);
		return TestKeycloak.get().passwordGrant(this.key, "conduct-web", username, PASSWORD);
	}

	/** Follows the person's newest enrolment link and chooses {@link #PASSWORD}. */
	public void enrol(String username) {
		if (!this.enrolled.contains(username)) {
			KeycloakBrowser.enrol(TestMail.enrolmentLink(email(username)), PASSWORD);
			this.enrolled.add(username);
		}
	}

	private final java.util.Set<String> enrolled = new java.util.HashSet<>();

	/**
	 * Creates a person as the administrator: the username is the e-mail's local part;
	 * returns the payload.
	 */
	public GraphQlHttp.Response createPerson(String adminToken, String username, String givenName, String familyName,
			String type, List<String> roles) {
		Map<String, Object> input = new HashMap<>();
		input.put("givenName", givenName);
		input.put("familyName", familyName);
		input.put("email", email(username));
		input.put("username", username);
		input.put("type", type);
		input.put("roles", roles);
		return this.api.post(adminToken, CREATE_PERSON, Map.of("input", input));
	}

	/** The id of the person with that display name, as the administrator sees it. */
	public String personId(String adminToken, String displayName) {
		var people = this.api.post(adminToken, "{ people(first: 100) { edges { node { id displayName } } } }");
		List<String> names = people.read("$.data.people.edges[*].node.displayName");
		List<String> ids = people.read("$.data.people.edges[*].node.id");
		int index = names.indexOf(displayName);
		assertThat(index).as(people.body()).isNotNegative();
		return ids.get(index);
	}

}
