package io.conduct.audit;

import java.time.Instant;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.audit.AuditVerification;
import io.conduct.platform.audit.AuditVerification.ProblemKind;
import io.conduct.platform.graphql.GlobalId;

/**
 * A chain's verification as GraphQL serves it.
 *
 * @param chain the chain's id
 * @param intact whether nothing was found wrong
 * @param entries how many entries were walked
 * @param lastPlace the place of the last entry
 * @param lastHash its hash
 * @param anchoredPlace the place the latest anchor signed
 * @param anchoredAt when the latest anchor was made
 * @param problem the first thing found wrong
 */
record AuditChainCheck(String chain, boolean intact, long entries, long lastPlace, String lastHash, long anchoredPlace,
		Instant anchoredAt, Problem problem) {

	static AuditChainCheck of(AuditVerification verification) {
		AuditVerification.Problem found = verification.problem();
		Problem problem = null;
		if (found != null) {
			String entry = null;
			if (found.entryId() != null) {
				entry = GlobalId.encode(AuditRecord.TYPE, verification.chain().equals(AuditTrail.PLATFORM_CHAIN)
						? AuditRecord.PLATFORM + found.entryId() : found.entryId());
			}
			problem = new Problem(found.kind(), found.seq(), entry, found.explanation());
		}
		return new AuditChainCheck(verification.chain(), verification.intact(), verification.entries(),
				verification.lastSeq(), verification.lastHash(), verification.anchoredSeq(), verification.anchoredAt(),
				problem);
	}

	/**
	 * The first thing found wrong.
	 *
	 * @param kind what
	 * @param place where in the chain
	 * @param entry the global id of the entry found there
	 * @param explanation what was expected and what was found
	 */
	record Problem(ProblemKind kind, long place, String entry, String explanation) {
	}

}
