package io.conduct.platform.crypto;

/**
 * A value encrypted with AES-256-GCM under one of a tenant's data keys.
 *
 * @param keyId the data key's id
 * @param iv the 96-bit nonce, base64
 * @param ciphertext ciphertext and tag, base64
 */
public record EncryptedValue(String keyId, String iv, String ciphertext) {
}
