package io.conduct.cases;

import java.time.Instant;

import io.conduct.platform.records.RecordKind;
import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A legal hold on a record of another domain (a disclosure, a certification, a waiver
 * request): while it is in place no retention schedule deletes the record.
 *
 * @param id the id
 * @param recordKind the kind of record held
 * @param recordId the record's local id
 * @param reason why, as the person who placed it wrote it
 * @param placedBy who placed it
 * @param placedAs the role they placed it in
 * @param placedAt when
 * @param releasedBy who released it
 * @param releasedAt when; {@code null} while it is in place
 */
@Document("record_legal_holds")
record RecordHold(@Id String id, RecordKind recordKind, String recordId, String reason, String placedBy, Role placedAs,
		Instant placedAt, String releasedBy, Instant releasedAt) {
}
