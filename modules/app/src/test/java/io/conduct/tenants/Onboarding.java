package io.conduct.tenants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;

/**
 * Builds {@code tenantOnboard} inputs for tests.
 */
public final class Onboarding {

	public static final String MUTATION = """
			mutation($input: TenantOnboardInput!) {
			  tenantOnboard(input: $input) {
			    tenant { id key status parent { key } }
			    userErrors { field message code }
			  }
			}""";

	private Onboarding() {
	}

	/** A platform administrator's token of the operator's tenant of the test profile. */
	public static String operatorToken(TenantRegistry registry) {
		Tenant operator = registry.findByKey("operator-test")
			.orElseGet(() -> TestTenants.register(registry, "operator-test"));
		return TestIssuer.get().token(operator.key(), "olu", Role.PLATFORM_ADMIN);
	}

	public static Map<String, Object> input(String key) {
		Map<String, Object> input = new HashMap<>();
		input.put("key", key);
		input.put("name", "Acme " + key + " GmbH");
		input.put("country", "DE");
		input.put("jurisdictions", List.of("EU", "DE"));
		input.put("defaultLocale", "de-DE");
		input.put("timeZone", "Europe/Berlin");
		input.put("dataRegion", "eu");
		input.put("currency", "EUR");
		input.put("fiscalYearStartMonth", 1);
		input.put("lastFiscalYearRevenue", Map.of("amount", "125000000.00", "currency", "EUR"));
		input.put("redirectUris", List.of("https://conduct.example/callback", "http://localhost:5173/*"));
		input.put("administrator", Map.of("username", "first-admin", "email", "admin@" + key + ".example", "givenName",
				"Ada", "familyName", "Admin"));
		input.put("boardMembers",
				List.of(Map.of("username", "bea", "email", "bea@" + key + ".example", "givenName", "Bea", "familyName",
						"Board"),
						Map.of("username", "ari", "email", "ari@" + key + ".example", "givenName", "Ari", "familyName",
								"Audit", "auditCommittee", true)));
		return input;
	}

}
