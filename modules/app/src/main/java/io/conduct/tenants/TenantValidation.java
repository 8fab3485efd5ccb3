package io.conduct.tenants;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

/**
 * The rules of a tenant's descriptive fields, shared by onboarding and updates.
 */
final class TenantValidation {

	static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9-]{1,38}[a-z0-9]$");

	private static final Pattern JURISDICTION = Pattern.compile("^[A-Z0-9-]{2,20}$");

	private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@+-]{3,100}$");

	private TenantValidation() {
	}

	static void descriptive(Validation validation, String name, List<String> jurisdictions,
			Set<String> knownJurisdictions, String defaultLocale, String timeZone, String currency,
			Integer fiscalYearStartMonth, BigDecimal revenue, String revenueCurrency) {
		validation.text("name", name, 200);
		if (validation.maxItems("jurisdictions", jurisdictions, 10)) {
			for (int i = 0; i < jurisdictions.size(); i++) {
				String field = "jurisdictions." + i;
				if (validation.matches(field, jurisdictions.get(i), JURISDICTION,
						"2 to 20 capital letters, digits or dashes, e.g. EU or US-SOX")
						&& !knownJurisdictions.contains(jurisdictions.get(i))) {
					// a jurisdiction without a pack would silently get the default duties
					validation.reject(field, UserErrorCode.UNKNOWN_JURISDICTION,
							"No jurisdiction pack " + jurisdictions.get(i) + "; known: "
									+ String.join(", ", new java.util.TreeSet<>(knownJurisdictions)));
				}
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

	/**
	 * Keys that would collide with Keycloak's own realms and endpoints, with Conduct's
	 * paths, or with the operator's tenant (whose realm grants PLATFORM_ADMIN).
	 */
	static final Set<String> RESERVED_KEYS = Set.of("master", "admin", "administrator", "keycloak", "realm", "realms",
			"resources", "account", "auth", "js", "welcome", "health", "metrics", "robots", "protocol", "local-issuer",
			"conduct", "operator", "platform", "system", "graphql", "graphiql", "actuator");

	static boolean isReserved(String key, String operatorTenant) {
		String normalized = key.trim().toLowerCase(Locale.ROOT);
		return RESERVED_KEYS.contains(normalized) || normalized.equals(operatorTenant);
	}

	/**
	 * Redirect URIs are matched exactly (OAuth 2.0 Security BCP): https URLs with a host
	 * of their own, no wildcard anywhere, no user info and no fragment. On a developer's
	 * setup only ({@code allowLoopback}), http on localhost, 127.0.0.1 or [::1] is
	 * accepted too, with a trailing {@code /*} for dev servers.
	 */
	static void redirectUris(Validation validation, List<String> redirectUris, boolean allowLoopback) {
		if (redirectUris.isEmpty()) {
			validation.reject("redirectUris", UserErrorCode.REQUIRED, "At least one redirect URI");
			return;
		}
		validation.maxItems("redirectUris", redirectUris, 10);
		for (int i = 0; i < redirectUris.size() && i < 10; i++) {
			if (!isRedirectUri(redirectUris.get(i), allowLoopback)) {
				validation.reject("redirectUris." + i, UserErrorCode.INVALID,
						"Must be an exact https URL without wildcards, at most 500 characters"
								+ (allowLoopback ? " (or http://localhost:<port>/..., which may end in /*)" : ""));
			}
		}
	}

	static boolean isRedirectUri(String value, boolean allowLoopback) {
		if (value == null || value.length() > 500) {
			return false;
		}
		boolean trailingWildcard = value.endsWith("/*");
		String exact = trailingWildcard ? value.substring(0, value.length() - 1) : value;
		if (exact.contains("*")) {
			return false;
		}
		try {
			URI uri = new URI(exact);
			if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
					|| !uri.isAbsolute()) {
				return false;
			}
			boolean loopback = LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
			if ("https".equals(uri.getScheme())) {
				return !trailingWildcard || (allowLoopback && loopback);
			}
			return "http".equals(uri.getScheme()) && allowLoopback && loopback;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	/** A person named at onboarding: e-mail, names, an optional username. */
	static void person(Validation validation, String field, String username, String email, String givenName,
			String familyName) {
		validation.email(field + ".email", email);
		validation.text(field + ".givenName", givenName, 100);
		validation.text(field + ".familyName", familyName, 100);
		if (username != null) {
			validation.matches(field + ".username", username, USERNAME,
					"3 to 100 letters, digits or . _ @ + - characters");
		}
	}

	/**
	 * The first Board members: one to ten, none of them the administrator (who would then
	 * approve their own requests), no one twice.
	 */
	static void boardMembers(Validation validation, List<OnboardTenant.BoardMember> members,
			OnboardTenant.Administrator administrator) {
		if (members.isEmpty()) {
			validation.reject("boardMembers", UserErrorCode.REQUIRED,
					"At least one member of the Board: they approve the handler roles");
			return;
		}
		if (!validation.maxItems("boardMembers", members, 10)) {
			return;
		}
		Set<String> seen = new HashSet<>();
		if (administrator != null && administrator.email() != null) {
			seen.add(administrator.email().toLowerCase(Locale.ROOT));
			seen.add(username(administrator.username(), administrator.email()));
		}
		for (int i = 0; i < members.size(); i++) {
			OnboardTenant.BoardMember member = members.get(i);
			String field = "boardMembers." + i;
			person(validation, field, member.username(), member.email(), member.givenName(), member.familyName());
			if (member.email() != null) {
				// a member's own e-mail and username may be the same string: compare them
				// with the others' before counting them
				Set<String> identities = new HashSet<>(
						List.of(member.email().toLowerCase(Locale.ROOT), username(member.username(), member.email())));
				boolean taken = identities.stream().anyMatch(seen::contains);
				seen.addAll(identities);
				if (taken) {
					validation.reject(field + ".email", UserErrorCode.SEPARATION_OF_DUTIES,
							"Each Board member is a person of their own, other than the administrator");
				}
			}
		}
	}

	/** The sign-in name: the one given, else the e-mail address; lower case. */
	static String username(String username, String email) {
		return ((username != null) ? username : email).toLowerCase(Locale.ROOT);
	}

}
