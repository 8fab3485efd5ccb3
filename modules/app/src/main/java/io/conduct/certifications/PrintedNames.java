package io.conduct.certifications;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a printed name is the signer's name in the directory: the same letters, in any
 * case, with any spacing and in any Unicode form (NFKC), so that "erin employee" prints
 * "Erin Employee" but "Erin E." or someone else's name does not.
 */
final class PrintedNames {

	private PrintedNames() {
	}

	static boolean same(String printed, String directoryName) {
		return normalized(printed).equals(normalized(directoryName));
	}

	private static String normalized(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC)
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}

}
