package io.conduct.platform.crypto;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's data key, wrapped by a master key, in the control database. The newest
 * active key encrypts; every key decrypts what it encrypted.
 *
 * @param id the key id
 * @param tenantKey the tenant
 * @param wrapped the data key encrypted (AES-GCM) under the master key, base64
 * @param wrapIv the nonce of that wrapping, base64
 * @param masterKeyId the master key that wraps it
 * @param active whether it encrypts new values
 * @param createdAt when it was made
 */
@Document("tenant_data_keys")
record DataKey(@Id String id, String tenantKey, String wrapped, String wrapIv, String masterKeyId, boolean active,
		Instant createdAt) {
}
