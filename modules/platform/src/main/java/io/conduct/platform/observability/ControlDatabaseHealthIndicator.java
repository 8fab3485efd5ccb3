package io.conduct.platform.observability;

import com.mongodb.client.MongoClient;
import com.mongodb.connection.ClusterDescription;
import org.bson.Document;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The control database (tenant registry, job locks) answers. The driver's own view of the
 * cluster is consulted first, so an unreachable cluster is reported at once instead of
 * after the driver's server-selection timeout; then a ping with a short time limit.
 */
class ControlDatabaseHealthIndicator implements HealthIndicator {

	private final MongoClient client;

	private final String database;

	ControlDatabaseHealthIndicator(MongoClient client, String database) {
		this.client = client;
		this.database = database;
	}

	@Override
	public Health health() {
		ClusterDescription cluster = this.client.getClusterDescription();
		if (!cluster.hasWritableServer()) {
			return Health.down()
				.withDetail("cluster", cluster.getType().name())
				.withDetail("reason", "no reachable primary")
				.build();
		}
		this.client.getDatabase(this.database).runCommand(new Document("ping", 1).append("maxTimeMS", 2000));
		return Health.up().withDetail("cluster", cluster.getType().name()).build();
	}

}
