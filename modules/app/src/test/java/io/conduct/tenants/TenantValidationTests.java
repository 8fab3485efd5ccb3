package io.conduct.tenants;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redirect URIs a realm's client accepts, as production judges them (no loopback) and
 * as a developer's setup does.
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

}
