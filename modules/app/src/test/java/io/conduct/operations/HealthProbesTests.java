package io.conduct.operations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.conduct.ConductApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production the actuator answers on a port of its own: readiness goes DOWN while
 * MongoDB (the control database, the tenant registry) is unreachable and liveness stays
 * UP, so Kubernetes stops sending traffic without restarting the pod; the public port
 * serves no actuator endpoint (and no GraphiQL); {@code info} names the build and the
 * schema's version.
 */
class HealthProbesTests {

	@TempDir
	Path secrets;

	/**
	 * Also how the chart hands over secrets: one file per property (Spring's configtree),
	 * here the master key and the data region's MongoDB.
	 */
	@Test
	void readinessFollowsMongoDbLivenessDoesNotAndTheActuatorHasItsOwnPort() throws IOException {
		MongoServer mongo = new MongoServer(new MemoryBackend());
		mongo.bind("127.0.0.1", 0);
		InetSocketAddress address = mongo.getLocalAddress();
		String uri = "mongodb://127.0.0.1:" + address.getPort() + "/conduct";
		Files.writeString(this.secrets.resolve("conduct.crypto.master-keys.prod-1"),
				"cHJvZHVjdGlvbi10ZXN0LWtleS0zMi1ieXRlcy1sbyE=");
		Files.writeString(this.secrets.resolve("conduct.mongo.regions.eu"), uri);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConductApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--management.server.port=0", "--spring.mongodb.uri=" + uri,
					"--conduct.keycloak.server-url=https://127.0.0.1:9", "--conduct.jobs.enabled=false",
					"--conduct.mongo.data-regions=eu", "--spring.config.import=configtree:" + this.secrets + "/",
					"--conduct.crypto.active-master-key=prod-1")) {
			int management = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));
			int server = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(management).isNotEqualTo(server);
			assertThat(app.getEnvironment().getProperty("conduct.mongo.regions.eu")).isEqualTo(uri);

			assertThat(status(management, "/actuator/health/readiness")).isEqualTo(200);
			assertThat(status(management, "/actuator/health/liveness")).isEqualTo(200);
			assertThat(Http.get(server, "/actuator/health/readiness").statusCode()).isEqualTo(404);
			assertThat(Http.get(server, "/graphiql").statusCode()).as("no GraphiQL in production").isEqualTo(404);
			assertThat(Http.get(server, "/graphiql/assets/graphiql.min.js").statusCode()).isEqualTo(404);
			assertThat(Http.get(management, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
			String info = Http.get(management, "/actuator/info").body();
			assertThat(JsonPath.<String>read(info, "$.build.version")).isNotBlank();
			assertThat(JsonPath.<String>read(info, "$.schema.sha256")).hasSize(64);
			assertThat(JsonPath.<java.util.List<String>>read(info, "$.schema.files")).contains("platform.graphqls");

			mongo.shutdownNow();

			assertThat(statusWithin(management, "/actuator/health/readiness", 503, 40)).isEqualTo(503);
			assertThat(Http.get(management, "/actuator/health/readiness").body()).contains("DOWN");
			assertThat(status(management, "/actuator/health/liveness")).isEqualTo(200);
		}
		finally {
			mongo.shutdownNow();
		}
	}

	/**
	 * Polls until the path answers the expected status, for at most the given seconds.
	 */
	static int statusWithin(int port, String path, int expected, int seconds) {
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
		int status = status(port, path);
		while (status != expected && System.nanoTime() < until) {
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			status = status(port, path);
		}
		return status;
	}

	private static int status(int port, String path) {
		return Http.get(port, path).statusCode();
	}

}
