package io.conduct.disclosures;

import java.util.List;

/**
 * Where a clause stands in the Code's version in force: the section under its heading, or
 * wherever its words are now.
 */
interface CodeSections {

	/** No Code: clauses are referenced by the rules file's headings only. */
	CodeSections NONE = (heading, quote) -> new Reference(null, heading, false);

	Reference locate(String heading, String quote);

	/**
	 * The sections of one version.
	 * @param versionNumber the version's number
	 * @param sections heading and body of each section
	 * @return the lookup
	 */
	static CodeSections of(int versionNumber, List<Section> sections) {
		List<Section> normalized = sections.stream()
			.map((s) -> new Section(s.heading(), ConflictRules.normalized(s.body())))
			.toList();
		return (heading, quote) -> {
			String words = ConflictRules.normalized(quote);
			for (Section section : normalized) {
				if (section.heading().equalsIgnoreCase(heading)) {
					return new Reference(versionNumber, section.heading(), section.body().contains(words));
				}
			}
			return normalized.stream()
				.filter((s) -> s.body().contains(words))
				.findFirst()
				.map((s) -> new Reference(versionNumber, s.heading(), true))
				.orElse(new Reference(versionNumber, heading, false));
		};
	}

	/**
	 * A section's heading and text.
	 *
	 * @param heading the heading
	 * @param body the text
	 */
	record Section(String heading, String body) {
	}

	/**
	 * A place in the Code.
	 *
	 * @param versionNumber the version, or {@code null} without one
	 * @param heading the section's heading
	 * @param found whether the clause's words are there
	 */
	record Reference(Integer versionNumber, String heading, boolean found) {
	}

}
