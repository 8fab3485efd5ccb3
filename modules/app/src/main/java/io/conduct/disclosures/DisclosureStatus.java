package io.conduct.disclosures;

/** Where a disclosure stands. */
public enum DisclosureStatus {

	/** Waiting for the determiner, again when a change altered its evaluation. */
	AWAITING_DETERMINATION,

	/** Determined. */
	DETERMINED,

	/** Withdrawn by the discloser. */
	WITHDRAWN

}
