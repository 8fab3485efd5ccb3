package io.conduct.waivers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The deadlines of public disclosures, by the country of the exchange the group is listed
 * on, read from {@code waivers/disclosure-rules.json} and checked at startup: every rule
 * once, one default (no countries), a country in one rule only, and figures that make
 * sense.
 */
@Component
class DisclosureRules {

	static final String FILE = "waivers/disclosure-rules.json";

	private final List<Rule> rules;

	private final Rule fallback;

	DisclosureRules() {
		this(read().rules());
	}

	DisclosureRules(List<Rule> rules) {
		Set<PublicDisclosureRule> seen = EnumSet.noneOf(PublicDisclosureRule.class);
		Set<String> countries = new java.util.HashSet<>();
		Rule fallback = null;
		for (Rule rule : rules) {
			if (rule.rule() == null || !seen.add(rule.rule())) {
				throw new IllegalStateException(FILE + ": rule " + rule.rule() + " is missing or listed twice");
			}
			if (rule.businessDays() < 1 || rule.businessDays() > 30 || rule.websiteAvailableMonths() < 1
					|| rule.recordKeptYears() < 1 || rule.source() == null || rule.source().isBlank()) {
				throw new IllegalStateException(
						FILE + ": rule " + rule.rule() + " has figures out of range or no source");
			}
			if (rule.listingCountries().isEmpty()) {
				if (fallback != null) {
					throw new IllegalStateException(FILE + ": two default rules");
				}
				fallback = rule;
			}
			for (String country : rule.listingCountries()) {
				if (!countries.add(country)) {
					throw new IllegalStateException(FILE + ": country " + country + " is in two rules");
				}
			}
		}
		if (fallback == null) {
			throw new IllegalStateException(FILE + ": no default rule (one without listing countries)");
		}
		this.rules = List.copyOf(rules);
		this.fallback = fallback;
	}

	/** The rule for a group listed on an exchange of this country. */
	Rule forListingCountry(String country) {
		return this.rules.stream()
			.filter((r) -> r.listingCountries().contains(country))
			.findFirst()
			.orElse(this.fallback);
	}

	private static RulesFile read() {
		try (InputStream json = new ClassPathResource(FILE).getInputStream()) {
			return JsonMapper.builder().build().readValue(json, RulesFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rules file.
	 *
	 * @param version its version
	 * @param rules the rules
	 */
	record RulesFile(int version, List<Rule> rules) {
	}

	/**
	 * A disclosure rule.
	 *
	 * @param rule its name
	 * @param listingCountries the countries of the listing exchanges it applies to; none
	 * for the default
	 * @param calendarCountry whose public holidays the business days are counted in;
	 * {@code null} for the exchange's own country
	 * @param businessDays how many business days after the decision it is due
	 * @param websiteAvailableMonths how long a website posting must stay available
	 * @param recordKeptYears how long the disclosure is kept
	 * @param source where it comes from
	 */
	record Rule(PublicDisclosureRule rule, List<String> listingCountries, String calendarCountry, int businessDays,
			int websiteAvailableMonths, int recordKeptYears, String source) {

		Rule {
			listingCountries = (listingCountries != null) ? List.copyOf(listingCountries) : List.of();
		}

	}

}
