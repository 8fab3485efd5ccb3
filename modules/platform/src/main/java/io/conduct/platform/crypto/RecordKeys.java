package io.conduct.platform.crypto;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import io.conduct.platform.tenancy.TenantContext;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The key vault: one key per record (a case), wrapped by its tenant's data key, in the
 * control database, apart from the tenants' data. A record's content is sealed with its
 * key ({@link RecordKey}); destroying the key shreds the content wherever a copy of it
 * lies (the tenant's database, its replicas and backups). Keys are read in batches (a
 * page of cases costs one read of the vault) and kept in memory for a while, so that
 * reading a record's content adds no read of its own.
 * <p>
 * Like MongoDB's own key vault for client-side field-level encryption, the vault's
 * backups must be kept no longer than the shortest time a record may be kept after its
 * deletion falls due (see the README): a backup of the vault from before a deletion still
 * holds the key.
 */
public class RecordKeys {

	static final String COLLECTION = "record_keys";

	private static final Duration CACHED_FOR = Duration.ofMinutes(10);

	private static final int CACHED_AT_MOST = 20_000;

	private final MongoTemplate control;

	private final TenantEncryption encryption;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Cached> cache = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
				return size() > CACHED_AT_MOST;
			}
		});

	public RecordKeys(MongoTemplate control, TenantEncryption encryption, Clock clock) {
		this.control = control;
		this.encryption = encryption;
		this.clock = clock;
		control.indexOps(StoredKey.class)
			.createIndex(new Index().on("tenantKey", org.springframework.data.domain.Sort.Direction.ASC)
				.on("kind", org.springframework.data.domain.Sort.Direction.ASC));
	}

	/** Makes the key of a new record of the current tenant. */
	public RecordKey create(String kind, String recordId) {
		String tenant = TenantContext.required().key();
		byte[] raw = new byte[32];
		this.random.nextBytes(raw);
		String id = vaultId(tenant, kind, recordId);
		EncryptedValue wrapped = this.encryption.encrypt(Base64.getEncoder().encodeToString(raw),
				context(kind, recordId));
		this.control.insert(new StoredKey(id, tenant, kind, recordId, wrapped, this.clock.instant(), null));
		RecordKey key = new RecordKey(kind, recordId, new SecretKeySpec(raw, "AES"));
		this.cache.put(id, new Cached(key, this.clock.instant()));
		return key;
	}

	/**
	 * The key of a record of the current tenant: empty if it has none (stored before
	 * sealing) or its key was destroyed ({@link #isDestroyed}).
	 */
	public Optional<RecordKey> find(String kind, String recordId) {
		return Optional.ofNullable(findAll(kind, List.of(recordId)).get(recordId));
	}

	/** The keys of records of the current tenant, by record id, in one read at most. */
	public Map<String, RecordKey> findAll(String kind, Collection<String> recordIds) {
		String tenant = TenantContext.required().key();
		Instant now = this.clock.instant();
		Map<String, RecordKey> found = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String recordId : recordIds) {
			Cached cached = this.cache.get(vaultId(tenant, kind, recordId));
			if (cached != null && cached.at().plus(CACHED_FOR).isAfter(now)) {
				found.put(recordId, cached.key());
			}
			else {
				missing.add(vaultId(tenant, kind, recordId));
			}
		}
		if (!missing.isEmpty()) {
			for (StoredKey stored : this.control.find(Query.query(Criteria.where("_id").in(missing)),
					StoredKey.class)) {
				if (stored.key() == null || !stored.tenantKey().equals(tenant)) {
					continue;
				}
				byte[] raw = Base64.getDecoder()
					.decode(this.encryption.decrypt(stored.key(), context(stored.kind(), stored.recordId())));
				RecordKey key = new RecordKey(kind, stored.recordId(), new SecretKeySpec(raw, "AES"));
				this.cache.put(stored.id(), new Cached(key, now));
				found.put(stored.recordId(), key);
			}
		}
		return found;
	}

	/** Whether the record's key was destroyed: its content is shredded. */
	public boolean isDestroyed(String kind, String recordId) {
		StoredKey stored = this.control.findById(vaultId(TenantContext.required().key(), kind, recordId),
				StoredKey.class);
		return stored != null && stored.destroyedAt() != null;
	}

	/**
	 * Destroys the key of a record of the current tenant: what was sealed with it cannot
	 * be opened again, anywhere. What stays is that a key existed and when it was
	 * destroyed. Idempotent.
	 */
	public void destroy(String kind, String recordId) {
		String id = vaultId(TenantContext.required().key(), kind, recordId);
		this.cache.remove(id);
		this.control.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().unset("key").set("destroyedAt", this.clock.instant()), StoredKey.class);
	}

	private static String vaultId(String tenant, String kind, String recordId) {
		return tenant + '/' + kind + '/' + recordId;
	}

	private static String context(String kind, String recordId) {
		return "record-key/" + kind + '/' + recordId;
	}

	private record Cached(RecordKey key, Instant at) {
	}

	/**
	 * A record's key in the vault.
	 *
	 * @param id tenant, kind and record id
	 * @param tenantKey the tenant
	 * @param kind the kind of record
	 * @param recordId the record
	 * @param key the key, encrypted under the tenant's data key; {@code null} once
	 * destroyed
	 * @param createdAt when it was made
	 * @param destroyedAt when it was destroyed
	 */
	@Document(COLLECTION)
	record StoredKey(@Id String id, String tenantKey, String kind, String recordId, EncryptedValue key,
			Instant createdAt, Instant destroyedAt) {
	}

}
