package io.conduct.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.conduct.ConductApplication;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The product on its embedded defaults as the README's first command starts it (the local
 * profile, a free port, a fresh data folder), started once for the browser tests of this
 * JVM, which only read what the demo seeds or add their own: starting and seeding it is
 * most of their time. Stopped, and its folder deleted, when the JVM ends.
 */
final class SharedLocalRun {

	private static ConfigurableApplicationContext app;

	private SharedLocalRun() {
	}

	/** The port of the shared run, started on first use. */
	static synchronized int port() {
		if (app == null) {
			Path dataDir = temporaryFolder();
			app = ConductApplication.application()
				.run("--spring.profiles.active=local", "--server.port=0", "--conduct.local.data-dir=" + dataDir);
			ConfigurableApplicationContext started = app;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				started.close();
				FileSystemUtils.deleteRecursively(dataDir.toFile());
			}));
		}
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** A bean of the shared run, for a test that sets up what the demo does not seed. */
	static <T> T bean(String name, Class<T> type) {
		port();
		return app.getBean(name, type);
	}

	/** A bean of the shared run, by its type. */
	static <T> T bean(Class<T> type) {
		port();
		return app.getBean(type);
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("conduct-local-run");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
