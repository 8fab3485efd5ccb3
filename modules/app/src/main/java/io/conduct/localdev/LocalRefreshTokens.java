package io.conduct.localdev;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local issuer's refresh tokens (RFC 6749 6, rotated as the OAuth 2.0 Security BCP
 * asks of public clients): each is bound to the realm, account and client it was issued
 * to, is spent by its first use, good or bad, and gives way to a new one that lives no
 * longer than the sign-in session it belongs to. A spent token used again ends that whole
 * session: someone else has a copy.
 */
final class LocalRefreshTokens {

	/**
	 * How long a sign-in session lasts, however often it is renewed (Keycloak's SSO
	 * Session Max default).
	 */
	static final Duration SESSION_LIFETIME = Duration.ofHours(10);

	private static final int MAX_OUTSTANDING = 10_000;

	private final Map<String, Session> live = new ConcurrentHashMap<>();

	private final Map<String, String> spent = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	LocalRefreshTokens(Clock clock) {
		this.clock = clock;
	}

	/** A refresh token for a new sign-in session. */
	String issue(String realm, String subject, String clientId) {
		Instant now = this.clock.instant();
		this.live.values().removeIf((s) -> !s.endsAt().isAfter(now));
		if (this.live.size() >= MAX_OUTSTANDING) {
			throw new IllegalStateException("Too many outstanding refresh tokens");
		}
		return put(new Session(newToken(), realm, subject, clientId, now.plus(SESSION_LIFETIME)));
	}

	/**
	 * The session of a refresh token and the token that replaces it, once; empty for a
	 * token that is unknown, spent, lapsed, or not the realm's and client's.
	 */
	Optional<Renewal> renew(String token, String realm, String clientId) {
		if (token == null) {
			return Optional.empty();
		}
		Session session = this.live.remove(token);
		if (session == null) {
			String family = this.spent.get(token);
			if (family != null) {
				this.live.values().removeIf((s) -> s.family().equals(family));
			}
			return Optional.empty();
		}
		this.spent.put(token, session.family());
		if (!session.endsAt().isAfter(this.clock.instant()) || !session.realm().equals(realm)
				|| !session.clientId().equals(clientId)) {
			return Optional.empty();
		}
		String next = put(new Session(session.family(), realm, session.subject(), clientId, session.endsAt()));
		return Optional.of(new Renewal(session.subject(), next, session.endsAt()));
	}

	private String put(Session session) {
		String token = newToken();
		this.live.put(token, session);
		return token;
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A renewed session.
	 *
	 * @param subject the account signed in
	 * @param refreshToken the token to use next time
	 * @param sessionEndsAt when the session ends, renewed or not
	 */
	record Renewal(String subject, String refreshToken, Instant sessionEndsAt) {
	}

	private record Session(String family, String realm, String subject, String clientId, Instant endsAt) {
	}

}
