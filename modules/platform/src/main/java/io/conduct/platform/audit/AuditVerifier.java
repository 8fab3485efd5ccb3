package io.conduct.platform.audit;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;
import io.conduct.platform.audit.AuditVerification.Problem;
import io.conduct.platform.audit.AuditVerification.ProblemKind;
import io.conduct.platform.tenancy.TenantContext;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Walks a chain in the order of its places and names the first entry that was changed,
 * removed or reordered, then holds the chain's end against its anchors to find entries
 * removed at the end:
 * <ul>
 * <li>an entry whose content does not give its hash was changed, unless it gives its hash
 * at the place after the entry it names as its predecessor: then it was moved
 * (reordered);</li>
 * <li>a place with no entry, or an intact entry whose predecessor is not the entry before
 * it, means an entry was removed;</li>
 * <li>an anchor whose place holds an entry with another hash means the chain was
 * rewritten from there; an anchor past the chain's end means it was truncated.</li>
 * </ul>
 * It reads the chain once, in batches, and looks up single entries by hash only where the
 * order is broken.
 */
public class AuditVerifier {

	private static final int LOOKUPS = 64;

	private static final int RENUMBERED = 1000;

	private final MongoOperations tenantData;

	private final MongoOperations control;

	private final AuditAnchors anchors;

	public AuditVerifier(MongoOperations tenantData, MongoOperations control, AuditAnchors anchors) {
		this.tenantData = tenantData;
		this.control = control;
		this.anchors = anchors;
	}

	/** Verifies the current tenant's chain. */
	public AuditVerification verifyCurrentTenant() {
		return verify(this.tenantData, AuditTrail.tenantChain(TenantContext.required().key()));
	}

	/** Verifies the platform's chain. */
	public AuditVerification verifyPlatform() {
		return verify(this.control, AuditTrail.PLATFORM_CHAIN);
	}

	private AuditVerification verify(MongoOperations database, String chain) {
		List<AuditAnchor> anchored = this.anchors.all(chain);
		Map<Long, AuditAnchor> anchorAt = new HashMap<>();
		Problem problem = null;
		for (AuditAnchor anchor : anchored) {
			if (problem == null && !this.anchors.isGenuine(anchor)) {
				problem = new Problem(ProblemKind.ANCHOR_FORGED, anchor.seq(), null, "The anchor of " + anchor.at()
						+ " for place " + anchor.seq() + " does not verify with the master keys");
			}
			anchorAt.put(anchor.seq(), anchor);
		}
		AuditAnchor latest = anchored.isEmpty() ? null : anchored.get(anchored.size() - 1);
		long expectedSeq = 1;
		String expectedPrev = AuditChain.genesis(chain);
		long walked = 0;
		String lastHash = expectedPrev;
		long lastSeq = 0;
		try (MongoCursor<Document> entries = database.getCollection(AuditChain.COLLECTION)
			.find(new Document(AuditChain.SEQ, new Document("$exists", true)))
			.sort(Sorts.ascending(AuditChain.SEQ))
			.batchSize(1000)
			.iterator()) {
			while (entries.hasNext()) {
				Document entry = entries.next();
				walked++;
				long seq = ((Number) entry.get(AuditChain.SEQ)).longValue();
				String hash = entry.getString(AuditChain.HASH);
				if (problem == null) {
					problem = check(database, chain, entry, seq, expectedSeq, expectedPrev, anchorAt.get(seq));
				}
				expectedSeq = seq + 1;
				expectedPrev = hash;
				lastSeq = seq;
				lastHash = hash;
			}
		}
		if (problem == null && latest != null && latest.seq() > lastSeq) {
			problem = new Problem(ProblemKind.TRUNCATED, lastSeq + 1, null,
					"The chain ends at place " + lastSeq + " but the anchor of " + latest.at() + " signed place "
							+ latest.seq() + ": the entries after place " + lastSeq + " were removed");
		}
		return new AuditVerification(chain, walked, lastSeq, lastHash, (latest != null) ? latest.seq() : 0,
				(latest != null) ? latest.at() : null, problem);
	}

