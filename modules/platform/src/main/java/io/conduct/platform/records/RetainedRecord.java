package io.conduct.platform.records;

import java.time.Instant;
import java.util.Map;

/**
 * A record as its retention schedules see it: the moments its periods run from, and the
 * content-free statistic kept once it is deleted.
 *
 * @param id the record's local id
 * @param label what people call it (a number, or its kind and day), never personal data
 * @param receivedAt when it was made
 * @param closedAt when it was closed (withdrawn, ended); null while it is open
 * @param decidedAt when it was decided; null while it is not
 * @param statistic what stays once it is deleted: kinds, statuses, outcomes, never
 * anyone's name or words
 */
public record RetainedRecord(String id, String label, Instant receivedAt, Instant closedAt, Instant decidedAt,
		Map<String, String> statistic) {

	public RetainedRecord {
		statistic = (statistic != null) ? Map.copyOf(statistic) : Map.of();
	}

}
