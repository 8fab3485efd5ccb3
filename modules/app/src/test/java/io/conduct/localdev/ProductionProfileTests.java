package io.conduct.localdev;

import io.conduct.ConductApplication;
import io.conduct.testsupport.TestMongo;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Production never runs the local token issuer or the demo group.
 */
class ProductionProfileTests {

	@Test
	void prodRefusesToStartWithTheLocalIssuerEnabled() {
		var application = new SpringApplicationBuilder(ConductApplication.class).profiles("prod");

		assertThatThrownBy(() -> application.run("--server.port=0",
				"--spring.mongodb.uri=" + TestMongo.connectionString(), "--conduct.local-issuer.enabled=true"))
			.hasStackTraceContaining("must not be enabled in the prod profile");
	}

	@Test
	void prodRefusesToStartWithoutAMasterKey() {
		var application = new SpringApplicationBuilder(ConductApplication.class).profiles("prod");

		assertThatThrownBy(
				() -> application.run("--server.port=0", "--spring.mongodb.uri=" + TestMongo.connectionString(),
						"--conduct.mongo.control-database=conduct_control_prod_test2",
						"--conduct.keycloak.server-url=https://127.0.0.1:9"))
			.hasStackTraceContaining("conduct.crypto.active-master-key");
	}

	@Test
	void prodRefusesToStartWithHttpIssuers() {
		var application = new SpringApplicationBuilder(ConductApplication.class).profiles("prod");

		assertThatThrownBy(
				() -> application.run("--server.port=0", "--spring.mongodb.uri=" + TestMongo.connectionString(),
						"--conduct.mongo.control-database=conduct_control_prod_test3",
						"--conduct.keycloak.server-url=http://keycloak.internal:8080",
						"--conduct.crypto.master-keys.prod-1=cHJvZHVjdGlvbi10ZXN0LWtleS0zMi1ieXRlcy1sbyE=",
						"--conduct.crypto.active-master-key=prod-1"))
			.hasStackTraceContaining("must be https");
	}

	@Test
	void withoutAProfileTheProductRefusesToStartNamingBothChoices() {
		assertThatThrownBy(() -> ConductApplication.application().run("--server.port=0"))
			.hasMessageContaining("No profile says how Conduct runs")
			.hasMessageContaining("--spring.profiles.active=local")
			.hasMessageContaining("--spring.profiles.active=prod");
	}

	@Test
	void theLocalRunRefusesToListenBeyondLoopback() {
		assertThatThrownBy(() -> ConductApplication.application()
			.run("--spring.profiles.active=local", "--server.port=0", "--server.address=0.0.0.0",
					"--conduct.local.data-dir=target/never-started"))
			.hasStackTraceContaining("only listens on loopback");
	}

	@Test
	void prodHasNoLocalIssuerNoDemoDataAndNoGraphiql() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConductApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--spring.mongodb.uri=" + TestMongo.connectionString(),
					"--conduct.mongo.control-database=conduct_control_prod_test",
					// contacted only when a realm is managed, which this test does not do
					"--conduct.keycloak.server-url=https://127.0.0.1:9",
					"--conduct.crypto.master-keys.prod-1=cHJvZHVjdGlvbi10ZXN0LWtleS0zMi1ieXRlcy1sbyE=",
					"--conduct.crypto.active-master-key=prod-1")) {
			assertThat(context.getBeanNamesForType(LocalIssuerController.class)).isEmpty();
			assertThat(context.getBeanNamesForType(DemoGroupSeeder.class)).isEmpty();
			assertThat(context.getBeanNamesForType(EmbeddedMongoConfiguration.class)).isEmpty();
			assertThat(context.getEnvironment().getProperty("spring.graphql.graphiql.enabled")).isEqualTo("false");
			assertThat(context.getBean(io.conduct.platform.tenancy.TenantRegistry.class).findAll()).isEmpty();
			assertThat(context.getBean(io.conduct.platform.identity.IdentityProvisioning.class))
				.isInstanceOf(io.conduct.platform.identity.KeycloakIdentityProvisioning.class);
		}
	}

}
