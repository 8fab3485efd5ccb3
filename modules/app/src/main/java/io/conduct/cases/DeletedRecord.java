package io.conduct.cases;

import java.time.Instant;
import java.util.Map;

import io.conduct.platform.records.RecordKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What stays of another domain's record once its schedule deleted it: its label, dates
 * and statistic, for the statistics and the Audit Committee's record; no one's name or
 * words.
 *
 * @param id {@code KIND:localId}
 * @param recordKind the kind of record
 * @param recordId the record's local id
 * @param label its label
 * @param receivedAt when it was made
 * @param closedAt when it was closed
 * @param decidedAt when it was decided
 * @param statistic its kinds, statuses, outcomes
 * @param pack the pack whose schedule decided
 * @param schedule that schedule's law or rule
 * @param dueAt when it fell due
 * @param deletedAt when it was deleted
 */
@Document("deleted_records")
record DeletedRecord(@Id String id, RecordKind recordKind, String recordId, String label, Instant receivedAt,
		Instant closedAt, Instant decidedAt, Map<String, String> statistic, String pack, String schedule, Instant dueAt,
		Instant deletedAt) {

	static String idOf(RecordKind kind, String recordId) {
		return kind.name() + ":" + recordId;
	}

}
