package io.conduct.disclosures;

/** The determiner's decision on a disclosure. */
public enum DeterminationDecision {

	CONFLICT, NO_CONFLICT, PERMITTED_WITH_CONDITIONS

}
