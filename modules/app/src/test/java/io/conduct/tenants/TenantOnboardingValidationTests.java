package io.conduct.tenants;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding refuses bad input with user errors naming each field, before anything is
 * made; only the operator may onboard.
 */
@ConductIntegrationTest
class TenantOnboardingValidationTests {

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	String operatorToken;

	@BeforeEach
	void operator() {
		this.api = new GraphQlHttp(this.port);
		this.operatorToken = Onboarding.operatorToken(this.registry);
	}

	@Test
	void invalidZoneLocaleRegionAndParentAreNamed() {
		Map<String, Object> input = Onboarding.input(TestTenants.uniqueKey("bad"));
		input.put("timeZone", "Mars/Olympus");
		input.put("defaultLocale", "not a locale");
		input.put("dataRegion", "moon");
		input.put("parentKey", "no-such-parent");
		input.put("fiscalYearStartMonth", 13);
		input.put("redirectUris", List.of("ftp://example.org"));

		var response = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", input));

		assertThat(response.<Object>read("$.data.tenantOnboard.tenant")).isNull();
		assertThat(response.<List<List<String>>>read("$.data.tenantOnboard.userErrors[*].field")).containsOnly(
				List.of("input", "timeZone"), List.of("input", "defaultLocale"), List.of("input", "dataRegion"),
				List.of("input", "parentKey"), List.of("input", "fiscalYearStartMonth"),
				List.of("input", "redirectUris", "0"));
		assertThat(this.registry.findByKey((String) input.get("key"))).isEmpty();
	}

	/**
	 * Countries and currencies are scalars: a value that is none is refused before
	 * anything runs.
	 */
	@Test
	void aCountryOrCurrencyThatIsNoneIsABadRequestNamingTheField() {
		// the message names the value and the standard it is not part of
		for (Map.Entry<String, String> bad : Map.of("XX", "ISO 3166-1", "EURO", "ISO 4217").entrySet()) {
			Map<String, Object> input = Onboarding.input(TestTenants.uniqueKey("bad"));
			input.put(bad.getValue().equals("ISO 3166-1") ? "country" : "currency", bad.getKey());

			var response = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", input));

			assertThat(response.firstErrorCode()).as(response.body()).isEqualTo("BAD_REQUEST");
			assertThat(response.firstErrorMessage()).contains("'" + bad.getKey() + "'", bad.getValue())
				.doesNotContain("null");
			assertThat(response.<Object>readOrNull("$.data.tenantOnboard")).isNull();
			assertThat(this.registry.findByKey((String) input.get("key"))).isEmpty();
		}
	}

	@Test
	void aTakenKeyIsRefused() {
		String key = TestTenants.uniqueKey("taken");
		TestTenants.register(this.registry, key);

		var response = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", Onboarding.input(key)));

		assertThat(response.<String>read("$.data.tenantOnboard.userErrors[0].code")).isEqualTo("TAKEN");
		assertThat(response.<List<String>>read("$.data.tenantOnboard.userErrors[0].field")).containsExactly("input",
				"key");
	}

	@Test
	void overlongAndMalformedFieldsAreRefused() {
		Map<String, Object> input = Onboarding.input("Bad Key!");
		input.put("name", "N".repeat(201));
		input.put("administrator", Map.of("email", "not-an-email", "givenName", "", "familyName", "F"));

		var response = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", input));

		assertThat(response.<List<String>>read("$.data.tenantOnboard.userErrors[*].code")).contains("INVALID",
				"TOO_LONG", "REQUIRED");
		assertThat(response.<List<List<String>>>read("$.data.tenantOnboard.userErrors[*].field")).contains(
				List.of("input", "key"), List.of("input", "name"), List.of("input", "administrator", "email"),
				List.of("input", "administrator", "givenName"));
	}

	@Test
	void reservedKeysAreRefused() {
		for (String key : List.of("master", "admin", "realms", "operator-test")) {
			var response = this.api.post(this.operatorToken, Onboarding.MUTATION,
					Map.of("input", Onboarding.input(key)));

			assertThat(response.<String>read("$.data.tenantOnboard.userErrors[0].code")).as(key).isEqualTo("RESERVED");
			assertThat(response.<List<String>>read("$.data.tenantOnboard.userErrors[0].field")).containsExactly("input",
					"key");
		}
		assertThat(this.registry.findByKey("master")).isEmpty();
	}

