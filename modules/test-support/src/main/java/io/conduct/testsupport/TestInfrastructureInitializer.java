package io.conduct.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application context under test at the test MongoDB, with a control database
 * of its own so that contexts do not see each other's tenants, and at the test Keycloak,
 * whose realms the application manages (the password grant is allowed there for tests),
 * and at the test SMTP server.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("conduct-test-infrastructure",
					Map.of("spring.mongodb.uri", TestMongo.connectionString(), "conduct.mongo.control-database",
							"conduct_control_" + Integer.toHexString(System.identityHashCode(context)),
							"conduct.keycloak.server-url", TestKeycloak.get().baseUrl(),
							"conduct.keycloak.admin-username", TestKeycloak.ADMIN, "conduct.keycloak.admin-password",
							TestKeycloak.ADMIN, "conduct.keycloak.direct-access-grants", "true", "spring.mail.host",
							"127.0.0.1", "spring.mail.port", String.valueOf(TestMail.port()))));
	}

}
