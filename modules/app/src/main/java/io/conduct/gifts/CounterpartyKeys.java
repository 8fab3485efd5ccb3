package io.conduct.gifts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The keys that add a counterparty's entries up across the group's companies: a
 * counterparty of the group's register by its id (the register is the group's, so every
 * company names it alike), anyone else by their kind and their name with case, accents,
 * punctuation and spacing set aside. Framework-free.
 */
final class CounterpartyKeys {

	private CounterpartyKeys() {
	}

	static String registered(String counterpartyId) {
		return "register:" + counterpartyId;
	}

	static String named(GiftCounterpartyKind kind, String name) {
		return "name:" + kind.name() + ":" + normalized(name);
	}

	/** Lower case, without accents or punctuation, single spaces. */
	static String normalized(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

}
