package io.conduct.platform.mongo;

import java.util.Locale;
import java.util.regex.Pattern;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoExceptionTranslator;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * Picks the current tenant's database, on the client of the tenant's data region. Without
 * a tenant context it fails closed with
 * {@link io.conduct.platform.tenancy.NoTenantContextException}: there is no default
 * tenant database to fall back to.
 */
public class TenantRoutingMongoDatabaseFactory implements MongoDatabaseFactory {

	private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9_]");

	private final RegionalMongoClients clients;

	private final String prefix;

	private final PersistenceExceptionTranslator exceptionTranslator = new MongoExceptionTranslator();

	public TenantRoutingMongoDatabaseFactory(RegionalMongoClients clients, String prefix) {
		this.clients = clients;
		this.prefix = prefix;
	}

	/** The database name of a tenant: prefix plus its key, reduced to safe characters. */
	public String databaseName(Tenant tenant) {
		return this.prefix + UNSAFE.matcher(tenant.key().toLowerCase(Locale.ROOT)).replaceAll("_");
	}

	@Override
	public MongoDatabase getMongoDatabase() {
		Tenant tenant = TenantContext.required();
		return this.clients.forRegion(tenant.dataRegion()).getDatabase(databaseName(tenant));
	}

	/**
	 * Only the current tenant's own database can be asked for by name, so a name cannot
	 * be used to reach around the routing.
	 */
	@Override
	public MongoDatabase getMongoDatabase(String dbName) {
		MongoDatabase database = getMongoDatabase();
		if (!database.getName().equals(dbName)) {
			throw new IllegalArgumentException("Database " + dbName + " is not the current tenant's");
		}
		return database;
	}

	@Override
	public PersistenceExceptionTranslator getExceptionTranslator() {
		return this.exceptionTranslator;
	}

	@Override
	public ClientSession getSession(ClientSessionOptions options) {
		return currentFactory().getSession(options);
	}

	@Override
	public MongoDatabaseFactory withSession(ClientSession session) {
		return currentFactory().withSession(session);
	}

	private SimpleMongoClientDatabaseFactory currentFactory() {
		Tenant tenant = TenantContext.required();
		return new SimpleMongoClientDatabaseFactory(this.clients.forRegion(tenant.dataRegion()), databaseName(tenant));
	}

}
