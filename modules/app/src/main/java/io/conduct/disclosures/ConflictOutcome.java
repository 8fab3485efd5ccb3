package io.conduct.disclosures;

/**
 * The engine's answer for a disclosure, in rising order of severity: the most severe
 * answer of the clauses that apply is the disclosure's.
 */
public enum ConflictOutcome {

	/**
	 * The clauses that apply leave it allowed (an exception holds, or a definition
	 * excludes it).
	 */
	PERMITTED,

	/** The Code leaves the judgement to the determiner. */
	NEEDS_DETERMINATION,

	/** A clause of the Code forbids it. */
	PROHIBITED;

	ConflictOutcome worse(ConflictOutcome other) {
		return (other != null && other.ordinal() > ordinal()) ? other : this;
	}

}