	private Problem check(MongoOperations database, String chain, Document entry, long seq, long expectedSeq,
			String expectedPrev, AuditAnchor anchor) {
		String id = String.valueOf(entry.get("_id"));
		String hash = entry.getString(AuditChain.HASH);
		String prev = entry.getString(AuditChain.PREV_HASH);
		boolean intact = hash != null && hash.equals(AuditChain.hashOf(chain, entry));
		if (!intact) {
			Long original = originalPlace(database, chain, entry, new HashMap<>(), 0);
			if (original != null && original != seq) {
				return new Problem(ProblemKind.REORDERED, seq, id,
						"Entry " + id + " was written at place " + original + " and now stands at place " + seq);
			}
			Long renumbered = placeItVerifiesAt(chain, entry, seq);
			if (renumbered != null && !expectedPrev.equals(prev)) {
				return new Problem(ProblemKind.REMOVED, seq, id,
						"Entry " + id + " was written at place " + renumbered + " and now stands at place " + seq
								+ ": the entry before it was removed and the later ones renumbered");
			}
			return new Problem(ProblemKind.CHANGED, seq, id,
					"Entry " + id + " at place " + seq + " no longer matches its hash: it was changed");
		}
		if (seq != expectedSeq) {
			return new Problem(ProblemKind.REMOVED, seq, id, "Place " + expectedSeq
					+ ((seq - expectedSeq > 1) ? " to " + (seq - 1) : "") + " is empty: removed before entry " + id);
		}
		if (!expectedPrev.equals(prev)) {
			return new Problem(ProblemKind.REMOVED, seq, id, "Entry " + id + " at place " + seq
					+ " follows an entry that is not the one before it: the entry before it was removed");
		}
		if (anchor != null && !anchor.hash().equals(hash)) {
			return new Problem(ProblemKind.CHANGED, seq, id, "Entry " + id + " at place " + seq
					+ " is not the entry the anchor of " + anchor.at() + " signed: the chain was rewritten");
		}
		return null;
	}

	/**
	 * The later place, if any within {@code RENUMBERED} places, at which an entry's
	 * content gives its hash: the place it was written at, before the entries in between
	 * were removed and it was moved up.
	 */
	private static Long placeItVerifiesAt(String chain, Document entry, long seq) {
		Document moved = new Document(entry);
		for (long place = seq + 1; place <= seq + RENUMBERED; place++) {
			moved.put(AuditChain.SEQ, place);
			if (entry.getString(AuditChain.HASH) != null
					&& entry.getString(AuditChain.HASH).equals(AuditChain.hashOf(chain, moved))) {
				return place;
			}
		}
		return null;
	}

	/**
	 * The place an entry was written at: one after the place of the entry it names as its
	 * predecessor (found by hash, itself perhaps moved), if its content gives its hash
	 * there; {@code null} if not (it was changed).
	 */
	private Long originalPlace(MongoOperations database, String chain, Document entry, Map<String, Long> known,
			int depth) {
		String hash = entry.getString(AuditChain.HASH);
		if (hash == null || depth > LOOKUPS) {
			return null;
		}
		if (known.containsKey(hash)) {
			return known.get(hash);
		}
		Object stored = entry.get(AuditChain.SEQ);
		if (stored instanceof Number number && hash.equals(AuditChain.hashOf(chain, entry))) {
			known.put(hash, number.longValue());
			return number.longValue();
		}
		String prev = entry.getString(AuditChain.PREV_HASH);
		long before;
		if (AuditChain.genesis(chain).equals(prev)) {
			before = 0;
		}
		else {
			Iterator<Document> predecessor = database.getCollection(AuditChain.COLLECTION)
				.find(new Document(AuditChain.HASH, prev))
				.limit(1)
				.iterator();
			if (!predecessor.hasNext()) {
				return null;
			}
			Long place = originalPlace(database, chain, predecessor.next(), known, depth + 1);
			if (place == null) {
				return null;
			}
			before = place;
		}
		Document moved = new Document(entry);
		moved.put(AuditChain.SEQ, before + 1);
		Long original = hash.equals(AuditChain.hashOf(chain, moved)) ? before + 1 : null;
		known.put(hash, original);
		return original;
	}

}
