package io.conduct;

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
		SpringApplication.run(ConductApplication.class, args);
	}

}
