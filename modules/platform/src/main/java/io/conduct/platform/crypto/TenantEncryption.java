package io.conduct.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.conduct.platform.tenancy.TenantContext;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Envelope encryption per tenant: values are encrypted with AES-256-GCM under the
 * tenant's data key, bound to the tenant (associated data), and each data key is stored
 * wrapped by a master key of the {@link MasterKeySource} (configuration, a key store, or
 * a KMS). Data keys and master keys can be rotated; older keys keep decrypting what they
 * encrypted.
 */
public class TenantEncryption {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final Base64.Encoder B64 = Base64.getEncoder();

	private static final Base64.Decoder B64D = Base64.getDecoder();

	private final MongoTemplate control;

	private final MasterKeySource masterKeys;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SecretKey> dataKeys = new ConcurrentHashMap<>();

	private final Map<String, DataKey> keyRecords = new ConcurrentHashMap<>();

	public TenantEncryption(MongoTemplate control, CryptoProperties properties, Clock clock) {
		this(control, SecretKeyMasterKeys.fromProperties(properties), clock);
	}

	public TenantEncryption(MongoTemplate control, MasterKeySource masterKeys, Clock clock) {
		this.control = control;
		this.clock = clock;
		this.masterKeys = masterKeys;
		control.indexOps(DataKey.class)
			.createIndex(new Index().on("tenantKey", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
	}

	/**
	 * Encrypts for the current tenant, bound to a context (such as the record and field
	 * it belongs to), so that a value copied elsewhere does not decrypt there.
	 */
	public EncryptedValue encrypt(String plaintext, String context) {
		String tenant = TenantContext.required().key();
		DataKey key = activeKey(tenant);
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, dataKey(key), iv, tenant + '|' + context,
				plaintext.getBytes(StandardCharsets.UTF_8));
		return new EncryptedValue(key.id(), B64.encodeToString(iv), B64.encodeToString(ciphertext));
	}

	/** Decrypts a value of the current tenant and context; any other fails. */
	public String decrypt(EncryptedValue value, String context) {
		String tenant = TenantContext.required().key();
		DataKey key = this.keyRecords.computeIfAbsent(value.keyId(), (id) -> this.control.findById(id, DataKey.class));
		if (key == null || !key.tenantKey().equals(tenant)) {
			throw new IllegalStateException("No data key " + value.keyId() + " for tenant " + tenant);
		}
		byte[] plaintext = gcm(Cipher.DECRYPT_MODE, dataKey(key), B64D.decode(value.iv()), tenant + '|' + context,
				B64D.decode(value.ciphertext()));
		return new String(plaintext, StandardCharsets.UTF_8);
	}

	/**
	 * A keyed hash of a value for the current tenant, to find records by a value that is
	 * stored only encrypted (such as a confidential reporter's identity). Its key is the
	 * tenant's blind-index key, made once and never rotated.
	 */
	public String blindIndex(String value) {
		String tenant = TenantContext.required().key();
		String id = "blind-index:" + tenant;
		DataKey key = this.control.findById(id, DataKey.class);
		if (key == null) {
			key = createKey(tenant, id, false);
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(dataKey(key).getEncoded(), "HmacSHA256"));
			return B64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC failed", ex);
		}
	}

	/** Makes a new data key the current tenant's active one; older keys still decrypt. */
	public String rotateDataKey() {
		String tenant = TenantContext.required().key();
		this.control.updateMulti(Query.query(Criteria.where("tenantKey").is(tenant)), Update.update("active", false),
				DataKey.class);
		return createKey(tenant).id();
	}

	/**
	 * Re-wraps every data key under the active master key, so an old master key can be
	 * retired. Returns how many keys were re-wrapped.
	 */
	public int rewrapDataKeys() {
		int count = 0;
		String active = this.masterKeys.activeKeyId();
		for (DataKey key : this.control.findAll(DataKey.class)) {
			if (!key.masterKeyId().equals(active)) {
				MasterKeySource.WrappedKey wrapped = this.masterKeys.wrap(dataKey(key).getEncoded(), key.id());
				this.control.save(new DataKey(key.id(), key.tenantKey(), wrapped.ciphertext(), wrapped.iv(),
						wrapped.masterKeyId(), key.active(), key.createdAt()));
				count++;
			}
		}
		return count;
	}

	private DataKey activeKey(String tenant) {
		List<DataKey> active = this.control
			.find(Query.query(Criteria.where("tenantKey").is(tenant).and("active").is(true))
				.with(Sort.by(Sort.Direction.DESC, "createdAt"))
				.limit(1), DataKey.class);
		return active.isEmpty() ? createKey(tenant) : active.get(0);
	}

	private DataKey createKey(String tenant) {
		return createKey(tenant, UUID.randomUUID().toString(), true);
	}

	private synchronized DataKey createKey(String tenant, String id, boolean active) {
		byte[] raw = new byte[32];
		this.random.nextBytes(raw);
		MasterKeySource.WrappedKey wrapped = this.masterKeys.wrap(raw, id);
		DataKey key = new DataKey(id, tenant, wrapped.ciphertext(), wrapped.iv(), wrapped.masterKeyId(), active,
				this.clock.instant());
		try {
			this.control.insert(key);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// another instance made the same named key first: use that one
			return this.control.findById(id, DataKey.class);
		}
		this.dataKeys.put(id, aesKey(raw, id));
		return key;
	}

	private SecretKey dataKey(DataKey key) {
		return this.dataKeys.computeIfAbsent(key.id(),
				(id) -> aesKey(
						this.masterKeys
							.unwrap(new MasterKeySource.WrappedKey(key.masterKeyId(), key.wrapIv(), key.wrapped()), id),
						id));
	}

	private static byte[] gcm(int mode, SecretKey key, byte[] iv, String associatedData, byte[] input) {
		try {
			Cipher cipher = AesGcm.cipher();
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM failed", ex);
		}
	}

	private static SecretKey aesKey(byte[] raw, String id) {
		if (raw.length != 32) {
			throw new IllegalStateException("Key " + id + " must be 256 bits");
		}
		return new SecretKeySpec(raw, "AES");
	}

}
