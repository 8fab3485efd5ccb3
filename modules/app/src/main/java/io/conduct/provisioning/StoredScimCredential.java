package io.conduct.provisioning;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The tenant's one SCIM credential, in the tenant's database: a single document, so that
 * a rotation replaces the secret in one write. Only the secret's SHA-256 is kept (the
 * secret is 256 random bits: a slow hash adds nothing against guessing it).
 *
 * @param id always {@link #CURRENT}
 * @param credentialId changes with each rotation
 * @param label what the administrator called it
 * @param secretHash hex SHA-256 of the secret
 * @param hint the secret's last characters, to tell credentials apart
 * @param issuedAt when the current secret was issued
 * @param issuedBy who issued it
 */
@Document("scimCredentials")
record StoredScimCredential(@Id String id, String credentialId, String label, String secretHash, String hint,
		Instant issuedAt, String issuedBy) {

	static final String CURRENT = "current";

}
