package io.conduct.platform.crypto;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;

/**
 * One AES-GCM cipher per thread, initialised afresh (key and a new IV) for every value,
 * for the data keys and record keys (software keys, always the default provider; never a
 * master key, which may live in an HSM and need its provider). Looking up the provider
 * for a new cipher cost about as much as sealing or opening a short value, and a page of
 * cases opens a few hundred.
 */
final class AesGcm {

	private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	});

	private AesGcm() {
	}

	/** This thread's cipher: the caller initialises it before every use. */
	static Cipher cipher() {
		return CIPHERS.get();
	}

}
