package io.conduct.deployment;

import java.nio.file.Path;

/** Files of the repository these tests check. */
final class Repository {

	static final Path ROOT = Path.of(System.getProperty("conduct.repository.root", "../.."))
		.toAbsolutePath()
		.normalize();

	static final Path CHART = ROOT.resolve("helm/conduct");

	private Repository() {
	}

}
