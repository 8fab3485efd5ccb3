package io.conduct.disclosures;

import java.time.Instant;
import java.util.List;

/**
 * A determination of a disclosure: the decision, its conditions and reasons.
 *
 * @param decision the decision
 * @param conditions the conditions, for a permission with conditions
 * @param reasons the reasons
 * @param determiner the CFO/CAO or the Board
 * @param determinedBySubject who recorded it
 * @param determinedByPersonId their directory entry
 * @param determinedByName their name
 * @param determinedAt when
 * @param outcomeAtDetermination the engine's outcome then
 * @param tenantRuleId the rule of the tenant it made, if any
 */
public record Determination(DeterminationDecision decision, List<String> conditions, String reasons,
		Determiner determiner, String determinedBySubject, String determinedByPersonId, String determinedByName,
		Instant determinedAt, ConflictOutcome outcomeAtDetermination, String tenantRuleId) {

	public Determination {
		conditions = (conditions != null) ? List.copyOf(conditions) : List.of();
	}

}
