package io.conduct.platform.observability;

import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The tenant registry can be read: without it no token can be trusted and no tenant's
 * data found, so the instance takes no traffic. Reads one registry entry with a short
 * time limit, after the driver's view of the cluster says it is reachable at all.
 */
class TenantRegistryHealthIndicator implements HealthIndicator {

	private final MongoClient client;

	private final MongoTemplate control;

	private final TenantRegistry registry;

	TenantRegistryHealthIndicator(MongoClient client, MongoTemplate control, TenantRegistry registry) {
		this.client = client;
		this.control = control;
		this.registry = registry;
	}

	@Override
	public Health health() {
		if (!this.client.getClusterDescription().hasWritableServer()) {
			return Health.down().withDetail("reason", "the control database is unreachable").build();
		}
		this.control.getCollection(this.control.getCollectionName(Tenant.class))
			.find()
			.limit(1)
			.maxTime(2, TimeUnit.SECONDS)
			.first();
		return Health.up().withDetail("tenants", this.registry.findAll().size()).build();
	}

}
