package io.conduct.inquiries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules that flag an inquiry as possibly concerning material non-public information
 * ({@code inquiries/mnpi-rules.json}), checked when read: every rule is one the engine
 * knows, appears once, quotes the Code's text under the heading it names, covers kinds of
 * inquirer, and is either the recorder's judgement or a list of keywords in the languages
 * Conduct speaks, written as they are matched.
 *
 * @param version the file's version, recorded with every assessment
 * @param source what the file encodes
 * @param rules the rules
 */
record MnpiRules(String version, String source, List<Rule> rules) {

	static final String RESOURCE = "inquiries/mnpi-rules.json";

	static final String CODE_TEXT = "code/code-of-business-conduct-and-ethics.en.txt";

	/** The languages whose keywords a rule may list. */
	static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "ja");

	private static final int MAX_KEYWORDS = 200;

	private static final int MAX_KEYWORD_LENGTH = 50;

	MnpiRules {
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	/** The bundled rules, checked against the bundled text of the Code. */
	static MnpiRules bundled() {
		try (InputStream rules = resource(RESOURCE); InputStream code = resource(CODE_TEXT)) {
			return read(rules, new String(code.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads and checks rules.
	 * @throws IllegalStateException naming every problem
	 */
	static MnpiRules read(InputStream json, String codeText) {
		MnpiRules read = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue(json, MnpiRules.class);
		read.check(codeText);
		return read;
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = MnpiRules.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new IOException("Missing resource " + name);
		}
		return stream;
	}

	/** How questions and keywords are compared: compatibility-normalized, lower case. */
	static String normalized(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	private void check(String codeText) {
		List<String> problems = new ArrayList<>();
		if (this.version == null || this.version.isBlank()) {
			problems.add("no version");
		}
		String code = codeText.replaceAll("\\s+", " ");
		Set<MnpiRuleName> seen = EnumSet.noneOf(MnpiRuleName.class);
		for (Rule rule : this.rules) {
			if (rule.rule() == null) {
				problems.add("a rule has no name");
				continue;
			}
			String name = "rule " + rule.rule();
			if (!seen.add(rule.rule())) {
				problems.add(name + " appears twice");
			}
			if (rule.section() == null || codeText.lines().noneMatch((line) -> line.trim().equals(rule.section()))) {
				problems.add(name + ": the Code has no heading " + rule.section());
			}
			if (rule.quote() == null || !code.contains(rule.quote().replaceAll("\\s+", " "))) {
				problems.add(name + ": the Code does not say \"" + rule.quote() + "\"");
			}
			if (rule.summary() == null || rule.summary().isBlank()) {
				problems.add(name + " has no summary");
			}
			if (rule.kinds().isEmpty()) {
				problems.add(name + " covers no kind of inquirer");
			}
			if (rule.recorderFlag() != rule.keywords().isEmpty()) {
				problems.add(name + " must be either the recorder's judgement or keywords, not both or neither");
			}
			checkKeywords(name, rule, problems);
		}
		for (MnpiRuleName known : MnpiRuleName.values()) {
			if (!seen.contains(known)) {
				problems.add("no rule " + known);
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("MNPI rules " + RESOURCE + " refused: " + String.join("; ", problems));
		}
	}

	private static void checkKeywords(String name, Rule rule, List<String> problems) {
		rule.matchAnywhere()
			.stream()
			.filter((language) -> !LANGUAGES.contains(language))
			.forEach((language) -> problems.add(name + ": matchAnywhere names an unknown language " + language));
		rule.keywords().forEach((language, words) -> {
			if (!LANGUAGES.contains(language)) {
				problems.add(name + ": keywords of an unknown language " + language);
			}
			if (words == null || words.isEmpty() || words.size() > MAX_KEYWORDS) {
				problems.add(name + ": 1 to " + MAX_KEYWORDS + " keywords for " + language);
				return;
			}
			for (String word : words) {
				if (word == null || word.isBlank() || word.length() > MAX_KEYWORD_LENGTH
						|| !word.equals(normalized(word).strip())) {
					problems.add(name + ": keyword \"" + word + "\" (" + language
							+ ") must be written as it is matched: lower case, normalized, no spaces around, at most "
							+ MAX_KEYWORD_LENGTH + " characters");
				}
			}
		});
	}

	/** The rule of that name. */
	Rule rule(MnpiRuleName name) {
		return this.rules.stream().filter((r) -> r.rule() == name).findFirst().orElseThrow();
	}

	/**
	 * One rule.
	 *
	 * @param rule its name
	 * @param section the heading of the Code's section it comes from
	 * @param quote the Code's words it rests on
	 * @param summary the rule in words
	 * @param kinds the kinds of inquirer it covers
	 * @param recorderFlag whether it fires on the recorder's judgement
	 * @param matchAnywhere languages whose keywords match anywhere in the question, not
	 * only at the start of a word (scripts without spaces between words)
	 * @param keywords the topics it fires on, by language
	 */
	record Rule(MnpiRuleName rule, String section, String quote, String summary, List<InquirerKind> kinds,
			Boolean recorderFlag, List<String> matchAnywhere, Map<String, List<String>> keywords) {

		Rule {
			recorderFlag = Boolean.TRUE.equals(recorderFlag);
			kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
			matchAnywhere = (matchAnywhere != null) ? List.copyOf(matchAnywhere) : List.of();
			// in the file's order, so findings list keywords the way the file does
			keywords = (keywords != null)
					? java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keywords)) : Map.of();
		}

	}

}
