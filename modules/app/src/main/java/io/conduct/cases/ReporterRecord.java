package io.conduct.cases;

import java.time.Instant;

import io.conduct.platform.crypto.EncryptedValue;

/**
 * What a case keeps about its reporter: for an anonymous report only the hashes of the
 * follow-up credentials; otherwise a keyed hash of their identity (to list their own
 * reports) and the identity itself, encrypted.
 *
 * @param ref keyed hash of the reporter's identity; {@code null} for anonymous reports
 * @param identity the reporter's identity and contact details, encrypted; {@code null}
 * for anonymous reports without contact details
 * @param anonymousAccess how an anonymous or public reporter follows up; {@code null}
 * otherwise
 * @param knowinglyFalse whether the report was found knowingly false, which lifts the
 * reporter's protection
 */
record ReporterRecord(String ref, EncryptedValue identity, AnonymousAccess anonymousAccess, boolean knowinglyFalse) {

	/** Nothing kept. */
	static final ReporterRecord NONE = new ReporterRecord(null, null, null, false);

	/**
	 * Anonymous follow-up credentials, as slow hashes only.
	 *
	 * @param locator the random, public part of the receipt key, to find the case
	 * @param secretHash Argon2id hash of the receipt key's secret part
	 * @param passphraseHash Argon2id hash of the reporter's passphrase
	 * @param lockedUntil follow-up refused until then, after repeated failures
	 */
	record AnonymousAccess(String locator, String secretHash, String passphraseHash, Instant lockedUntil) {

		boolean isLockedAt(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

	}

}
