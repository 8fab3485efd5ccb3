package io.conduct.localdev;

import java.time.Clock;
import java.util.UUID;

import io.conduct.platform.money.Money;
import io.conduct.platform.mongo.TenantDatabases;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo group on first start, and points its tenants at the local issuer on
 * every start (the port may have changed). Existing data is kept.
 */
@Component
@Profile("local")
class DemoGroupSeeder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoGroupSeeder.class);

	private final TenantRegistry registry;

	private final TenantDatabases databases;

	private final LocalIssuerUrls urls;

	private final Clock clock;

	DemoGroupSeeder(TenantRegistry registry, TenantDatabases databases, LocalIssuerUrls urls, Clock clock) {
		this.registry = registry;
		this.databases = databases;
		this.urls = urls;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoGroup.DemoTenant demo : DemoGroup.TENANTS) {
			String issuer = this.urls.issuerFor(demo.key());
			var existing = this.registry.findByKey(demo.key());
			if (existing.isPresent() && issuer.equals(existing.get().issuerUri())) {
				continue;
			}
			var now = this.clock.instant();
			Tenant tenant = new Tenant(demo.key(), demo.name(), demo.parentKey(), demo.country(), demo.jurisdictions(),
					demo.locale(), demo.timeZone(), demo.dataRegion(), demo.currency(), demo.fiscalYearStartMonth(),
					Money.of(demo.lastFiscalYearRevenue(), demo.currency()), issuer,
					existing.map(Tenant::publicIntakeKey).orElseGet(() -> UUID.randomUUID().toString()),
					TenantStatus.ACTIVE, existing.map(Tenant::createdAt).orElse(now), now);
			this.databases.prepare(this.registry.save(tenant));
			logger.info("Demo tenant {} ready, issuer {}", demo.key(), issuer);
		}
	}

}
