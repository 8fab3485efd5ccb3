package io.conduct.provisioning;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What SCIM knows of a directory entry beyond the directory: the provisioning client's
 * own id for the person, and whether the client deleted it (the person is offboarded and
 * kept; SCIM answers 404 for it from then on).
 *
 * @param personId the directory id, also the SCIM id
 * @param externalId the client's id
 * @param deletedAt when the client deleted it
 * @param provisionedAt when the client created it (null for people made in Conduct)
 */
@Document("scimUsers")
record ScimUserLink(@Id String personId, String externalId, Instant deletedAt, Instant provisionedAt) {

	/**
	 * Whether the client created the person and has not deleted them: a possible group
	 * member.
	 */
	boolean isProvisioned() {
		return this.provisionedAt != null && this.deletedAt == null;
	}

	boolean isDeleted() {
		return this.deletedAt != null;
	}

}
