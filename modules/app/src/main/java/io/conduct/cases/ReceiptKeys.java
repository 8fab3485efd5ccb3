package io.conduct.cases;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt keys of anonymous reports: 24 characters of Crockford base32 (120 random bits),
 * shown in groups of four. The first eight characters locate the case; the other sixteen
 * (80 bits) are the secret, stored only as a slow hash.
 */
final class ReceiptKeys {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int LOCATOR = 8;

	private static final int LENGTH = 24;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ReceiptKeys() {
	}

	static ReceiptKey generate() {
		StringBuilder key = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new ReceiptKey(key.substring(0, LOCATOR), key.substring(LOCATOR));
	}

	/** Reads a key as typed: case and separators do not matter. */
	static Optional<ReceiptKey> parse(String typed) {
		if (typed == null || typed.length() > 64) {
			return Optional.empty();
		}
		String key = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (key.length() != LENGTH || !key.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(new ReceiptKey(key.substring(0, LOCATOR), key.substring(LOCATOR)));
	}

	/**
	 * A receipt key.
	 *
	 * @param locator the part that finds the case
	 * @param secret the part that proves possession
	 */
	record ReceiptKey(String locator, String secret) {

		/** As shown to the reporter, once: {@code ABCD-EFGH-...}. */
		String display() {
			String key = this.locator + this.secret;
			StringBuilder shown = new StringBuilder();
			for (int i = 0; i < key.length(); i += 4) {
				if (i > 0) {
					shown.append('-');
				}
				shown.append(key, i, i + 4);
			}
			return shown.toString();
		}

	}

}
