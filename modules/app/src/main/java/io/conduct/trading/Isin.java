package io.conduct.trading;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * International Securities Identification Numbers (ISO 6166): two letters of a country,
 * nine letters or digits, and a check digit computed by the Luhn algorithm over the
 * digits of the first eleven characters (letters count as 10 to 35).
 */
final class Isin {

	private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");

	private Isin() {
	}

	/** Whether the text is an ISIN with the right check digit. */
	static boolean isValid(String isin) {
		if (isin == null || !SHAPE.matcher(isin).matches()) {
			return false;
		}
		return checkDigit(isin.substring(0, 11)) == isin.charAt(11) - '0';
	}

	/** The upper-case, trimmed form of an entered ISIN. */
	static String normalized(String isin) {
		return (isin != null) ? isin.trim().toUpperCase(Locale.ROOT) : null;
	}

	/** The check digit of the first eleven characters. */
	static int checkDigit(String first11) {
		StringBuilder digits = new StringBuilder();
		for (char c : first11.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c - '0') : String.valueOf(c - 'A' + 10));
		}
		int sum = 0;
		boolean doubled = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return (10 - (sum % 10)) % 10;
	}

}
