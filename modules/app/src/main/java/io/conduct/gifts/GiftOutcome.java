package io.conduct.gifts;

/**
 * What a rule decides about an entry, from the least to the most severe; an entry's
 * outcome is the most severe of the rules that apply.
 */
public enum GiftOutcome {

	/** Nothing to do: it is recorded and counts in the totals. */
	NO_ACTION,

	/** Told to the supervisor and the CFO/CAO. */
	FLAG,

	/** Must be returned, or handed to the Company, by a due date. */
	DISPOSE,

	/** Needs the CFO/CAO's approval before it is given. */
	NEEDS_PRIOR_APPROVAL,

	/** Not allowed, and never approvable. */
	REFUSE;

	GiftOutcome worse(GiftOutcome other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

}
