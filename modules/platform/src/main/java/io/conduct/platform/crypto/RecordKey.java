package io.conduct.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The key of one record (a case): what a person typed into it is sealed with it
 * (AES-256-GCM), bound to the record and to the field it belongs to, so a value copied
 * into another field or record does not open. Destroying the key in the key vault
 * ({@link RecordKeys#destroy}) makes every sealed copy unreadable, backups included.
 */
public final class RecordKey {

	/** How a sealed text starts: a text without it was stored before sealing. */
	public static final String SEALED = "sealed:1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String kind;

	private final String recordId;

	private final SecretKey key;

	RecordKey(String kind, String recordId, SecretKey key) {
		this.kind = kind;
		this.recordId = recordId;
		this.key = key;
	}

	/** The kind of record, e.g. {@code Case}. */
	public String kind() {
		return this.kind;
	}

	/** The record's id. */
	public String recordId() {
		return this.recordId;
	}

	/** Whether a stored text is sealed (not one stored in the clear before sealing). */
	public static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(SEALED);
	}

	/**
	 * Seals a text for a field of the record; {@code null} stays {@code null}.
	 * @param plaintext the text
	 * @param field the field it belongs to, e.g. {@code description}
	 * @return the sealed text
	 */
	public String seal(String plaintext, String field) {
		if (plaintext == null) {
			return null;
		}
		return SEALED
				+ Base64.getEncoder().encodeToString(sealBytes(plaintext.getBytes(StandardCharsets.UTF_8), field));
	}

	/**
	 * Opens a text sealed for the field; a text stored in the clear before sealing is
	 * returned as it is, {@code null} stays {@code null}.
	 * @throws IllegalStateException if it was sealed for another record or field, or
	 * changed
	 */
	public String open(String stored, String field) {
		if (!isSealed(stored)) {
			return stored;
		}
		return new String(openBytes(Base64.getDecoder().decode(stored.substring(SEALED.length())), field),
				StandardCharsets.UTF_8);
	}

	/** Seals bytes (a file) for a field of the record: the nonce, then the ciphertext. */
	public byte[] sealBytes(byte[] plaintext, String field) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, iv, field, plaintext, 0, plaintext.length);
		return ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
	}

	/** Opens bytes sealed by {@link #sealBytes} for the field. */
	public byte[] openBytes(byte[] sealed, String field) {
		if (sealed.length < IV_BYTES) {
			throw new IllegalStateException("Not sealed");
		}
		byte[] iv = java.util.Arrays.copyOf(sealed, IV_BYTES);
		return gcm(Cipher.DECRYPT_MODE, iv, field, sealed, IV_BYTES, sealed.length - IV_BYTES);
	}

	private byte[] gcm(int mode, byte[] iv, String field, byte[] input, int offset, int length) {
		try {
			Cipher cipher = AesGcm.cipher();
			cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD((this.kind + '/' + this.recordId + '/' + field).getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input, offset, length);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The sealed value does not open with this record's key", ex);
		}
	}

}
