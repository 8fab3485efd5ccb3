package io.conduct.tenants;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant lists only jurisdictions a pack exists for: onboarding and updates refuse any
 * other (it would silently get the default duties), with nothing stored.
 */
@ConductIntegrationTest
class UnknownJurisdictionTests {

	private static final String UPDATE = """
			mutation($input: TenantUpdateInput!) { tenantUpdate(input: $input) {
			  tenant { jurisdictions } userErrors { field code message } } }""";

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
	void onboardingRefusesAJurisdictionWithoutAPackAndStoresNothing() {
		Map<String, Object> input = Onboarding.input(TestTenants.uniqueKey("nojur"));
		input.put("jurisdictions", List.of("EU", "XX"));

		var response = this.api.post(this.operatorToken, Onboarding.MUTATION, Map.of("input", input));

		assertThat(response.<Object>read("$.data.tenantOnboard.tenant")).as(response.body()).isNull();
		assertThat(response.<List<String>>read("$.data.tenantOnboard.userErrors[*].code"))
			.containsExactly("UNKNOWN_JURISDICTION");
		assertThat(response.<List<String>>read("$.data.tenantOnboard.userErrors[0].field")).containsExactly("input",
				"jurisdictions", "1");
		assertThat(response.<String>read("$.data.tenantOnboard.userErrors[0].message")).contains("XX", "US-SOX");
		assertThat(this.registry.findByKey((String) input.get("key"))).isEmpty();
	}

	@Test
	void anUpdateRefusesAJurisdictionWithoutAPackAndChangesNothing() {
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("updjur"));
		Map<String, Object> changes = new java.util.HashMap<>(
				Map.of("tenantId", GlobalId.encode("Tenant", tenant.key()), "name", "Renamed", "defaultLocale", "de-DE",
						"timeZone", "Europe/Berlin", "currency", "EUR", "fiscalYearStartMonth", 1));
		changes.put("jurisdictions", List.of("SOX"));

		var refused = this.api.post(this.operatorToken, UPDATE, Map.of("input", changes));
		changes.put("jurisdictions", List.of("JP", "US-SOX"));
		var accepted = this.api.post(this.operatorToken, UPDATE, Map.of("input", changes));

		assertThat(refused.<List<String>>read("$.data.tenantUpdate.userErrors[*].code")).as(refused.body())
			.containsExactly("UNKNOWN_JURISDICTION");
		assertThat(accepted.<List<?>>read("$.data.tenantUpdate.userErrors")).as(accepted.body()).isEmpty();
		assertThat(accepted.<List<String>>read("$.data.tenantUpdate.tenant.jurisdictions")).containsExactly("JP",
				"US-SOX");
	}

	@Test
	void aRefusedUpdateLeavesTheTenantAsItWas() {
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("keepjur"));
		Map<String, Object> changes = new java.util.HashMap<>(
				Map.of("tenantId", GlobalId.encode("Tenant", tenant.key()), "name", "Renamed", "defaultLocale", "de-DE",
						"timeZone", "Europe/Berlin", "currency", "EUR", "fiscalYearStartMonth", 1));
		changes.put("jurisdictions", List.of("EU", "ATLANTIS"));

		this.api.post(this.operatorToken, UPDATE, Map.of("input", changes));

		Tenant after = this.registry.findByKey(tenant.key()).orElseThrow();
		assertThat(after.jurisdictions()).containsExactly("EU");
		assertThat(after.name()).isEqualTo(tenant.name());
	}

}
