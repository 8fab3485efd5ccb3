package io.conduct.tenants;

import java.util.List;

import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redirect URIs a realm's client accepts, as production judges them (no loopback) and
 * as a developer's setup does; reserved keys; the first Board, each a person of their
 * own.
 */
class TenantValidationTests {

	@Test
	void productionAcceptsExactHttpsUrlsOnly() {
		assertThat(TenantValidation.isRedirectUri("https://conduct.acme.example/callback", false)).isTrue();
		assertThat(TenantValidation.isRedirectUri("https://conduct.acme.example:8443/app/callback?x=1", false))
			.isTrue();
		assertThat(TenantValidation.isRedirectUri("https://conduct.acme.example/*", false)).isFalse();
		assertThat(TenantValidation.isRedirectUri("https://*.acme.example/callback", false)).isFalse();
		assertThat(TenantValidation.isRedirectUri("*", false)).isFalse();
		assertThat(TenantValidation.isRedirectUri("http://localhost:5173/*", false)).isFalse();
		assertThat(TenantValidation.isRedirectUri("http://localhost:5173/callback", false)).isFalse();
		assertThat(TenantValidation.isRedirectUri("https://conduct.acme.example", false)).isTrue();
		assertThat(TenantValidation.isRedirectUri("/callback", false)).isFalse();
		assertThat(TenantValidation.isRedirectUri("javascript:alert(1)", false)).isFalse();
	}

	@Test
	void aDevelopersSetupAcceptsLoopbackToo() {
		assertThat(TenantValidation.isRedirectUri("http://localhost:5173/*", true)).isTrue();
		assertThat(TenantValidation.isRedirectUri("http://127.0.0.1:3000/callback", true)).isTrue();
		assertThat(TenantValidation.isRedirectUri("http://[::1]:3000/*", true)).isTrue();
		assertThat(TenantValidation.isRedirectUri("http://localhost.evil.example/*", true)).isFalse();
		assertThat(TenantValidation.isRedirectUri("https://app.example.com/*", true)).isFalse();
	}

	@Test
	void keycloaksRealmsAndTheOperatorsTenantAreReserved() {
		assertThat(TenantValidation.isReserved("master", "acme")).isTrue();
		assertThat(TenantValidation.isReserved("acme", "acme")).isTrue();
		assertThat(TenantValidation.isReserved("acme-de", "acme")).isFalse();
	}

	@Test
	void eachFirstBoardMemberIsAPersonOfTheirOwnWithOrWithoutAUsername() {
		var administrator = new OnboardTenant.Administrator(null, "ada@acme.example", "Ada", "Admin");
		var bea = new OnboardTenant.BoardMember(null, "bea@acme.example", "Bea", "Board", false);
		var ari = new OnboardTenant.BoardMember("ari", "ari@acme.example", "Ari", "Audit", true);

		assertThat(boardErrors(List.of(bea, ari), administrator)).isEmpty();
		assertThat(boardErrors(List.of(bea, new OnboardTenant.BoardMember("bea2", "BEA@acme.example", "B", "B", false)),
				administrator))
			.extracting(UserError::field)
			.containsExactly(List.of("input", "boardMembers", "1", "email"));
		assertThat(boardErrors(List.of(new OnboardTenant.BoardMember(null, "Ada@acme.example", "A", "A", false)),
				administrator))
			.extracting((error) -> error.code().name())
			.containsExactly("SEPARATION_OF_DUTIES");
	}

	private static List<UserError> boardErrors(List<OnboardTenant.BoardMember> members,
			OnboardTenant.Administrator administrator) {
		Validation validation = new Validation();
		TenantValidation.boardMembers(validation, members, administrator);
		return validation.errors();
	}

}
