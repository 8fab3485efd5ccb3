package io.conduct.localdev;

import java.time.Duration;
import java.time.Instant;

import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local issuer's refresh tokens: rotated on each use, bound to their realm and
 * client, never outliving the sign-in session, and a spent one used again ends the
 * session.
 */
class LocalRefreshTokensTests {

	private final TestClock clock = new TestClock();

	private final LocalRefreshTokens tokens = new LocalRefreshTokens(this.clock);

	@Test
	void aRefreshTokenIsSpentByItsUseAndGivesWayToANewOne() {
		String first = this.tokens.issue("acme-de", "subject-1", "conduct-web");

		var renewal = this.tokens.renew(first, "acme-de", "conduct-web").orElseThrow();

		assertThat(renewal.subject()).isEqualTo("subject-1");
		assertThat(renewal.refreshToken()).isNotEqualTo(first);
		assertThat(this.tokens.renew(renewal.refreshToken(), "acme-de", "conduct-web")).isPresent();
	}

	@Test
	void aSpentTokenUsedAgainEndsTheWholeSession() {
		String first = this.tokens.issue("acme-de", "subject-1", "conduct-web");
		String second = this.tokens.renew(first, "acme-de", "conduct-web").orElseThrow().refreshToken();

		assertThat(this.tokens.renew(first, "acme-de", "conduct-web")).as("replayed").isEmpty();
		assertThat(this.tokens.renew(second, "acme-de", "conduct-web")).as("the session is over").isEmpty();
	}

	@Test
	void aTokenOfAnotherRealmOrClientIsRefusedAndSpent() {
		String token = this.tokens.issue("acme-de", "subject-1", "conduct-web");
		assertThat(this.tokens.renew(token, "acme", "conduct-web")).isEmpty();
		assertThat(this.tokens.renew(token, "acme-de", "conduct-web")).isEmpty();

		String other = this.tokens.issue("acme-de", "subject-1", "conduct-web");
		assertThat(this.tokens.renew(other, "acme-de", "another-client")).isEmpty();
		assertThat(this.tokens.renew(null, "acme-de", "conduct-web")).isEmpty();
		assertThat(this.tokens.renew("not-ours", "acme-de", "conduct-web")).isEmpty();
	}

	@Test
	void noRenewalOutlivesTheSignInSession() {
		Instant before = this.clock.instant();
		String token = this.tokens.issue("acme-de", "subject-1", "conduct-web");
		Instant after = this.clock.instant();
		this.clock.advance(LocalRefreshTokens.SESSION_LIFETIME.minus(Duration.ofMinutes(1)));
		var renewal = this.tokens.renew(token, "acme-de", "conduct-web").orElseThrow();
		assertThat(renewal.sessionEndsAt()).isBetween(before.plus(LocalRefreshTokens.SESSION_LIFETIME),
				after.plus(LocalRefreshTokens.SESSION_LIFETIME));

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.tokens.renew(renewal.refreshToken(), "acme-de", "conduct-web")).isEmpty();
	}

}
