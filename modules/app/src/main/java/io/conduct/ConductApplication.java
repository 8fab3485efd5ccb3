package io.conduct;

import io.conduct.platform.startup.DeploymentProfileRequired;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Conduct: a group's Code of Business Conduct and Ethics, run for the parent and every
 * subsidiary. Each direct sub-package is a domain (a Spring Modulith application module);
 * {@code io.conduct.platform} is the open platform module they share.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConductApplication {

	public static void main(String[] args) {
		LocalAheadOfTime.decide(args);
		application().run(args);
	}

	/**
	 * The application as its jar starts it: it refuses to start unless a profile says how
	 * it runs, {@code local} or {@code prod} ({@link DeploymentProfileRequired}).
	 */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(ConductApplication.class);
		application.addListeners(new DeploymentProfileRequired());
		return application;
	}

}
