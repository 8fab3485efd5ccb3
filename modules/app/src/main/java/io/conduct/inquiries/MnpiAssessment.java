package io.conduct.inquiries;

import java.util.List;

/**
 * Whether an inquiry may concern material non-public information, with every rule looked
 * at and why it fired or not.
 *
 * @param flagged whether a rule fired: the CFO/CAO is told at once
 * @param rulesVersion the version of the rules file applied
 * @param recorderFlagged whether the recorder marked it so
 * @param findings each rule's finding, in the file's order
 */
record MnpiAssessment(boolean flagged, String rulesVersion, boolean recorderFlagged, List<MnpiFinding> findings) {

	MnpiAssessment {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

	/** The findings of the rules that fired. */
	List<MnpiFinding> fired() {
		return this.findings.stream().filter(MnpiFinding::fired).toList();
	}

}
