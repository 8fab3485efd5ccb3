package io.conduct.gifts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.conduct.people.Person;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.tenancy.Tenant;

/**
 * The keys that add one human's entries up across the group's companies, where a person
 * is an entry of each company's own directory. Matching is conservative: two companies'
 * people are the same human only when each recorded with a sign-in whose realm verified
 * the e-mail address ({@code email_verified}) and that address is the one of their
 * directory entry; then the key is a hash of the address. Anyone else keeps a key of
 * their own company and entry, so a match is never a guess (a name, an address nobody
 * verified). Within one company a person's entries are theirs by directory entry whatever
 * the key. Framework-free.
 */
final class GroupPersonKeys {

	private static final String EMAIL = "email:";

	private GroupPersonKeys() {
	}

	/** Whether the key can match the person's entries in another company. */
	static boolean matchesAcrossCompanies(String personKey) {
		return personKey.startsWith(EMAIL);
	}

	/** The key of the person recording, with the caller's sign-in. */
	static String of(Person person, TenantAuthentication caller, Tenant tenant) {
		String email = (caller != null && caller.getToken() != null) ? caller.getToken().getClaimAsString("email")
				: null;
		Boolean verified = (caller != null && caller.getToken() != null)
				? caller.getToken().getClaimAsBoolean("email_verified") : null;
		if (email != null && Boolean.TRUE.equals(verified) && person.email() != null
				&& person.email().equals(email.toLowerCase(Locale.ROOT))) {
			return EMAIL + sha256(person.email());
		}
		return "person:" + tenant.key() + ":" + person.id();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
