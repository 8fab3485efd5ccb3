package io.conduct.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signature over the end of a chain at a moment, with a key derived from the master
 * keys, which are never in a database. Kept in the control database, apart from the
 * tenants' data: whoever removes entries at the end of a chain cannot make an anchor for
 * the shorter chain.
 *
 * @param id the chain and the place signed
 * @param chain the chain
 * @param seq the place of the entry signed
 * @param hash that entry's hash
 * @param at when the anchor was made
 * @param masterKeyId the master key whose derived key signed
 * @param mac the signature, base64
 */
@Document(AuditAnchor.COLLECTION)
public record AuditAnchor(@Id String id, String chain, long seq, String hash, Instant at, String masterKeyId,
		String mac) {

	static final String COLLECTION = "audit_anchors";

	/** The purpose the signing key is derived for. */
	static final String PURPOSE = "audit-anchor";

	/** What the signature covers. */
	static byte[] message(String chain, long seq, String hash, Instant at) {
		return (chain + '\n' + seq + '\n' + hash + '\n' + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8);
	}

}
