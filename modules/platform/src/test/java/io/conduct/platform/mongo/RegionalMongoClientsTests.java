package io.conduct.platform.mongo;

import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionalMongoClientsTests {

	@Test
	void strictRegionsNeverFallBackToTheDefaultCluster() {
		var properties = new MongoRegionsProperties(List.of("eu", "us"), Map.of("eu", "mongodb://127.0.0.1:1"), null,
				null, true);
		try (MongoClient fallback = MongoClients.create("mongodb://127.0.0.1:2");
				RegionalMongoClientsCloser clients = new RegionalMongoClientsCloser(
						new RegionalMongoClients(fallback, properties))) {
			assertThat(clients.value().forRegion("eu")).isNotSameAs(fallback);
			assertThatThrownBy(() -> clients.value().forRegion("us")).hasMessageContaining("us");
		}
		assertThat(properties.isUsable("eu")).isTrue();
		assertThat(properties.isUsable("us")).isFalse();
		assertThat(properties.isUsable("ap")).isFalse();
	}

	@Test
	void lenientRegionsShareTheDefaultCluster() {
		var properties = new MongoRegionsProperties(List.of("eu", "us"), Map.of(), null, null, false);
		try (MongoClient fallback = MongoClients.create("mongodb://127.0.0.1:2")) {
			assertThat(new RegionalMongoClients(fallback, properties).forRegion("us")).isSameAs(fallback);
		}
		assertThat(properties.isUsable("us")).isTrue();
	}

	private record RegionalMongoClientsCloser(RegionalMongoClients value) implements AutoCloseable {

		@Override
		public void close() {
			this.value.destroy();
		}

	}

}
