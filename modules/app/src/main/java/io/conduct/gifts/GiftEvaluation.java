package io.conduct.gifts;

import java.time.Instant;
import java.util.List;

/**
 * The engine's answer for an entry, with every rule it looked at.
 *
 * @param outcome the most severe outcome of the rules that apply
 * @param findings what each rule said
 * @param opensCase whether a rule that applies opens a case
 * @param rulesVersion the version of the rules file
 * @param thresholds where the thresholds came from, in words
 * @param evaluatedAt when
 */
public record GiftEvaluation(GiftOutcome outcome, List<GiftFinding> findings, boolean opensCase, String rulesVersion,
		String thresholds, Instant evaluatedAt) {

	public GiftEvaluation {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

	/**
	 * Whether a rule that applies flags it (or refuses it): the supervisor and the
	 * CFO/CAO are told.
	 */
	boolean flagged() {
		return this.findings.stream()
			.anyMatch((f) -> f.applies() && (f.outcome() == GiftOutcome.FLAG || f.outcome() == GiftOutcome.REFUSE));
	}

	boolean applies(GiftOutcome wanted) {
		return this.findings.stream().anyMatch((f) -> f.applies() && f.outcome() == wanted);
	}

	/** The comparisons of the rules that apply, for notifications and reports. */
	String reasons() {
		return String.join("; ",
				this.findings.stream()
					.filter(GiftFinding::applies)
					.map((f) -> f.rule() + ": " + f.comparison())
					.toList());
	}

}
