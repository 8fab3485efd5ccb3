package io.conduct.gifts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Code's GIFTS AND GRATUITIES section as data ({@code gifts/gift-rules.json}), with
 * the defaults a tenant starts from, checked when read: every rule is one the engine
 * knows, appears once, quotes the Code's words under the section's heading, and has the
 * threshold its policy compares with.
 *
 * @param version the file's version, recorded with every evaluation
 * @param source what the file encodes
 * @param section the heading of the Code's section
 * @param defaults the thresholds of a tenant whose CFO/CAO has set none
 * @param uncovered what stands when no rule covers an entry
 * @param rules the rules
 */
record GiftRules(String version, String source, String section, Defaults defaults, Uncovered uncovered,
		List<Rule> rules) {

	static final String RESOURCE = "gifts/gift-rules.json";

	static final String CODE_TEXT = "code/code-of-business-conduct-and-ethics.en.txt";

	GiftRules {
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	/** The bundled rules, checked against the bundled text of the Code. */
	static GiftRules bundled() {
		try (InputStream rules = resource(RESOURCE); InputStream code = resource(CODE_TEXT)) {
			GiftRules read = read(rules);
			read.check(new String(code.readAllBytes(), StandardCharsets.UTF_8));
			return read;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static GiftRules read(InputStream json) {
		return JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue(json, GiftRules.class);
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = GiftRules.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new IOException("Missing resource " + name);
		}
		return stream;
	}

	/**
	 * Refuses rules the engine could not apply faithfully.
	 * @throws IllegalStateException naming every problem
	 */
	void check(String codeText) {
		List<String> problems = new ArrayList<>();
		if (this.version == null || this.version.isBlank()) {
			problems.add("no version");
		}
		String body = sectionBody(codeText, this.section);
		if (body == null) {
			problems.add("the Code has no heading " + this.section);
			body = "";
		}
		checkDefaults(problems);
		if (this.uncovered == null || this.uncovered.rule() != GiftRule.RECORDED
				|| this.uncovered.outcome() != GiftOutcome.NO_ACTION) {
			problems.add("uncovered must be the rule RECORDED with the outcome NO_ACTION");
		}
		else {
			checkQuote("uncovered", this.uncovered.quote(), body, problems);
		}
		Set<GiftRule> seen = EnumSet.noneOf(GiftRule.class);
		for (Rule rule : this.rules) {
			String name = "rule " + rule.id();
			if (rule.id() == null || rule.policy() == null || rule.outcome() == null || rule.when() == null) {
				problems.add("a rule lacks its id, policy, when or outcome: " + rule);
				continue;
			}
			if (!seen.add(rule.id())) {
				problems.add(name + " appears twice");
			}
			if (rule.summary() == null || rule.summary().isBlank()) {
				problems.add(name + " has no summary");
			}
			checkQuote(name, rule.quote(), body, problems);
			if (rule.policy().threshold() != null && rule.threshold() == null) {
				problems.add(name + ": " + rule.policy() + " compares with a threshold, and names none");
			}
			if (rule.threshold() != null && !rule.policy().accepts(rule.threshold())) {
				problems.add(name + ": " + rule.policy() + " cannot compare with " + rule.threshold());
			}
			if (rule.onceGiven() != null && rule.outcome() != GiftOutcome.NEEDS_PRIOR_APPROVAL) {
				problems.add(name + ": onceGiven is for rules that need prior approval");
			}
			if (rule.opensCase() && rule.outcome() != GiftOutcome.REFUSE) {
				problems.add(name + ": only a refusal opens a case");
			}
		}
		Set<GiftRule> missing = EnumSet.allOf(GiftRule.class);
		missing.remove(GiftRule.RECORDED);
		missing.removeAll(seen);
		if (seen.contains(GiftRule.RECORDED)) {
			problems.add("RECORDED is the uncovered rule, not a rule of the list");
		}
		if (!missing.isEmpty()) {
			problems.add("the Code's rules " + missing + " are missing");
		}
		if (this.rules.stream().noneMatch(Rule::opensCase)) {
			problems.add("no rule opens a case: bribes and kickbacks must");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Gift rules " + RESOURCE + " refused: " + String.join("; ", problems));
		}
	}

	private void checkDefaults(List<String> problems) {
		Defaults d = this.defaults;
		if (d == null) {
			problems.add("no defaults");
			return;
		}
		try {
			Currency.getInstance(String.valueOf(d.currency()));
		}
		catch (IllegalArgumentException ex) {
			problems.add("defaults.currency is not an ISO 4217 code");
		}
		for (BigDecimal amount : new BigDecimal[] { d.insignificantValue(), d.entertainmentPerPerson(),
				d.entertainmentPerEvent(), d.largestValue() }) {
			if (amount == null || amount.signum() < 0) {
				problems.add("defaults need amounts that are not negative");
				break;
			}
		}
		if (d.entertainmentFrequency() < 1) {
			problems.add("defaults.entertainmentFrequency must be at least 1");
		}
		if (d.dispositionDueBusinessDays() < 1 || d.dispositionDueBusinessDays() > GiftSettings.MAX_DUE_DAYS) {
			problems.add("defaults.dispositionDueBusinessDays must be 1 to " + GiftSettings.MAX_DUE_DAYS);
		}
	}

	private static void checkQuote(String name, String quote, String sectionBody, List<String> problems) {
		if (quote == null || quote.isBlank()) {
			problems.add(name + " quotes nothing");
		}
		else if (!sectionBody.contains(normalized(quote))) {
			problems.add(name + ": the section does not say \"" + quote + "\"");
		}
	}

	/**
	 * The normalized text under a heading, up to the next heading (a line in capitals);
	 * {@code null} when there is no such heading.
	 */
	static String sectionBody(String codeText, String heading) {
		List<String> lines = codeText.lines().toList();
		int start = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).trim().equals(heading)) {
				start = i + 1;
				break;
			}
		}
		if (heading == null || start < 0) {
			return null;
		}
		StringBuilder body = new StringBuilder();
		for (int i = start; i < lines.size() && !isHeading(lines.get(i)); i++) {
			body.append(lines.get(i)).append('\n');
		}
		return normalized(body.toString());
	}

	private static boolean isHeading(String line) {
		String trimmed = line.trim();
		return trimmed.length() > 3 && trimmed.chars().anyMatch(Character::isLetter)
				&& trimmed.equals(trimmed.toUpperCase(Locale.ROOT));
	}

	/** Lower case and runs of white space made one space: how quotes are found. */
	static String normalized(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
	}

	/** The rule with the id. */
	Rule rule(GiftRule id) {
		return this.rules.stream().filter((r) -> r.id() == id).findFirst().orElseThrow();
	}

	/**
	 * The thresholds of a tenant whose CFO/CAO has set none, in one currency; converted
	 * into the tenant's currency at the rate in force on the entry's date.
	 *
	 * @param currency the currency of the amounts
	 * @param insignificantValue the most a gift may be worth and still be of
	 * insignificant value
	 * @param entertainmentPerPerson the most entertainment may cost per person
	 * @param entertainmentPerEvent the most an event of entertainment may cost
	 * @param entertainmentFrequency the most events of entertainment with one
	 * counterparty in twelve months
	 * @param dispositionDueBusinessDays business days to dispose of a gift
	 * @param largestValue the largest value an entry may have (in this currency): above
	 * it the amount is taken for a typing error
	 */
	record Defaults(String currency, BigDecimal insignificantValue, BigDecimal entertainmentPerPerson,
			BigDecimal entertainmentPerEvent, int entertainmentFrequency, int dispositionDueBusinessDays,
			BigDecimal largestValue) {
	}

	/**
	 * What stands when no rule covers an entry.
	 *
	 * @param rule the rule recorded
	 * @param quote the Code's words
	 * @param summary the rule in words
	 * @param outcome the outcome
	 */
	record Uncovered(GiftRule rule, String quote, String summary, GiftOutcome outcome) {
	}

	/**
	 * One rule.
	 *
	 * @param id the rule
	 * @param policy the engine's policy that applies it
	 * @param threshold the tenant's threshold it compares with
	 * @param quote the Code's words
	 * @param summary the rule in words
	 * @param when which entries it covers
	 * @param appliesWhenDeclined whether it applies to an offer that was declined
	 * (otherwise nothing changed hands and it does not)
	 * @param outcome what it decides when it applies
	 * @param onceGiven what it decides instead for something given already
	 * @param opensCase whether a refusal by it opens a case
	 */
	record Rule(GiftRule id, Policy policy, Threshold threshold, String quote, String summary, When when,
			Boolean appliesWhenDeclined, GiftOutcome outcome, GiftOutcome onceGiven, Boolean opensCase) {

		Rule {
			appliesWhenDeclined = Boolean.TRUE.equals(appliesWhenDeclined);
			opensCase = Boolean.TRUE.equals(opensCase);
		}

	}

	/**
	 * Which entries a rule covers; an empty list covers all.
	 *
	 * @param kinds kinds of entry
	 * @param directions directions
	 * @param forms forms
	 * @param counterpartyKinds kinds of counterparty
	 * @param companyFunds whether paid with Company funds or assets (either when absent)
	 */
	record When(List<GiftKind> kinds, List<GiftDirection> directions, List<GiftForm> forms,
			List<GiftCounterpartyKind> counterpartyKinds, Boolean companyFunds) {

		When {
			kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
			directions = (directions != null) ? List.copyOf(directions) : List.of();
			forms = (forms != null) ? List.copyOf(forms) : List.of();
			counterpartyKinds = (counterpartyKinds != null) ? List.copyOf(counterpartyKinds) : List.of();
		}

		boolean covers(GiftFacts facts) {
			return (this.kinds.isEmpty() || this.kinds.contains(facts.kind()))
					&& (this.directions.isEmpty() || this.directions.contains(facts.direction()))
					&& (this.forms.isEmpty() || this.forms.contains(facts.form()))
					&& (this.counterpartyKinds.isEmpty() || this.counterpartyKinds.contains(facts.counterpartyKind()))
					&& (this.companyFunds == null || this.companyFunds == facts.companyFunds());
		}

	}

	/** The tenant's thresholds a rule can compare with. */
	enum Threshold {

		INSIGNIFICANT_VALUE, ENTERTAINMENT_PER_PERSON, ENTERTAINMENT_PER_EVENT, ENTERTAINMENT_FREQUENCY

	}

	/**
	 * Which engine policy applies a rule, and what kind of threshold it compares with.
	 */
	enum Policy {

		STATED_BRIBE(null), CASH(null), VALUE_ABOVE(Threshold.INSIGNIFICANT_VALUE),
		PER_PERSON_ABOVE(Threshold.ENTERTAINMENT_PER_PERSON), FREQUENCY_ABOVE(Threshold.ENTERTAINMENT_FREQUENCY),
		NOT_CONFIRMED_LAWFUL(null);

		private final Threshold threshold;

		Policy(Threshold threshold) {
			this.threshold = threshold;
		}

		Threshold threshold() {
			return this.threshold;
		}

		/**
		 * Whether the policy can compare with the threshold: money with money, counts
		 * with counts.
		 */
		boolean accepts(Threshold other) {
			if (this.threshold == null) {
				return false;
			}
			if (this == VALUE_ABOVE) {
				return other != Threshold.ENTERTAINMENT_FREQUENCY;
			}
			return other == this.threshold;
		}

	}

}
