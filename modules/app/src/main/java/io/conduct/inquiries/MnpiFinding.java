package io.conduct.inquiries;

import java.util.List;

/**
 * What one rule made of an inquiry.
 *
 * @param rule the rule
 * @param section the Code's section it comes from
 * @param applies whether it covers the inquirer's kind
 * @param fired whether it flags the inquiry
 * @param matchedKeywords the rule's keywords found in the question
 * @param explanation why, in words
 */
record MnpiFinding(MnpiRuleName rule, String section, boolean applies, boolean fired, List<String> matchedKeywords,
		String explanation) {

	MnpiFinding {
		matchedKeywords = (matchedKeywords != null) ? List.copyOf(matchedKeywords) : List.of();
	}

}
