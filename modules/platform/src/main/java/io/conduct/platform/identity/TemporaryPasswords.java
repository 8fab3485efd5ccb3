package io.conduct.platform.identity;

import java.security.SecureRandom;

/**
 * Generates temporary passwords that satisfy the realms' password policy: 20 characters
 * with upper and lower case letters, digits and a symbol.
 */
public final class TemporaryPasswords {

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String SYMBOLS = "-_.!#";

	private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	public static String generate() {
		StringBuilder password = new StringBuilder();
		password.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(SYMBOLS));
		while (password.length() < 20) {
			password.append(pick(ALL));
		}
		return password.toString();
	}

	private static char pick(String alphabet) {
		return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
	}

}
