package io.conduct.localdev;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The local issuer's authorization codes (RFC 6749 4.1 with PKCE, RFC 7636): each is
 * bound to the account, client, redirect URI and S256 code challenge it was issued for,
 * lives one minute and is redeemed at most once. Only S256 is accepted: a {@code plain}
 * challenge would let whoever sees the code redeem it.
 */
final class LocalAuthorizationCodes {

	static final Duration LIFETIME = Duration.ofMinutes(1);

	/** RFC 7636 4.1: 43 to 128 unreserved characters. */
	private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

	/** An S256 challenge: the base64url SHA-256 of a verifier, 43 characters. */
	private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");

	private static final int MAX_OUTSTANDING = 1000;

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	LocalAuthorizationCodes(Clock clock) {
		this.clock = clock;
	}

	/** Whether the challenge is one this issuer takes: S256 and well formed. */
	static boolean isAcceptableChallenge(String challenge, String method) {
		return "S256".equals(method) && challenge != null && CHALLENGE.matcher(challenge).matches();
	}

	/** A new code for a signed-in account. */
	String issue(Grant grant) {
		Instant now = this.clock.instant();
		this.grants.values().removeIf((g) -> g.expiresAt().isBefore(now));
		if (this.grants.size() >= MAX_OUTSTANDING) {
			throw new IllegalStateException("Too many outstanding authorization codes");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.grants.put(code, grant.expiring(now.plus(LIFETIME)));
		return code;
	}

	/**
	 * The grant of a code, once: a code is spent by its first redemption, good or bad, so
	 * a stolen code tried with a guessed verifier is gone too.
	 */
	Optional<Grant> redeem(String code, String realm, String clientId, String redirectUri, String verifier) {
		if (code == null) {
			return Optional.empty();
		}
		Grant grant = this.grants.remove(code);
		if (grant == null || grant.expiresAt().isBefore(this.clock.instant())) {
			return Optional.empty();
		}
		boolean matches = grant.realm().equals(realm) && grant.clientId().equals(clientId)
				&& grant.redirectUri().equals(redirectUri) && verifier != null && VERIFIER.matcher(verifier).matches()
				&& MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
						grant.codeChallenge().getBytes(StandardCharsets.US_ASCII));
		return matches ? Optional.of(grant) : Optional.empty();
	}

	/** The S256 transformation of RFC 7636 4.2. */
	static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a code stands for.
	 *
	 * @param realm the tenant's key
	 * @param subject the account signed in
	 * @param clientId the client that asked
	 * @param redirectUri the exact redirect URI it was sent to
	 * @param codeChallenge the S256 challenge
	 * @param nonce the client's nonce for the ID token, if any
	 * @param expiresAt when it lapses
	 */
	record Grant(String realm, String subject, String clientId, String redirectUri, String codeChallenge, String nonce,
			Instant expiresAt) {

		Grant expiring(Instant at) {
			return new Grant(this.realm, this.subject, this.clientId, this.redirectUri, this.codeChallenge, this.nonce,
					at);
		}

	}

}
