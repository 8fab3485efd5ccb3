package io.conduct.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers can reach a Docker engine. {@code CONDUCT_TEST_DOCKER=false}
 * forces the fallbacks even where Docker exists.
 */
final class Docker {

	private static Boolean available;

	private Docker() {
	}

	static synchronized boolean isAvailable() {
		if (available == null) {
			available = !"false".equalsIgnoreCase(System.getenv("CONDUCT_TEST_DOCKER")) && probe();
		}
		return available;
	}

	private static boolean probe() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
