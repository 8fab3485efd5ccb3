package io.conduct.disclosures;

import java.time.Instant;
import java.util.List;

/**
 * The engine's answer for a disclosure, with every clause it looked at.
 *
 * @param outcome the most severe outcome of the clauses that apply
 * @param findings what each clause said
 * @param significance the counterparty's significance used, when one is named
 * @param rulesVersion the version of the rules file
 * @param codeVersion the number of the Code's version in force
 * @param evaluatedAt when
 * @param trigger what made it evaluate
 */
public record Evaluation(ConflictOutcome outcome, List<Finding> findings, Significance significance,
		String rulesVersion, Integer codeVersion, Instant evaluatedAt, Trigger trigger) {

	public Evaluation {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

	Evaluation at(Instant when, Trigger why) {
		return new Evaluation(this.outcome, this.findings, this.significance, this.rulesVersion, this.codeVersion, when,
				why);
	}

	/** Whether the answer or its reasons differ from another evaluation's. */
	boolean differsFrom(Evaluation other) {
		return other == null || this.outcome != other.outcome || !this.findings.equals(other.findings)
				|| !java.util.Objects.equals(this.significance, other.significance);
	}

	/** What made the engine evaluate a disclosure. */
	public enum Trigger {

		/** The disclosure was submitted. */
		SUBMITTED,

		/** A payment of the counterparty was recorded or changed. */
		PAYMENT_CHANGED,

		/** The group's or the supplier's revenue changed. */
		REVENUE_CHANGED,

		/** An exchange rate was set. */
		RATE_CHANGED,

		/** The counterparty's entry in the register changed. */
		COUNTERPARTY_CHANGED,

		/** The discloser's person type changed. */
		PERSON_TYPE_CHANGED,

		/** The discloser's relatives changed. */
		RELATIVES_CHANGED,

		/** The Board made a rule of the tenant. */
		TENANT_RULE_DECLARED

	}

}
