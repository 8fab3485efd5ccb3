package io.conduct.platform.mongo;

import java.time.Clock;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.RecordKeys;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Two kinds of MongoDB access: the primary template routes to the current tenant's
 * database (what domains and repositories use), the control template reaches the
 * deployment's control database (the tenant registry).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoRegionsProperties.class)
public class MongoConfiguration {

	/** Qualifier of the control database's template. */
	public static final String CONTROL = "controlMongoTemplate";

	/**
	 * The default region's client. Spring Boot's own MongoDB auto-configuration steps
	 * back when an application defines its database factory, so the client is made here:
	 * from a {@link MongoConnectionDetails} bean where one exists (the embedded server,
	 * Testcontainers), else from {@code spring.mongodb.uri}.
	 */
	@Bean(destroyMethod = "close")
	MongoClient mongoClient(ObjectProvider<MongoConnectionDetails> connectionDetails,
			ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers, Environment environment) {
		ConnectionString uri = connectionDetails.stream()
			.findFirst()
			.map(MongoConnectionDetails::getConnectionString)
			.orElseGet(() -> new ConnectionString(environment.getRequiredProperty("spring.mongodb.uri")));
		return create(uri, customizers);
	}

	private static MongoClient create(ConnectionString uri,
			ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers) {
		MongoClientSettings.Builder settings = MongoClientSettings.builder();
		customizers.orderedStream().forEach((customizer) -> customizer.customize(settings));
		// last, so that a customizer carrying the default URI never points a region
		// elsewhere
		settings.applyConnectionString(uri);
		return MongoClients.create(settings.build());
	}

	/**
	 * Regions' clients get the default client's customizers (command metrics among them).
	 */
	@Bean
	RegionalMongoClients regionalMongoClients(MongoClient defaultClient, MongoRegionsProperties properties,
			ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers) {
		return new RegionalMongoClients(defaultClient, properties,
				(uri) -> create(new ConnectionString(uri), customizers));
	}

	@Bean
	@Primary
	TenantRoutingMongoDatabaseFactory mongoDatabaseFactory(RegionalMongoClients clients,
			MongoRegionsProperties properties) {
		return new TenantRoutingMongoDatabaseFactory(clients, properties.tenantDatabasePrefix());
	}

	@Bean
	@Primary
	MongoTemplate mongoTemplate(MongoDatabaseFactory mongoDatabaseFactory, MongoConverter converter) {
		return new MongoTemplate(mongoDatabaseFactory, converter);
	}

	@Bean(CONTROL)
	MongoTemplate controlMongoTemplate(MongoClient defaultClient, MongoRegionsProperties properties,
			MongoConverter converter) {
		return new MongoTemplate(new SimpleMongoClientDatabaseFactory(defaultClient, properties.controlDatabase()),
				converter);
	}

	@Bean
	TenantRegistry tenantRegistry(@Qualifier(CONTROL) MongoTemplate control, Clock clock) {
		return new TenantRegistry(control, clock);
	}

	@Bean
	AuditTrail auditTrail(MongoTemplate mongoTemplate, @Qualifier(CONTROL) MongoTemplate control, RecordKeys recordKeys,
			Clock clock) {
		return new AuditTrail(mongoTemplate, control, recordKeys, clock);
	}

	@Bean
	TenantDatabases tenantDatabases(MongoTemplate mongoTemplate, List<TenantDatabaseSetup> setups,
			TenantRegistry registry) {
		return new TenantDatabases(mongoTemplate, setups, registry);
	}

}
