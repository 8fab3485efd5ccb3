package io.conduct.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The hash chain of an audit trail. Each entry carries its place in the chain
 * ({@code seq}, from 1), the hash of the entry before it ({@code prevHash}; the first
 * entry's is the chain's genesis hash) and its own {@code hash}: the SHA-256, in
 * lower-case hex, of the chain's id, a line feed, and the entry's canonical form
 * ({@link CanonicalJson}) — every field of the stored document except {@code hash}
 * itself, dates as ISO-8601 instants with milliseconds.
 * <p>
 * Appending is safe across threads and instances with single-document writes only: a
 * unique index on {@code seq} makes the insert of an entry the one place where its place
 * is decided. An instance appends after the end it last saw (kept in memory, so an append
 * is one insert); if another instance took that place meanwhile, the insert fails on the
 * index, and it reads the chain's end again and chains after it. So the chain never
 * forks, and there is no moment between two writes at which a crash could leave it
 * broken: an entry is in the chain or was never written. (A batch is inserted in order;
 * if it is cut short, the entries inserted are a consistent part of the chain and the
 * rest are chained again.)
 */
final class AuditChain {

	static final String COLLECTION = "audit_log";

	static final String SEQ = "seq";

	static final String PREV_HASH = "prevHash";

	static final String HASH = "hash";

	private static final int DUPLICATE_KEY = 11000;

	private static final int ATTEMPTS = 50;

	private final Map<String, End> ends = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	/**
	 * Appends entries (documents without {@code seq}, {@code prevHash} and {@code hash})
	 * to the chain in the database, in order.
	 */
	void append(MongoOperations database, String chainId, List<Document> entries) {
		MongoCollection<Document> log = database.getCollection(COLLECTION);
		List<Document> pending = new ArrayList<>(entries);
		synchronized (this.locks.computeIfAbsent(chainId, (id) -> new Object())) {
			for (int attempt = 0; attempt < ATTEMPTS && !pending.isEmpty(); attempt++) {
				End end = this.ends.computeIfAbsent(chainId, (id) -> end(database, id));
				List<Document> chained = chain(chainId, end, pending);
				try {
					log.insertMany(chained, new InsertManyOptions().ordered(true));
					Document last = chained.get(chained.size() - 1);
					this.ends.put(chainId, new End(last.getLong(SEQ), last.getString(HASH)));
					return;
				}
				catch (MongoBulkWriteException ex) {
					BulkWriteError error = ex.getWriteErrors().isEmpty() ? null : ex.getWriteErrors().get(0);
					if (error == null || (error.getCode() != DUPLICATE_KEY
							&& ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
						throw ex;
					}
					// another instance took the place: what went in is chained, the rest
					// is chained again after the chain's end as it is now
					pending = new ArrayList<>(pending.subList(error.getIndex(), pending.size()));
					this.ends.remove(chainId);
				}
			}
			if (!pending.isEmpty()) {
				throw new IllegalStateException("The audit chain " + chainId + " stayed contended");
			}
		}
	}

	/** The entries given their places after the end. */
	private static List<Document> chain(String chainId, End end, List<Document> entries) {
		List<Document> chained = new ArrayList<>(entries.size());
		long seq = end.seq();
		String previous = end.hash();
		for (Document entry : entries) {
			Document copy = new Document(entry);
			copy.remove(HASH);
			copy.put(SEQ, ++seq);
			copy.put(PREV_HASH, previous);
			previous = hashOf(chainId, copy);
			copy.put(HASH, previous);
			chained.add(copy);
		}
		return chained;
	}

	/** The last entry of the chain as stored, or the genesis of an empty chain. */
	static End end(MongoOperations database, String chainId) {
		Document last = database.getCollection(COLLECTION)
			.find(new Document(SEQ, new Document("$exists", true)))
			.sort(Sorts.descending(SEQ))
			.limit(1)
			.first();
		if (last == null) {
			return new End(0, genesis(chainId));
		}
		return new End(((Number) last.get(SEQ)).longValue(), last.getString(HASH));
	}

	/** The forgotten end of a chain, e.g. after its entries were changed outside. */
	void forget(String chainId) {
		this.ends.remove(chainId);
	}

	/** What the first entry of a chain names as the entry before it. */
	static String genesis(String chainId) {
		return sha256("conduct-audit-genesis\n" + chainId);
	}

	/** The hash an entry as stored must carry. */
	static String hashOf(String chainId, Document stored) {
		Map<String, Object> canonical = new LinkedHashMap<>();
		stored.forEach((field, value) -> {
			if (!HASH.equals(field)) {
				canonical.put(field, canonicalValue(value));
			}
		});
		return sha256(chainId + '\n' + CanonicalJson.of(canonical));
	}

	private static Object canonicalValue(Object value) {
		if (value == null || value instanceof String || value instanceof Long) {
			return value;
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof Date date) {
			return Instant.ofEpochMilli(date.getTime()).toString();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> canonical = new LinkedHashMap<>();
			map.forEach((key, member) -> canonical.put(String.valueOf(key), canonicalValue(member)));
			return canonical;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AuditChain::canonicalValue).toList();
		}
		// a type the trail never writes: it hashes as a text that no entry written by it
		// can have, so the entry no longer verifies
		return "\u0000" + value.getClass().getSimpleName() + ':' + value;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The end of a chain.
	 *
	 * @param seq the last entry's place; 0 for an empty chain
	 * @param hash its hash; the genesis hash for an empty chain
	 */
	record End(long seq, String hash) {
	}

}
