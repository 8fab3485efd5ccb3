package io.conduct.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.conduct.platform.money.Money;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantStatus;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRolesConverterTests {

	@Test
	void realmRolesNamingConductRolesBecomeAuthoritiesOthersAreIgnored() {
		var authentication = (TenantAuthentication) new RealmRolesConverter(tenant("acme-de"), "acme")
			.convert(jwt(List.of("CFO_CAO", "EMPLOYEE", "offline_access", "default-roles-acme-de", "cfo_cao")));

		assertThat(authentication.roles()).containsExactlyInAnyOrder(Role.CFO_CAO, Role.EMPLOYEE);
		assertThat(authentication.tenantKey()).isEqualTo("acme-de");
		assertThat(authentication.getName()).isEqualTo("subject-1");
	}

	@Test
	void platformAdminCountsOnlyInTheOperatorsTenant() {
		var inSubsidiary = (TenantAuthentication) new RealmRolesConverter(tenant("acme-de"), "acme")
			.convert(jwt(List.of("PLATFORM_ADMIN")));
		var inOperator = (TenantAuthentication) new RealmRolesConverter(tenant("acme"), "acme")
			.convert(jwt(List.of("PLATFORM_ADMIN")));

		assertThat(inSubsidiary.roles()).isEmpty();
		assertThat(inOperator.roles()).containsExactly(Role.PLATFORM_ADMIN);
	}

	@Test
	void aTokenWithoutRealmAccessHasNoRoles() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("scope", "openid").build();

		var authentication = (TenantAuthentication) new RealmRolesConverter(tenant("acme"), "acme").convert(jwt);

		assertThat(authentication.roles()).isEmpty();
	}

	private static Jwt jwt(List<String> roles) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("subject-1")
			.issuedAt(Instant.now())
			.claim("realm_access", Map.of("roles", roles))
			.build();
	}

	private static Tenant tenant(String key) {
		Instant now = Instant.parse("2026-09-01T07:30:00Z");
		return new Tenant(key, new Tenant.Profile(key, null, "DE", List.of()),
				new Tenant.Regional("de-DE", "Europe/Berlin", "EUR", "eu"), new Tenant.Fiscal(1, Money.of("1", "EUR")),
				new Tenant.Access("http://issuer/" + key, "intake"),
				new Tenant.Lifecycle(TenantStatus.ACTIVE, now, now));
	}

}
