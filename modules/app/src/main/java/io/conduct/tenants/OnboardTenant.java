package io.conduct.tenants;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the operator enters to onboard a subsidiary.
 *
 * @param key the tenant's key, also its realm's name
 * @param name legal name
 * @param parentKey the parent tenant's key
 * @param country ISO 3166-1 alpha-2 country
 * @param jurisdictions jurisdiction pack keys
 * @param defaultLocale BCP 47 language tag
 * @param timeZone IANA time zone
 * @param dataRegion the data region holding its data
 * @param currency ISO 4217 currency
 * @param fiscalYearStartMonth month (1-12) the fiscal year starts in
 * @param lastFiscalYearRevenue consolidated gross revenue of the last full fiscal year
 * @param revenueCurrency its currency, the tenant's
 * @param redirectUris where the single-page apps may receive sign-ins
 * @param administrator the first tenant administrator
 * @param boardMembers the first members of its Board (and of its Audit Committee), who
 * approve every further handler role
 */
public record OnboardTenant(String key, String name, String parentKey, String country, List<String> jurisdictions,
		String defaultLocale, String timeZone, String dataRegion, String currency, Integer fiscalYearStartMonth,
		BigDecimal lastFiscalYearRevenue, String revenueCurrency, List<String> redirectUris,
		Administrator administrator, List<BoardMember> boardMembers) {

	public OnboardTenant {
		jurisdictions = (jurisdictions != null) ? List.copyOf(jurisdictions) : List.of();
		redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
		boardMembers = (boardMembers != null) ? List.copyOf(boardMembers) : List.of();
	}

	/**
	 * The first tenant administrator.
	 *
	 * @param username sign-in name; the e-mail address when absent
	 * @param email e-mail address
	 * @param givenName given name
	 * @param familyName family name
	 */
	public record Administrator(String username, String email, String givenName, String familyName) {
	}

	/**
	 * One of the first members of the Board, named by the operator from the subsidiary's
	 * corporate record (e.g. the resolution appointing its directors).
	 *
	 * @param username sign-in name; the e-mail address when absent
	 * @param email e-mail address
	 * @param givenName given name
	 * @param familyName family name
	 * @param auditCommittee whether they sit on the Audit Committee too
	 */
	public record BoardMember(String username, String email, String givenName, String familyName,
			boolean auditCommittee) {
	}

}
