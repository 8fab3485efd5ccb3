package io.conduct.cases;

import java.time.Instant;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A legal hold on a case: while it is in place no retention schedule deletes the case.
 *
 * @param id the id
 * @param caseId the case held
 * @param reason why, as the person who placed it wrote it
 * @param placedBy who placed it
 * @param placedAs the role they placed it in
 * @param placedAt when
 * @param releasedBy who released it
 * @param releasedAt when; {@code null} while it is in place
 */
@Document("legal_holds")
record LegalHold(@Id String id, String caseId, String reason, String placedBy, Role placedAs, Instant placedAt,
		String releasedBy, Instant releasedAt) {

	boolean inPlace() {
		return this.releasedAt == null;
	}

}
