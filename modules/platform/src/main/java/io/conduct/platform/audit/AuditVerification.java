package io.conduct.platform.audit;

import java.time.Instant;

/**
 * What the verifier found walking a chain.
 *
 * @param chain the chain's id ({@code tenant:<key>} or {@code platform})
 * @param entries how many entries it walked
 * @param lastSeq the place of the last entry; 0 for an empty chain
 * @param lastHash the hash of the last entry as stored
 * @param anchoredSeq the place the latest anchor signed; 0 when none was made yet
 * @param anchoredAt when the latest anchor was made
 * @param problem the first entry changed, removed or reordered, or the truncation;
 * {@code null} when the chain is intact
 */
public record AuditVerification(String chain, long entries, long lastSeq, String lastHash, long anchoredSeq,
		Instant anchoredAt, Problem problem) {

	/**
	 * Whether every entry is as it was written, in its place, and nothing was cut off.
	 */
	public boolean intact() {
		return this.problem == null;
	}

	/** The kinds of tampering the verifier tells apart. */
	public enum ProblemKind {

		/** An entry's content no longer matches its hash (or what an anchor signed). */
		CHANGED,

		/** An entry is missing from its place (the entry named is the one after it). */
		REMOVED,

		/**
		 * An entry is intact but stands at another place than the one it was written at.
		 */
		REORDERED,

		/**
		 * Entries at the end were removed: the chain stops before what an anchor signed.
		 */
		TRUNCATED,

		/** An anchor's signature does not verify with the master keys. */
		ANCHOR_FORGED

	}

	/**
	 * The first thing found wrong.
	 *
	 * @param kind what kind
	 * @param seq the place in the chain where it is
	 * @param entryId the entry found there (for {@code REMOVED} the entry after the gap;
	 * {@code null} for {@code TRUNCATED})
	 * @param explanation what was expected and what was found
	 */
	public record Problem(ProblemKind kind, long seq, String entryId, String explanation) {
	}

}
