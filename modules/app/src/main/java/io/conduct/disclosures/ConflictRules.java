package io.conduct.disclosures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Code's conflict-of-interest clauses as data
 * ({@code disclosures/conflict-rules.json}), with their thresholds, checked when read:
 * every clause is one the engine knows, quotes the Code's text under the heading it
 * names, has the parameters its policy needs, and every kind of disclosure is looked at
 * for each kind of person.
 *
 * @param version the file's version, recorded with every evaluation
 * @param source what the file encodes
 * @param definitions the Code's definitions
 * @param uncovered what stands when no clause of the person's list covers a disclosure
 * @param clauses the clauses
 */
record ConflictRules(String version, String source, Definitions definitions, Uncovered uncovered,
		List<Clause> clauses) {

	static final String RESOURCE = "disclosures/conflict-rules.json";

	static final String CODE_TEXT = "code/code-of-business-conduct-and-ethics.en.txt";

	ConflictRules {
		clauses = (clauses != null) ? List.copyOf(clauses) : List.of();
	}

	/** The bundled rules, checked against the bundled text of the Code. */
	static ConflictRules bundled() {
		try (InputStream rules = resource(RESOURCE); InputStream code = resource(CODE_TEXT)) {
			ConflictRules read = JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(rules, ConflictRules.class);
			read.check(new String(code.readAllBytes(), StandardCharsets.UTF_8));
			return read;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = ConflictRules.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new IOException("Missing resource " + name);
		}
		return stream;
	}

	/**
	 * Refuses rules that the engine could not apply faithfully.
	 * @throws IllegalStateException naming every problem
	 */
	void check(String codeText) {
		List<String> problems = new ArrayList<>();
		String code = normalized(codeText);
		if (this.version == null || this.version.isBlank()) {
			problems.add("no version");
		}
		if (this.definitions == null || this.definitions.significantPercent() == null
				|| !percent(this.definitions.significantPercent())) {
			problems.add("definitions.significantPercent must be a percentage");
		}
		else {
			for (Map.Entry<String, Quoted> definition : this.definitions.quoted().entrySet()) {
				checkQuote("definitions." + definition.getKey(), definition.getValue(), code, codeText, problems);
			}
		}
		if (this.uncovered == null || this.uncovered.outcome() == null || this.uncovered.clause() == null) {
			problems.add("uncovered needs a clause and an outcome");
		}
		else {
			checkQuote("uncovered", new Quoted(this.uncovered.section(), this.uncovered.quote()), code, codeText,
					problems);
		}
		Set<ConflictClause> seen = EnumSet.noneOf(ConflictClause.class);
		for (Clause clause : this.clauses) {
			String name = "clause " + clause.id();
			if (clause.id() == null || clause.appliesTo() == null || clause.policy() == null
					|| clause.breach() == null) {
				problems.add("a clause lacks its id, appliesTo, policy or breach: " + clause);
				continue;
			}
			if (!seen.add(clause.id())) {
				problems.add(name + " appears twice");
			}
			if (clause.summary() == null || clause.summary().isBlank()) {
				problems.add(name + " has no summary");
			}
			checkQuote(name, new Quoted(clause.section(), clause.quote()), code, codeText, problems);
			clause.exceptBelowPercent().forEach((ownership, threshold) -> {
				if (!percent(threshold)) {
					problems.add(name + ": exceptBelowPercent." + ownership + " is not a percentage");
				}
			});
			boolean needsCounterparty = clause.policy() != ClausePolicy.FAMILY_SUPERVISION
					&& clause.policy() != ClausePolicy.OTHER_ACTIVITY;
			if (needsCounterparty && clause.counterparties().isEmpty()) {
				problems.add(name + " names no counterparties");
			}
			if (clause.policy() == ClausePolicy.FINANCIAL_INTEREST && clause.holders().isEmpty()) {
				problems.add(name + " names no holders");
			}
			if ((clause.atCompanyRequestException() || !clause.exceptBelowPercent().isEmpty()
					|| clause.policy() == ClausePolicy.OTHER_ACTIVITY) && clause.exceptionOutcome() == null) {
				problems.add(name + " has an exception but no exceptionOutcome");
			}
		}
		for (PersonGroup group : PersonGroup.values()) {
			for (ClausePolicy policy : EnumSet.of(ClausePolicy.SERVICE, ClausePolicy.FINANCIAL_INTEREST,
					ClausePolicy.FAMILY_SUPERVISION, ClausePolicy.OTHER_ACTIVITY)) {
				if (this.clauses.stream().noneMatch((c) -> c.appliesTo() == group && c.policy() == policy)) {
					problems.add("no " + policy + " clause for " + group + ": the Code has one");
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Conflict rules " + RESOURCE + " refused: " + String.join("; ", problems));
		}
	}

	private static void checkQuote(String name, Quoted quoted, String code, String codeText, List<String> problems) {
		if (quoted.section() == null || quoted.quote() == null) {
			problems.add(name + " needs a section and a quote");
			return;
		}
		if (codeText.lines().noneMatch((line) -> line.trim().equals(quoted.section()))) {
			problems.add(name + ": the Code has no heading " + quoted.section());
		}
		if (!code.contains(normalized(quoted.quote()))) {
			problems.add(name + ": the Code does not say \"" + quoted.quote() + "\"");
		}
	}

	private static boolean percent(BigDecimal value) {
		return value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
	}

	/**
	 * Lower case, bullets and runs of white space made one space: how quotes are found.
	 */
	static String normalized(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("(?m)^\\s*-\\s+", " ").replaceAll("\\s+", " ").trim();
	}

	/** The clauses of one list that a policy applies. */
	List<Clause> clausesFor(PersonGroup group, ClausePolicy policy) {
		return this.clauses.stream().filter((c) -> c.appliesTo() == group && c.policy() == policy).toList();
	}

	/**
	 * The Code's definitions.
	 *
	 * @param significantPercent "in excess of five percent"
	 * @param significantCustomer where the Code defines a significant customer
	 * @param significantSupplier where it defines a significant supplier
	 * @param closeRelative where it defines a close relative
	 * @param immediateFamily where it defines immediate family
	 */
	record Definitions(BigDecimal significantPercent, Quoted significantCustomer, Quoted significantSupplier,
			Quoted closeRelative, Quoted immediateFamily) {

		Map<String, Quoted> quoted() {
			Map<String, Quoted> all = new java.util.LinkedHashMap<>();
			all.put("significantCustomer", this.significantCustomer);
			all.put("significantSupplier", this.significantSupplier);
			all.put("closeRelative", this.closeRelative);
			all.put("immediateFamily", this.immediateFamily);
			all.values().removeIf(java.util.Objects::isNull);
			if (all.size() < 4) {
				all.put("missing", new Quoted(null, null));
			}
			return all;
		}

	}

	/**
	 * A place in the Code.
	 *
	 * @param section the heading of the section
	 * @param quote words of the Code in it
	 */
	record Quoted(String section, String quote) {
	}

	/**
	 * What stands when the person's list has no clause for the kind of disclosure.
	 *
	 * @param clause the clause recorded
	 * @param section the heading
	 * @param quote the Code's words
	 * @param summary the rule in words
	 * @param outcome the outcome
	 */
	record Uncovered(ConflictClause clause, String section, String quote, String summary, ConflictOutcome outcome) {
	}

	/**
	 * One clause.
	 *
	 * @param id the clause
	 * @param appliesTo whose list it is on
	 * @param policy the engine's policy that applies it
	 * @param section the heading of the Code's section it is in
	 * @param quote the Code's words
	 * @param summary the rule in words
	 * @param counterparties what the counterparty must be for the clause to apply
	 * @param capacities the capacities of service it covers (all when empty)
	 * @param holders whose interest or relationship it covers
	 * @param exceptBelowPercent the exception: an investment below this percentage of the
	 * outstanding shares, by ownership (none for an ownership not listed)
	 * @param atCompanyRequestException whether service at the Company's request is
	 * excepted
	 * @param breach the outcome when the discloser breaches it
	 * @param relativeBreach the outcome when a close relative's situation breaches it
	 * (the breach's when absent)
	 * @param breachNote why the breach has that outcome, when it is not plain
	 * @param exceptionOutcome the outcome when the exception holds
	 * @param exceptionNote why the exception has that outcome
	 */
	record Clause(ConflictClause id, PersonGroup appliesTo, ClausePolicy policy, String section, String quote,
			String summary, List<Standing> counterparties, List<ServiceCapacity> capacities,
			List<InterestHolder> holders, Map<Ownership, BigDecimal> exceptBelowPercent,
			Boolean atCompanyRequestException, ConflictOutcome breach, ConflictOutcome relativeBreach,
			String breachNote, ConflictOutcome exceptionOutcome, String exceptionNote) {

		Clause {
			counterparties = (counterparties != null) ? List.copyOf(counterparties) : List.of();
			capacities = (capacities != null) ? List.copyOf(capacities) : List.of();
			holders = (holders != null) ? List.copyOf(holders) : List.of();
			exceptBelowPercent = (exceptBelowPercent != null) ? Map.copyOf(exceptBelowPercent) : Map.of();
			atCompanyRequestException = Boolean.TRUE.equals(atCompanyRequestException);
		}

		ConflictOutcome breachBy(InterestHolder holder) {
			return (holder == InterestHolder.RELATIVE && this.relativeBreach != null) ? this.relativeBreach
					: this.breach;
		}

	}

	/** Which engine policy applies a clause. */
	enum ClausePolicy {

		SERVICE, RELATIVE_SERVICE, FINANCIAL_INTEREST, FAMILY_SUPERVISION, DECISION_INFLUENCE, OTHER_ACTIVITY

	}

	/** What a counterparty must be for a clause to apply. */
	enum Standing {

		SIGNIFICANT_CUSTOMER("significant customer"), SIGNIFICANT_SUPPLIER("significant supplier"),
		DIRECT_COMPETITOR("direct competitor"), CUSTOMER("customer"), SUPPLIER("supplier");

		private final String words;

		Standing(String words) {
			this.words = words;
		}

		String words() {
			return this.words;
		}

	}

}
