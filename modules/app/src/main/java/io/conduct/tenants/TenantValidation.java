package io.conduct.tenants;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

/**
 * The rules of a tenant's descriptive fields, shared by onboarding and updates.
 */
final class TenantValidation {

	static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9-]{1,38}[a-z0-9]$");

	private static final Pattern JURISDICTION = Pattern.compile("^[A-Z0-9-]{2,20}$");

	private TenantValidation() {
	}

	static void descriptive(Validation validation, String name, List<String> jurisdictions, String defaultLocale,
			String timeZone, String currency, Integer fiscalYearStartMonth, BigDecimal revenue,
			String revenueCurrency) {
		validation.text("name", name, 200);
		if (validation.maxItems("jurisdictions", jurisdictions, 10)) {
			for (int i = 0; i < jurisdictions.size(); i++) {
				validation.matches("jurisdictions." + i, jurisdictions.get(i), JURISDICTION,
						"2 to 20 capital letters, digits or dashes, e.g. EU or US-SOX");
			}
		}
		validation.locale("defaultLocale", defaultLocale);
		validation.timeZone("timeZone", timeZone);
		boolean currencyValid = validation.currency("currency", currency);
		validation.range("fiscalYearStartMonth", fiscalYearStartMonth, 1, 12);
		if (revenue != null) {
			if (revenue.signum() < 0 || revenue.precision() - revenue.scale() > 18) {
				validation.reject("lastFiscalYearRevenue.amount", UserErrorCode.INVALID,
						"Must be zero or more, below 10^18");
			}
			if (currencyValid && !currency.equals(revenueCurrency)) {
				validation.reject("lastFiscalYearRevenue.currency", UserErrorCode.INVALID,
						"Must be the tenant's currency, " + currency);
			}
		}
	}

	static void redirectUris(Validation validation, List<String> redirectUris) {
		if (redirectUris.isEmpty()) {
			validation.reject("redirectUris", UserErrorCode.REQUIRED, "At least one redirect URI");
			return;
		}
		validation.maxItems("redirectUris", redirectUris, 10);
		for (int i = 0; i < redirectUris.size() && i < 10; i++) {
			if (!isRedirectUri(redirectUris.get(i))) {
				validation.reject("redirectUris." + i, UserErrorCode.INVALID,
						"Must be an https URL (http only for localhost), at most 500 characters");
			}
		}
	}

	private static boolean isRedirectUri(String value) {
		if (value == null || value.length() > 500) {
			return false;
		}
		try {
			URI uri = URI.create(value.replace("*", "x"));
			boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
			return uri.getHost() != null
					&& ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
