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
 * @param knowinglyFalse whether the report was found knowingly false (by the Audit
 * Committee, on a handler's proposal), which lifts the reporter's protection
 * @param knowinglyFalseFinding the proposal that it was, and the Audit Committee's
 * decision; {@code null} if none was made
 */
record ReporterRecord(String ref, EncryptedValue identity, AnonymousAccess anonymousAccess, boolean knowinglyFalse,
		KnowinglyFalseFinding knowinglyFalseFinding) {

	/** Nothing kept. */
	static final ReporterRecord NONE = new ReporterRecord(null, null, null, false, null);

	/**
	 * A finding that the report was knowingly false: a handler proposes it, the Audit
	 * Committee (another person) decides.
	 *
	 * @param status proposed, found or rejected
	 * @param proposedBy who proposed it
	 * @param proposalNote why
	 * @param proposedAt when
	 * @param decidedBy the Audit Committee member who decided
	 * @param decisionNote why
	 * @param decidedAt when
	 */
	record KnowinglyFalseFinding(Status status, String proposedBy, String proposalNote, Instant proposedAt,
			String decidedBy, String decisionNote, Instant decidedAt) {

		/** Where a finding stands. */
		enum Status {

			PROPOSED, FOUND, REJECTED

		}

	}

	/**
	 * Anonymous follow-up credentials, as slow hashes only, and the attempts to use them.
	 *
	 * @param locator the random, public part of the receipt key, to find the case
	 * @param secretHash Argon2id hash of the receipt key's secret part
	 * @param passphraseHash Argon2id hash of the reporter's passphrase
	 * @param passphraseForm {@code NFKC} when the passphrase was normalised before it was
	 * hashed; {@code null} for passphrases hashed as typed, before normalisation
	 * @param attempts follow-up attempts since the last one that succeeded, each taken
	 * before the credentials are verified
	 * @param lockedUntil follow-up refused until then, after repeated failures
	 */
	record AnonymousAccess(String locator, String secretHash, String passphraseHash, String passphraseForm,
			Integer attempts, Instant lockedUntil) {

		static final String NFKC = "NFKC";

		/** New credentials, with a normalised passphrase's hash. */
		static AnonymousAccess of(String locator, String secretHash, String passphraseHash) {
			return new AnonymousAccess(locator, secretHash, passphraseHash, NFKC, 0, null);
		}

		/** The passphrase as it was hashed. */
		String asHashed(String passphrase) {
			return NFKC.equals(this.passphraseForm) ? Passphrases.normalized(passphrase) : passphrase;
		}

	}

}
