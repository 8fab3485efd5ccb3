package io.conduct.platform.mongo;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A domain's contribution to every tenant database: its collections' indexes. Runs inside
 * the tenant's context, on startup for every active tenant and when a tenant is
 * onboarded; must be idempotent.
 */
@FunctionalInterface
public interface TenantDatabaseSetup {

	void prepare(MongoOperations tenantDatabase);

}
