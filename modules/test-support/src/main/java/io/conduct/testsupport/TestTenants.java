package io.conduct.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.conduct.platform.money.Money;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;

/**
 * Registers tenants for tests, trusting a given issuer. Keys get a random suffix so tests
 * sharing a database never collide.
 */
public final class TestTenants {

	private TestTenants() {
	}

	public static String uniqueKey(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** An active tenant in Germany whose tokens come from the {@link TestIssuer}. */
	public static Tenant register(TenantRegistry registry, String key) {
		return register(registry, key, null, TestIssuer.get().issuerFor(key));
	}

	public static Tenant register(TenantRegistry registry, String key, String parentKey, String issuerUri) {
		return register(registry, key, parentKey, issuerUri, "de-DE", "Europe/Berlin");
	}

	/** An active tenant with the language and time zone given. */
	public static Tenant register(TenantRegistry registry, String key, String parentKey, String locale,
			String timeZone) {
		return register(registry, key, parentKey, TestIssuer.get().issuerFor(key), locale, timeZone);
	}

	private static Tenant register(TenantRegistry registry, String key, String parentKey, String issuerUri,
			String locale, String timeZone) {
		// registered when the tests' clock starts, whatever the day they run
		Instant now = TestClock.START;
		return registry.save(new Tenant(key, new Tenant.Profile("Tenant " + key, parentKey, "DE", List.of("EU")),
				new Tenant.Regional(locale, timeZone, "EUR", "eu"), new Tenant.Fiscal(1, Money.of("100000000", "EUR")),
				new Tenant.Access(issuerUri, UUID.randomUUID().toString()),
				new Tenant.Lifecycle(TenantStatus.ACTIVE, now, now)));
	}

}
