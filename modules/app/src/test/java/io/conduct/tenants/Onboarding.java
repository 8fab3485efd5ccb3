package io.conduct.tenants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code tenantOnboard} inputs for tests.
 */
final class Onboarding {

	static final String MUTATION = """
			mutation($input: TenantOnboardInput!) {
			  tenantOnboard(input: $input) {
			    tenant { id key status parent { key } }
			    administratorTemporaryPassword
			    userErrors { field message code }
			  }
			}""";

	private Onboarding() {
	}

	static Map<String, Object> input(String key) {
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
		input.put("redirectUris", List.of("https://conduct.example/*", "http://localhost:5173/*"));
		input.put("administrator", Map.of("username", "first-admin", "email", "admin@" + key + ".example", "givenName",
				"Ada", "familyName", "Admin"));
		return input;
	}

}
