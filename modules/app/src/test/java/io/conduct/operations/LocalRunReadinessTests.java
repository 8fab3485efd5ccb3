package io.conduct.operations;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.conduct.ConductApplication;
import io.conduct.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded run is not ready while it is still seeding the demo group (readiness
 * answers 503 while the seeder onboards the demo tenants, liveness 200), and is ready
 * once it has: what {@code curl localhost:8080/actuator/health/readiness} shows. Its log
 * has none of the embedded MongoDB's "index not yet implemented" warnings.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalRunReadinessTests {

	@TempDir
	Path dataDir;

	@Test
	void readinessIsDownWhileSeedingAndUpOnceReady(CapturedOutput output) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConductApplication.class,
				ProbeWhileSeeding.class)
			.profiles("local")
			.run("--server.port=0", "--conduct.local.data-dir=" + this.dataDir)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			ProbeWhileSeeding probe = app.getBean(ProbeWhileSeeding.class);

			assertThat(probe.readiness).as("readiness while demo tenants were being onboarded")
				.isNotEmpty()
				.containsOnly(503);
			assertThat(probe.liveness).isNotEmpty().containsOnly(200);
			assertThat(Http.get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(Http.get(port, "/actuator/health/readiness").body()).contains("\"UP\"");
			assertThat(output.getAll()).as("the embedded MongoDB's index warnings, silenced in the local profile")
				.doesNotContain("is not yet implemented");
		}
	}

	/** Asks for readiness each time the seeder makes a demo tenant active. */
	@Configuration(proxyBeanMethods = false)
	static class ProbeWhileSeeding {

		final List<Integer> readiness = new CopyOnWriteArrayList<>();

		final List<Integer> liveness = new CopyOnWriteArrayList<>();

		@Bean
		SmartInitializingSingleton probeOnEveryActiveTenant(TenantRegistry registry, ApplicationContext context) {
			return () -> registry.onActive((tenant) -> {
				int port = ((WebServerApplicationContext) context).getWebServer().getPort();
				this.readiness.add(Http.get(port, "/actuator/health/readiness").statusCode());
				this.liveness.add(Http.get(port, "/actuator/health/liveness").statusCode());
			});
		}

	}

}
