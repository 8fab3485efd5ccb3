package io.conduct.trading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The insider trading rules as data ({@code trading/trading-rules.json}): each rule's
 * effect at the request and at the trade, whose securities and which people it looks at,
 * whether only the CFO/CAO may see it, and its basis (quoting the Code where the Code
 * says it); with the policy's defaults and the figures of the SEC's rules. Checked when
 * read: every rule the engine knows is listed once, each quote is found in the Code's
 * section, and the figures are in range.
 *
 * @param version the file's version, recorded with every answer
 * @param source what the file encodes
 * @param section the Code's section the quotes are from
 * @param defaults a tenant's settings until its CFO/CAO changes them
 * @param coolingOff the cooling-off periods of Rule 10b5-1 plans
 * @param shortSwingMonths the short-swing period
 * @param form4BusinessDays SEC business days to file a Form 4
 * @param rules the rules, in the order the engine looks at them
 */
record TradingRules(String version, String source, String section, Defaults defaults, CoolingOffDays coolingOff,
		int shortSwingMonths, int form4BusinessDays, List<Rule> rules) {

	static final String RESOURCE = "trading/trading-rules.json";

	static final String CODE_TEXT = "code/code-of-business-conduct-and-ethics.en.txt";

	TradingRules {
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	/** The bundled rules, checked against the bundled text of the Code. */
	static TradingRules bundled() {
		try (InputStream rules = resource(RESOURCE); InputStream code = resource(CODE_TEXT)) {
			TradingRules read = JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(rules, TradingRules.class);
			read.check(new String(code.readAllBytes(), StandardCharsets.UTF_8));
			return read;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = TradingRules.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new IOException("Missing resource " + name);
		}
		return stream;
	}

	/** The rule's entry. */
	Rule rule(TradingRule name) {
		return this.rules.stream().filter((r) -> r.rule() == name).findFirst().orElseThrow();
	}

	/** The rules that act at a stage, in order. */
	List<Rule> at(Stage stage) {
		return this.rules.stream().filter((r) -> r.effects().containsKey(stage)).toList();
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
		String sectionText = sectionOf(codeText, this.section).map(TradingRules::normalized).orElse(null);
		if (sectionText == null) {
			problems.add("the Code has no section " + this.section);
		}
		if (this.defaults == null || this.defaults.clearanceTradingDays() < 1
				|| this.defaults.clearanceTradingDays() > TradingSettings.MAX_CLEARANCE_DAYS
				|| this.defaults.blackoutStartDay() < 1 || this.defaults.blackoutStartDay() > 28
				|| this.defaults.blackoutEndTradingDays() < 0 || this.defaults.blackoutEndTradingDays() > 10) {
			problems.add("defaults out of range: " + this.defaults);
		}
		if (this.coolingOff == null || this.coolingOff.directorsAndOfficersDays() < 1
				|| this.coolingOff.directorsAndOfficersMaxDays() < this.coolingOff.directorsAndOfficersDays()
				|| this.coolingOff.othersDays() < 1 || this.coolingOff.periodicReportBusinessDays() < 0) {
			problems.add("coolingOff out of range: " + this.coolingOff);
		}
		if (this.shortSwingMonths < 1 || this.form4BusinessDays < 1) {
			problems.add("shortSwingMonths and form4BusinessDays must be positive");
		}
		Set<TradingRule> seen = EnumSet.noneOf(TradingRule.class);
		for (Rule rule : this.rules) {
			if (rule.rule() == null || rule.group() == null || rule.securities() == null || rule.persons() == null
					|| rule.effects().isEmpty()) {
				problems.add("a rule lacks its rule, group, securities, persons or effects: " + rule);
				continue;
			}
			if (!seen.add(rule.rule())) {
				problems.add(rule.rule() + " appears twice");
			}
			if (rule.basis() == null || rule.basis().isBlank() || rule.summary() == null || rule.summary().isBlank()) {
				problems.add(rule.rule() + " has no basis or summary");
			}
			if (rule.quote() != null && sectionText != null && !sectionText.contains(normalized(rule.quote()))) {
				problems.add(rule.rule() + " quotes what the Code's section " + this.section + " does not say");
			}
		}
		for (int i = 1; i < this.rules.size(); i++) {
			Group before = this.rules.get(i - 1).group();
			Group after = this.rules.get(i).group();
			if (before != null && after != null && after.ordinal() < before.ordinal()) {
				problems.add(this.rules.get(i).rule() + " (" + after + ") comes after a rule of " + before
						+ ": groups go in the order " + List.of(Group.values()));
			}
		}
		Set<TradingRule> missing = EnumSet.allOf(TradingRule.class);
		missing.removeAll(seen);
		if (!missing.isEmpty()) {
			problems.add("rules the engine applies but the file leaves out: " + missing);
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(RESOURCE + ": " + String.join("; ", problems));
		}
	}

	/**
	 * The text under a heading of the Code, up to the next heading (a line in capitals).
	 */
	static Optional<String> sectionOf(String codeText, String heading) {
		String[] lines = codeText.split("\\R");
		StringBuilder text = null;
		for (String line : lines) {
			boolean isHeading = !line.isBlank() && line.equals(line.toUpperCase(Locale.ROOT))
					&& line.chars().anyMatch(Character::isLetter);
			if (text != null && isHeading) {
				break;
			}
			if (text != null) {
				text.append(line).append('\n');
			}
			else if (isHeading && line.trim().equals(heading)) {
				text = new StringBuilder();
			}
		}
		return Optional.ofNullable(text).map(StringBuilder::toString);
	}

	private static String normalized(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

	/** When a rule acts. */
	enum Stage {

		/** On a pre-clearance request. */
		REQUEST,

		/** On a trade recorded after the fact. */
		TRADE

	}

	/**
	 * What a rule is for: a permission that clears makes the restrictions moot;
	 * surveillance and reporting always apply; review decides who answers when nothing
	 * else did.
	 */
	enum Group {

		PERMISSION, RESTRICTION, SURVEILLANCE, REPORTING, REVIEW

	}

	/** Whose securities a rule looks at. */
	enum SecurityScope {

		COMPANY, ALL

	}

	/** Which people a rule looks at. */
	enum PersonScope {

		EVERYONE, SUBJECT, NOT_SUBJECT, EXECUTIVES_AND_DIRECTORS

	}

	/**
	 * One rule.
	 *
	 * @param rule its name
	 * @param group what it is for
	 * @param effects what it does at each stage it acts at
	 * @param securities whose securities it looks at
	 * @param persons which people it looks at
	 * @param confidential whether only the CFO/CAO may see that it applied
	 * @param basis where it comes from
	 * @param quote the Code's words, where the Code says it
	 * @param summary the rule in words
	 */
	record Rule(TradingRule rule, Group group, Map<Stage, TradingEffect> effects, SecurityScope securities,
			PersonScope persons, Boolean confidential, String basis, String quote, String summary) {

		Rule {
			confidential = Boolean.TRUE.equals(confidential);
			effects = (effects == null || effects.isEmpty()) ? Map.of() : Map.copyOf(new EnumMap<>(effects));
		}

	}

	/**
	 * A tenant's settings until its CFO/CAO changes them.
	 *
	 * @param clearanceTradingDays trading days a clearance is valid after the day of its
	 * approval
	 * @param blackoutStartDay the day of a quarter's last month its blackout starts
	 * @param blackoutEndTradingDays full trading days after the earnings release it lasts
	 */
	record Defaults(int clearanceTradingDays, int blackoutStartDay, int blackoutEndTradingDays) {
	}

	/**
	 * The cooling-off periods of Rule 10b5-1 plans.
	 *
	 * @param directorsAndOfficersDays days after adoption, for directors and officers
	 * @param periodicReportBusinessDays business days after the periodic report for the
	 * quarter of adoption is filed, for directors and officers (the later of the two)
	 * @param directorsAndOfficersMaxDays at most this many days after adoption
	 * @param othersDays days after adoption, for everyone else
	 */
	record CoolingOffDays(int directorsAndOfficersDays, int periodicReportBusinessDays, int directorsAndOfficersMaxDays,
			int othersDays) {
	}

}
