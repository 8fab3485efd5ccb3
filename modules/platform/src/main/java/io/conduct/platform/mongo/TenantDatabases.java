package io.conduct.platform.mongo;

import java.util.List;

import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Prepares tenant databases: every {@link TenantDatabaseSetup} runs in the tenant's
 * context, for every active tenant on startup and whenever a tenant is saved active.
 */
public class TenantDatabases {

	private static final Logger logger = LoggerFactory.getLogger(TenantDatabases.class);

	private final MongoOperations tenantOperations;

	private final List<TenantDatabaseSetup> setups;

	private final TenantRegistry registry;

	public TenantDatabases(MongoOperations tenantOperations, List<TenantDatabaseSetup> setups,
			TenantRegistry registry) {
		this.tenantOperations = tenantOperations;
		this.setups = setups;
		this.registry = registry;
		// an active tenant always has its indexes, however it became active
		registry.onActive(this::prepare);
	}

	public void prepare(Tenant tenant) {
		TenantContext.runAs(tenant, () -> this.setups.forEach((setup) -> setup.prepare(this.tenantOperations)));
		logger.info("Prepared the database of tenant {} ({} setups)", tenant.key(), this.setups.size());
	}

	@EventListener(ApplicationReadyEvent.class)
	public void prepareActiveTenants() {
		this.registry.findAll().stream().filter(Tenant::isActive).forEach(this::prepare);
	}

}
