package io.conduct.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application context under test at the test MongoDB, with a control database
 * of its own so that contexts do not see each other's tenants, and at the test Keycloak,
 * whose realms the application manages (the password grant is allowed there for tests;
 * the realms send their enrolment e-mails to the test SMTP server), and at the test SMTP
 * server.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new java.util.HashMap<>();
		properties.put("spring.mongodb.uri", TestMongo.connectionString());
		properties.put("conduct.mongo.control-database",
				"conduct_control_" + Integer.toHexString(System.identityHashCode(context)));
		properties.put("conduct.keycloak.server-url", TestKeycloak.get().baseUrl());
		properties.put("conduct.keycloak.admin-username", TestKeycloak.ADMIN);
		properties.put("conduct.keycloak.admin-password", TestKeycloak.ADMIN);
		properties.put("conduct.keycloak.direct-access-grants", "true");
		properties.put("conduct.keycloak.smtp.host", TestKeycloak.get().smtpHost());
		properties.put("conduct.keycloak.smtp.port", String.valueOf(TestMail.port()));
		properties.put("conduct.keycloak.smtp.from", "keycloak@conduct.test");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(TestMail.port()));
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("conduct-test-infrastructure", properties));
	}

}
