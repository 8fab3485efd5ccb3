package io.conduct.tenants;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SecurityProperties;
import io.conduct.platform.security.TenantIssuerAuthenticationManagers;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only tokens of active tenants' issuers are accepted, and a change of a tenant's status
 * takes effect at once, without a restart.
 */
@ConductIntegrationTest
class IssuerTrustTests {

	private static final String VIEWER = "{ viewer { subject tenant { key } } }";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("trust"));
	}

	@Test
	void tokenOfAnUnknownIssuerGets401() {
		String token = TestIssuer.get().token("never-onboarded", "eve", Role.EMPLOYEE);

		assertThat(this.api.post(token, VIEWER).status()).isEqualTo(401);
	}

	@Test
	void tenantOnboardedWhileRunningIsTrustedAtOnce() {
		String key = TestTenants.uniqueKey("late");
		String token = TestIssuer.get().token(key, "lee", Role.EMPLOYEE);
		assertThat(this.api.post(token, VIEWER).status()).isEqualTo(401);

		TestTenants.register(this.registry, key);

		var response = this.api.post(token, VIEWER);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>read("$.data.viewer.tenant.key")).isEqualTo(key);
	}

	@Test
	void suspendedTenantGets401AndResumedTenantIsServedAgain() {
		String token = TestIssuer.get().token(this.tenant.key(), "sue", Role.EMPLOYEE);
		assertThat(this.api.post(token, VIEWER).status()).isEqualTo(200);

		this.registry.changeStatus(this.tenant.key(), TenantStatus.SUSPENDED);
		assertThat(this.api.post(token, VIEWER).status()).isEqualTo(401);

		this.registry.changeStatus(this.tenant.key(), TenantStatus.ACTIVE);
		assertThat(this.api.post(token, VIEWER).status()).isEqualTo(200);
	}

	@Test
	void tokenSignedByAnotherKeyForATrustedIssuerGets401() {
		String forged = TestIssuer.impostor()
			.mint(TestIssuer.get().issuerFor(this.tenant.key()), "mallory", List.of("CFO_CAO"), Map.of(), Instant.now(),
					Duration.ofMinutes(5));

		assertThat(this.api.post(forged, VIEWER).status()).isEqualTo(401);
	}

	@Test
	void tokenTheRealmIssuedToAnotherApplicationGets401() {
		String forAnotherApp = TestIssuer.get()
			.tokenWithClaims(this.tenant.key(), "erin", Map.of("azp", "payroll-app"), Role.EMPLOYEE);
		String withoutClient = TestIssuer.get()
			.tokenWithClaims(this.tenant.key(), "erin", Map.of("azp", ""), Role.EMPLOYEE);
		String forConduct = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);

		assertThat(this.api.post(forAnotherApp, "{ viewer { subject } }").status()).isEqualTo(401);
		assertThat(this.api.post(withoutClient, "{ viewer { subject } }").status()).isEqualTo(401);
		assertThat(this.api.post(forConduct, "{ viewer { subject } }").status()).isEqualTo(200);
	}

	@Test
	void tokenThatDoesNotNameConductsApiAsItsAudienceGets401() {
		String forAnotherApi = TestIssuer.get()
			.tokenWithClaims(this.tenant.key(), "erin", Map.of("aud", List.of("payroll-api", "account")),
					Role.EMPLOYEE);
		String withoutAudience = TestIssuer.get()
			.tokenWithClaims(this.tenant.key(), "erin", Map.of("aud", List.of()), Role.EMPLOYEE);
		String forConduct = TestIssuer.get()
			.tokenWithClaims(this.tenant.key(), "erin", Map.of("aud", List.of("account", "conduct-api")),
					Role.EMPLOYEE);

		assertThat(this.api.post(forAnotherApi, "{ viewer { subject } }").status()).isEqualTo(401);
		assertThat(this.api.post(withoutAudience, "{ viewer { subject } }").status()).isEqualTo(401);
		assertThat(this.api.post(forConduct, "{ viewer { subject } }").status()).isEqualTo(200);
	}

	@Test
	void httpIssuersAreTrustedOnlyWhereTheLocalRunOrTestsAllowThem() {
		String httpIssuer = this.tenant.issuerUri();
		var production = new TenantIssuerAuthenticationManagers(this.registry,
				new SecurityProperties("operator-test", null, null, null, false, false, null));
		var testsAndLocalRun = new TenantIssuerAuthenticationManagers(this.registry,
				new SecurityProperties("operator-test", null, null, null, true, false, null));

		assertThat(httpIssuer).startsWith("http://");
		assertThat(production.resolve(httpIssuer)).isNull();
		assertThat(testsAndLocalRun.resolve(httpIssuer)).isNotNull();
		assertThat(production.isTrustedScheme("https://login.acme.example/realms/x")).isTrue();
	}

	@Test
	void expiredTokenGets401() {
		String expired = TestIssuer.get().expiredToken(this.tenant.key(), "old", Role.EMPLOYEE);

		assertThat(this.api.post(expired, VIEWER).status()).isEqualTo(401);
	}

	@Test
	void tokenOfOneTenantCannotBeReplayedAsAnotherTenantsIssuer() {
		Tenant other = TestTenants.register(this.registry, TestTenants.uniqueKey("other"));
		String token = TestIssuer.get().token(this.tenant.key(), "sam", Role.EMPLOYEE);

		var response = this.api.post(token, VIEWER);

		assertThat(response.<String>read("$.data.viewer.tenant.key")).isEqualTo(this.tenant.key())
			.isNotEqualTo(other.key());
	}

	@Test
	void noTokenIsUnauthenticatedNotAServerError() {
		var response = this.api.post(null, VIEWER);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.conduct");
	}

}
