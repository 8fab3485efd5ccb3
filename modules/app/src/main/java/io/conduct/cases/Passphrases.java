package io.conduct.cases;

import java.text.Normalizer;
import java.util.List;

import com.nulabinc.zxcvbn.Zxcvbn;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Validation;

import org.springframework.stereotype.Component;

/**
 * The passphrases anonymous reporters follow up with. Each is Unicode-normalised (NFKC)
 * before it is checked, hashed or verified, so that the same words typed on another
 * keyboard or device open the report. A new one needs at least
 * {@value CaseLimits#PASSPHRASE_MIN} characters and a strength estimate (zxcvbn) of at
 * least {@value #MIN_SCORE} of 4: guessing it takes more than 10^8 tries. The estimate
 * looks at the first {@value #ESTIMATED_CHARACTERS} characters only, since its cost grows
 * steeply with length; a prefix that strong makes the whole as strong.
 */
@Component
class Passphrases {

	static final int MIN_SCORE = 3;

	static final int ESTIMATED_CHARACTERS = 64;

	private final Zxcvbn estimator = new Zxcvbn();

	/** The passphrase as it is hashed and verified. */
	static String normalized(String passphrase) {
		return Normalizer.normalize(passphrase, Normalizer.Form.NFKC);
	}

	/**
	 * Checks a new passphrase, reporting under {@code passphrase}; words of the context
	 * (e.g. the company's name) count as easy to guess.
	 */
	boolean check(Validation validation, String passphrase, List<String> contextWords) {
		if (passphrase == null) {
			validation.reject("passphrase", UserErrorCode.REQUIRED, "A passphrase to follow up on the report");
			return false;
		}
		String normalized = normalized(passphrase);
		int length = normalized.codePointCount(0, normalized.length());
		if (length < CaseLimits.PASSPHRASE_MIN || length > CaseLimits.PASSPHRASE_MAX) {
			validation.reject("passphrase", UserErrorCode.INVALID, "Between " + CaseLimits.PASSPHRASE_MIN + " and "
					+ CaseLimits.PASSPHRASE_MAX + " characters, to follow up on the report");
			return false;
		}
		String estimated = normalized.substring(0,
				normalized.offsetByCodePoints(0, Math.min(length, ESTIMATED_CHARACTERS)));
		if (this.estimator.measure(estimated, contextWords).getScore() < MIN_SCORE) {
			validation.reject("passphrase", UserErrorCode.WEAK_PASSPHRASE,
					"Too easy to guess: use several words that belong together only for you");
			return false;
		}
		return true;
	}

}
