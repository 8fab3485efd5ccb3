package io.conduct.platform.crypto;

/**
 * Where the master keys are: the keys that wrap the tenants' data keys and that sign the
 * audit trail's anchors. Nothing else ever sees them; a data key is only ever stored
 * wrapped.
 * <p>
 * Two sources come with Conduct: {@link SecretKeyMasterKeys#fromProperties} (base64 keys
 * in configuration, {@code conduct.crypto.master-keys.<id>}: development, and production
 * with keys mounted as files) and {@link SecretKeyMasterKeys#fromKeyStore} (AES keys in a
 * Java key store: a PKCS#12 file, or an HSM through PKCS#11, whose keys never leave it:
 * {@code conduct.crypto.source=keystore}).
 * <p>
 * <b>A KMS</b> plugs in as a bean of this type, which replaces the configured source: the
 * wrapping calls map to the KMS's encrypt and decrypt with the context as its encryption
 * context (AWS KMS {@code Encrypt}/{@code Decrypt} with {@code EncryptionContext}, Google
 * Cloud KMS with additional authenticated data, HashiCorp Vault transit
 * {@code encrypt}/{@code decrypt} with {@code context}), {@link #sign} and
 * {@link #verify} to its MAC operations with an HMAC key per purpose (AWS KMS
 * {@code GenerateMac}/{@code VerifyMac}, Vault transit {@code hmac}/{@code verify}). The
 * key id a source returns is stored beside what it wrapped or signed, so that a rotated
 * source still reads what an older key did.
 */
public interface MasterKeySource {

	/** The id of the master key that wraps new data keys and signs new anchors. */
	String activeKeyId();

	/**
	 * Encrypts a data key under the active master key, bound to a context (the data key's
	 * id): the same bytes under another context do not decrypt.
	 * @param dataKey the raw key
	 * @param context what it is bound to
	 * @return the key wrapped, with the id of the master key that wrapped it
	 */
	WrappedKey wrap(byte[] dataKey, String context);

	/**
	 * Decrypts a data key wrapped by {@link #wrap}.
	 * @throws IllegalStateException if the master key named is not available, or the
	 * wrapping was changed or made for another context
	 */
	byte[] unwrap(WrappedKey wrapped, String context);

	/**
	 * A MAC of the message under a key derived from the active master key for the
	 * purpose, e.g. {@code audit-anchor}.
	 */
	KeySignature sign(String purpose, byte[] message);

	/**
	 * Whether the signature is a MAC of the message for the purpose, by its master key.
	 */
	boolean verify(String purpose, KeySignature signature, byte[] message);

	/**
	 * A data key encrypted under a master key.
	 *
	 * @param masterKeyId the master key that wrapped it
	 * @param iv the nonce, base64; {@code null} where the source's blob carries its own
	 * @param ciphertext the wrapped key (with its tag), base64
	 */
	record WrappedKey(String masterKeyId, String iv, String ciphertext) {
	}

	/**
	 * A MAC made with a master key.
	 *
	 * @param masterKeyId the master key whose derived key made it
	 * @param mac the MAC, base64
	 */
	record KeySignature(String masterKeyId, String mac) {
	}

}