	@Test
	void redirectUrisAreExactHttpsUrlsWithoutWildcards() {
		Map<String, Object> input = Onboarding.input(TestTenants.uniqueKey("redir"));
		input.put("redirectUris",
				List.of("https://*.example.com/callback", "https://app.example.com/*", "https://app.example.com/a*b",
						"http://app.example.com/callback", "https://user@app.example.com/callback",
						"https://app.example.com/callback#x", "http://localhost:5173/*",
						"https://app.example.com/callback"));

		var response = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", input));

		assertThat(response.<List<List<String>>>read("$.data.tenantOnboard.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("input", "redirectUris", "0"), List.of("input", "redirectUris", "1"),
					List.of("input", "redirectUris", "2"), List.of("input", "redirectUris", "3"),
					List.of("input", "redirectUris", "4"), List.of("input", "redirectUris", "5"));
		assertThat(this.registry.findByKey((String) input.get("key"))).isEmpty();
	}

	@Test
	void theFirstBoardIsRequiredAndIsNotTheAdministrator() {
		Map<String, Object> none = Onboarding.input(TestTenants.uniqueKey("nob"));
		none.put("boardMembers", List.of());
		Map<String, Object> administrator = Onboarding.input(TestTenants.uniqueKey("adm"));
		administrator.put("boardMembers",
				List.of(Map.of("email", ((Map<?, ?>) administrator.get("administrator")).get("email"), "givenName",
						"Ada", "familyName", "Admin")));

		var withoutBoard = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", none));
		var administratorOnBoard = this.api.post(this.operatorToken, Onboarding.MUTATION,
				Map.of("input", administrator));

		assertThat(withoutBoard.<String>read("$.data.tenantOnboard.userErrors[0].code")).isEqualTo("REQUIRED");
		assertThat(withoutBoard.<List<String>>read("$.data.tenantOnboard.userErrors[0].field")).containsExactly("input",
				"boardMembers");
		assertThat(administratorOnBoard.<String>read("$.data.tenantOnboard.userErrors[0].code"))
			.isEqualTo("SEPARATION_OF_DUTIES");
	}

	@Test
	void onlyThePlatformAdminOfTheOperatorsTenantMayOnboard() {
		String other = TestTenants.uniqueKey("other");
		TestTenants.register(this.registry, other);
		var input = Map.<String, Object>of("input", Onboarding.input(TestTenants.uniqueKey("nope")));

		var tenantAdmin = this.api.post(TestIssuer.get().token(other, "ta", Role.TENANT_ADMIN), Onboarding.MUTATION,
				input);
		var foreignPlatformAdmin = this.api.post(TestIssuer.get().token(other, "pa", Role.PLATFORM_ADMIN),
				Onboarding.MUTATION, input);

		assertThat(tenantAdmin.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(foreignPlatformAdmin.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void tenantsQueryShowsTheHierarchyAsEachRoleMaySeeIt() {
		String parent = TestTenants.uniqueKey("par");
		String child = TestTenants.uniqueKey("chi");
		TestTenants.register(this.registry, parent);
		TestTenants.register(this.registry, child, parent, TestIssuer.get().issuerFor(child));
		String query = "{ tenants(first: 100) { edges { node { key children { edges { node { key } } } } } } }";

		var board = this.api.post(TestIssuer.get().token(parent, "b", Role.BOARD), query);
		var employee = this.api.post(TestIssuer.get().token(child, "e", Role.EMPLOYEE), query);

		assertThat(board.<List<String>>read("$.data.tenants.edges[*].node.key")).containsExactlyInAnyOrder(parent,
				child);
		assertThat(board.<List<String>>read(
				"$.data.tenants.edges[?(@.node.key == '" + parent + "')].node.children.edges[*].node.key"))
			.containsExactly(child);
		assertThat(employee.<List<String>>read("$.data.tenants.edges[*].node.key")).containsExactly(child);
		assertThat(allTenantKeys(this.operatorToken)).contains(parent, child, "operator-test");
	}

	/** Every tenant the caller sees, page by page. */
	private List<String> allTenantKeys(String token) {
		List<String> keys = new java.util.ArrayList<>();
		String after = null;
		for (int page = 0; page < 100; page++) {
			var response = this.api.post(token, """
					query($after: String) { tenants(first: 100, after: $after) {
					  edges { node { key } } pageInfo { hasNextPage endCursor } } }""",
					(after != null) ? Map.of("after", after) : Map.of());
			keys.addAll(response.read("$.data.tenants.edges[*].node.key"));
			if (!response.<Boolean>read("$.data.tenants.pageInfo.hasNextPage")) {
				return keys;
			}
			after = response.read("$.data.tenants.pageInfo.endCursor");
		}
		return keys;
	}

}
