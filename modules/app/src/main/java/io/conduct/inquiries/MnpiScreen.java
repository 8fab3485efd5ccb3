package io.conduct.inquiries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one engine that tells whether an inquiry may concern material non-public
 * information, by the rules of {@link MnpiRules}: every rule is looked at, a rule fires
 * when it covers the inquirer's kind and its condition holds (the recorder's judgement,
 * or one of its keywords in the question), and each finding says which rule, which
 * keywords and why. Framework-free.
 */
final class MnpiScreen {

	private final MnpiRules rules;

	MnpiScreen(MnpiRules rules) {
		this.rules = rules;
	}

	String rulesVersion() {
		return this.rules.version();
	}

	MnpiAssessment assess(InquirerKind kind, String question, boolean recorderFlagged) {
		String text = MnpiRules.normalized((question != null) ? question : "");
		List<MnpiFinding> findings = new ArrayList<>();
		for (MnpiRules.Rule rule : this.rules.rules()) {
			findings.add(finding(rule, kind, text, recorderFlagged));
		}
		boolean flagged = findings.stream().anyMatch(MnpiFinding::fired);
		return new MnpiAssessment(flagged, this.rules.version(), recorderFlagged, findings);
	}

	private static MnpiFinding finding(MnpiRules.Rule rule, InquirerKind kind, String text, boolean recorderFlagged) {
		if (!rule.kinds().contains(kind)) {
			return new MnpiFinding(rule.rule(), rule.section(), false, false, List.of(),
					"Not applied: the rule covers inquiries from " + words(rule.kinds()) + "; this one is from "
							+ words(List.of(kind)) + ".");
		}
		if (rule.recorderFlag()) {
			return new MnpiFinding(rule.rule(), rule.section(), true, recorderFlagged, List.of(), recorderFlagged
					? "The person who recorded it marked it as possibly concerning material non-public information."
					: "The person who recorded it did not mark it as possibly concerning material non-public information.");
		}
		List<String> matched = matches(rule, text);
		int topics = rule.keywords().values().stream().mapToInt(List::size).sum();
		return new MnpiFinding(rule.rule(), rule.section(), true, !matched.isEmpty(), matched,
				matched.isEmpty() ? "The question mentions none of the rule's " + topics + " topics."
						: "The question mentions "
								+ matched.stream().map((m) -> "\"" + m + "\"").collect(Collectors.joining(", "))
								+ ": a topic that is typically material non-public information, asked by "
								+ words(List.of(kind)) + ".");
	}

	/** The rule's keywords in the text, in the file's order, each once. */
	static List<String> matches(MnpiRules.Rule rule, String text) {
		Set<String> found = new LinkedHashSet<>();
		for (Map.Entry<String, List<String>> language : rule.keywords().entrySet()) {
			boolean anywhere = rule.matchAnywhere().contains(language.getKey());
			for (String keyword : language.getValue()) {
				if (anywhere ? text.contains(keyword) : startsAWord(text, keyword)) {
					found.add(keyword);
				}
			}
		}
		return List.copyOf(found);
	}

	/**
	 * Whether the keyword starts a word of the text: "dividend" is in "dividends" and
	 * "Übernahme" in "Übernahmeangebot", "loss" is not in "gloss".
	 */
	static boolean startsAWord(String text, String keyword) {
		for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
			if (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at))) {
				return true;
			}
		}
		return false;
	}

	private static String words(List<InquirerKind> kinds) {
		return kinds.stream()
			.map((k) -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
			.collect(Collectors.joining(", "));
	}

}
