package io.conduct.localdev;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The README's first command as the package step leaves it (failsafe, after
 * {@code package}): the extracted jar with its class-data sharing archive, started from
 * the repository's root with the local profile. It must start from the context prepared
 * at build time (Spring AOT), map the archive ({@code -Xshare:on} fails the start when
 * the archive does not fit the jar), seed the demo group and answer a demo person.
 */
class LocalPackagedRunIT {

	@TempDir
	Path dataDir;

	@Test
	void theReadmesCommandStartsFromThePreparedContextAndTheSharedArchive() throws Exception {
		Path root = Path.of(System.getProperty("conduct.repository.root", "../.."));
		Path jar = Path.of("modules/app/target/conduct-local/conduct.jar");
		Path archive = Path.of("modules/app/target/conduct-local/conduct.jsa");
		assumeThat(root.resolve(archive)).as("the package step's archive (skipped with -Dconduct.cds.skip)").exists();
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		File log = this.dataDir.resolve("run.log").toFile();
		Process run = new ProcessBuilder(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:on",
						"-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(), "--spring.profiles.active=local",
						"--server.port=" + port, "--conduct.local.data-dir=" + this.dataDir.resolve("data")))
			.directory(root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		try {
			String token = null;
			for (int attempt = 0; attempt < 1500 && token == null; attempt++) {
				assertThat(run.isAlive()).as(() -> text(log)).isTrue();
				try {
					if (EmbeddedLocalRunTests.demoTokenStatus(port, "acme-de", "cfo", "demo") == 200) {
						token = EmbeddedLocalRunTests.demoToken(port, "acme-de", "cfo");
					}
				}
				catch (java.io.IOException ex) {
					// not listening yet
				}
				if (token == null) {
					Thread.sleep(200);
				}
			}
			assertThat(token).as(() -> text(log)).isNotNull();
			var viewer = new GraphQlHttp(port).post(token, "{ viewer { name roles } }");
			assertThat(viewer.hasErrors()).as(viewer.body()).isFalse();
			assertThat(viewer.<String>read("$.data.viewer.name")).isEqualTo("Casey Cfo");
			assertThat(text(log)).contains("Starting AOT-processed ConductApplication");
		}
		finally {
			run.destroy();
			run.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static String text(File log) {
		try {
			return Files.readString(log.toPath());
		}
		catch (java.io.IOException ex) {
			return ex.toString();
		}
	}

}
