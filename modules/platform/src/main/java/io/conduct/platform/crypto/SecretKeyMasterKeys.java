package io.conduct.platform.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Master keys held as {@link SecretKey}s of the JCA: from configuration (base64), or from
 * a key store, where an HSM's keys (PKCS#11) are used through its provider without ever
 * being read out. Data keys are wrapped with AES-256-GCM, bound to their context. A
 * signing key for a purpose is derived inside the same provider: the master key encrypts
 * the SHA-256 of the purpose (two AES blocks, AES used as a pseudo-random function, as in
 * NIST SP 800-108's counter mode), and the 256 bits it gives are an HMAC-SHA256 key.
 */
public final class SecretKeyMasterKeys implements MasterKeySource {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SecretKey> signingKeys = new ConcurrentHashMap<>();

	SecretKeyMasterKeys(Map<String, SecretKey> keys, String activeKeyId) {
		this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
		if (activeKeyId == null || !this.keys.containsKey(activeKeyId)) {
			throw new IllegalStateException(
					"conduct.crypto.active-master-key must name one of the master keys " + this.keys.keySet());
		}
		this.activeKeyId = activeKeyId;
	}

	/** Keys from configuration: key id to a base64-encoded 256-bit AES key. */
	public static SecretKeyMasterKeys fromProperties(CryptoProperties properties) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		properties.masterKeys().forEach((id, key) -> {
			byte[] raw = Base64.getDecoder().decode(key.trim());
			if (raw.length != 32) {
				throw new IllegalStateException("Master key " + id + " must be 256 bits");
			}
			keys.put(id, new SecretKeySpec(raw, "AES"));
		});
		return new SecretKeyMasterKeys(keys, properties.activeMasterKey());
	}

	/**
	 * AES keys of a key store, by alias. A PKCS#11 store (an HSM) is opened through the
	 * SunPKCS11 provider configured by {@code providerConfig}; its keys stay in the HSM.
	 */
	public static SecretKeyMasterKeys fromKeyStore(CryptoProperties.KeyStoreSource source, String activeKeyId) {
		try {
			char[] password = (source.password() != null) ? source.password().toCharArray() : null;
			KeyStore store;
			if (source.providerConfig() != null) {
				Provider provider = Security.getProvider("SunPKCS11").configure(source.providerConfig());
				Security.addProvider(provider);
				store = KeyStore.getInstance(source.type(), provider);
				store.load(null, password);
			}
			else {
				store = KeyStore.getInstance(source.type());
				try (InputStream in = Files.newInputStream(Path.of(source.path()))) {
					store.load(in, password);
				}
			}
			Map<String, SecretKey> keys = new LinkedHashMap<>();
			for (String alias : Collections.list(store.aliases())) {
				if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof SecretKey key
						&& "AES".equalsIgnoreCase(key.getAlgorithm())) {
					keys.put(alias, key);
				}
			}
			return new SecretKeyMasterKeys(keys, activeKeyId);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The master key store could not be read: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String activeKeyId() {
		return this.activeKeyId;
	}

	@Override
	public WrappedKey wrap(byte[] dataKey, String context) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, key(this.activeKeyId), iv, context, dataKey);
		return new WrappedKey(this.activeKeyId, Base64.getEncoder().encodeToString(iv),
				Base64.getEncoder().encodeToString(wrapped));
	}

	@Override
	public byte[] unwrap(WrappedKey wrapped, String context) {
		return gcm(Cipher.DECRYPT_MODE, key(wrapped.masterKeyId()), Base64.getDecoder().decode(wrapped.iv()), context,
				Base64.getDecoder().decode(wrapped.ciphertext()));
	}

	@Override
	public KeySignature sign(String purpose, byte[] message) {
		return new KeySignature(this.activeKeyId,
				Base64.getEncoder().encodeToString(mac(this.activeKeyId, purpose, message)));
	}

	@Override
	public boolean verify(String purpose, KeySignature signature, byte[] message) {
		if (signature == null || signature.masterKeyId() == null || !this.keys.containsKey(signature.masterKeyId())) {
			return false;
		}
		try {
			return MessageDigest.isEqual(mac(signature.masterKeyId(), purpose, message),
					Base64.getDecoder().decode(signature.mac()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private byte[] mac(String keyId, String purpose, byte[] message) {
		SecretKey signing = this.signingKeys.computeIfAbsent(keyId + '\u0000' + purpose, (k) -> derive(keyId, purpose));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(signing);
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC failed", ex);
		}
	}

	private SecretKey derive(String keyId, String purpose) {
		try {
			byte[] label = MessageDigest.getInstance("SHA-256")
				.digest(("conduct/" + purpose).getBytes(StandardCharsets.UTF_8));
			Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(keyId));
			return new SecretKeySpec(cipher.doFinal(label), "HmacSHA256");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Key derivation failed", ex);
		}
	}

	private SecretKey key(String id) {
		SecretKey key = this.keys.get(id);
		if (key == null) {
			throw new IllegalStateException("Master key " + id + " is not configured");
		}
		return key;
	}

	private static byte[] gcm(int mode, SecretKey key, byte[] iv, String associatedData, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM failed", ex);
		}
	}

}
