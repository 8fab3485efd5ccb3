package io.conduct.localdev;

import java.time.Duration;

import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local issuer's authorization codes: redeemed once, within a minute, by the client
 * and redirect URI they were issued to, with the verifier whose S256 challenge they carry
 * (RFC 7636's own example pair).
 */
class LocalAuthorizationCodesTests {

	// RFC 7636, appendix B
	static final String RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	static final String RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	static final String REDIRECT = "http://localhost:8080/auth/callback";

	private final TestClock clock = new TestClock();

	private final LocalAuthorizationCodes codes = new LocalAuthorizationCodes(this.clock);

	@Test
	void theS256TransformIsRfc7636s() {
		assertThat(LocalAuthorizationCodes.s256(RFC_VERIFIER)).isEqualTo(RFC_CHALLENGE);
	}

	@Test
	void aCodeIsRedeemedOnceWithTheVerifierOfItsChallenge() {
		String code = issue();

		assertThat(this.codes.redeem(code, "acme-de", "conduct-web", REDIRECT, RFC_VERIFIER))
			.hasValueSatisfying((grant) -> assertThat(grant.subject()).isEqualTo("subject-1"));
		assertThat(this.codes.redeem(code, "acme-de", "conduct-web", REDIRECT, RFC_VERIFIER)).isEmpty();
	}

	@Test
	void aWrongVerifierSpendsTheCode() {
		String code = issue();

		assertThat(this.codes.redeem(code, "acme-de", "conduct-web", REDIRECT,
				"a-verifier-that-is-long-enough-but-is-not-the-right-one-at-all"))
			.isEmpty();
		assertThat(this.codes.redeem(code, "acme-de", "conduct-web", REDIRECT, RFC_VERIFIER)).isEmpty();
	}

	@Test
	void aCodeIsBoundToItsRealmClientAndExactRedirectUri() {
		assertThat(this.codes.redeem(issue(), "acme-jp", "conduct-web", REDIRECT, RFC_VERIFIER)).isEmpty();
		assertThat(this.codes.redeem(issue(), "acme-de", "another-client", REDIRECT, RFC_VERIFIER)).isEmpty();
		assertThat(this.codes.redeem(issue(), "acme-de", "conduct-web", REDIRECT + "/", RFC_VERIFIER)).isEmpty();
		assertThat(this.codes.redeem(issue(), "acme-de", "conduct-web", REDIRECT, null)).isEmpty();
	}

	@Test
	void aCodeLapsesAfterAMinute() {
		String code = issue();
		this.clock.advance(LocalAuthorizationCodes.LIFETIME.plus(Duration.ofSeconds(1)));

		assertThat(this.codes.redeem(code, "acme-de", "conduct-web", REDIRECT, RFC_VERIFIER)).isEmpty();
	}

	@Test
	void onlyWellFormedS256ChallengesAreTaken() {
		assertThat(LocalAuthorizationCodes.isAcceptableChallenge(RFC_CHALLENGE, "S256")).isTrue();
		assertThat(LocalAuthorizationCodes.isAcceptableChallenge(RFC_CHALLENGE, "plain")).isFalse();
		assertThat(LocalAuthorizationCodes.isAcceptableChallenge(RFC_CHALLENGE, null)).isFalse();
		assertThat(LocalAuthorizationCodes.isAcceptableChallenge("short", "S256")).isFalse();
		assertThat(LocalAuthorizationCodes.isAcceptableChallenge(null, "S256")).isFalse();
	}

	private String issue() {
		return this.codes.issue(new LocalAuthorizationCodes.Grant("acme-de", "subject-1", "conduct-web", REDIRECT,
				RFC_CHALLENGE, null, null));
	}

}
