package io.conduct.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak server for tests, started once per JVM: a Testcontainers container
 * where Docker is available; else the Keycloak distribution from Maven Central, unpacked
 * by the build into a cache folder, built once, and started as a local process on
 * 127.0.0.1 with fresh data. Never a mock.
 */
public final class TestKeycloak {

	/** The Keycloak server version the tests run against. */
	public static final String VERSION = "26.7.3";

	/** The bootstrap administrator's username and password in the master realm. */
	public static final String ADMIN = "admin";

	private static final Logger logger = LoggerFactory.getLogger(TestKeycloak.class);

	private static TestKeycloak instance;

	private final String baseUrl;

	private final String smtpHost;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private TestKeycloak(String baseUrl, String smtpHost) {
		this.baseUrl = baseUrl;
		this.smtpHost = smtpHost;
	}

	public static synchronized TestKeycloak get() {
		if (instance == null) {
			instance = Docker.isAvailable() ? new TestKeycloak(startContainer(), "host.testcontainers.internal")
					: new TestKeycloak(startDistribution(), "127.0.0.1");
		}
		return instance;
	}

	/**
	 * The host name under which the server reaches the test SMTP server
	 * ({@link TestMail}) to send its e-mails.
	 */
	public String smtpHost() {
		return this.smtpHost;
	}

	/** The server's base URL, e.g. {@code http://127.0.0.1:43127}. */
	public String baseUrl() {
		return this.baseUrl;
	}

	public String issuerFor(String realm) {
		return this.baseUrl + "/realms/" + realm;
	}

	/** An admin client of the master realm, logged in as the bootstrap administrator. */
	public Keycloak adminClient() {
		return KeycloakBuilder.builder()
			.serverUrl(this.baseUrl)
			.realm("master")
			.clientId("admin-cli")
			.username(ADMIN)
			.password(ADMIN)
			.build();
	}

	/**
	 * Signs a user in with the password grant of a public client that allows it, and
	 * returns the access token.
	 */
	public String passwordGrant(String realm, String clientId, String username, String password) {
		String form = Map
			.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuerFor(realm) + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"Password grant failed: " + response.statusCode() + " " + response.body());
			}
			return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String startContainer() {
		// the realms send their e-mails to the test SMTP server on this machine
		org.testcontainers.Testcontainers.exposeHostPorts(TestMail.port());
		GenericContainer<?> container = new GenericContainer<>("quay.io/keycloak/keycloak:" + VERSION)
			.withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN)
			.withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN)
			.withEnv("KC_HEALTH_ENABLED", "true")
			.withCommand("start-dev")
			.withExposedPorts(8080, 9000)
			.waitingFor(Wait.forHttp("/health/ready").forPort(9000).withStartupTimeout(Duration.ofMinutes(3)));
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		String url = "http://" + container.getHost() + ":" + container.getMappedPort(8080);
		logger.info("Tests use Keycloak in a container at {}", url);
		return url;
	}

	private static String startDistribution() {
		Path home = distributionHome();
		try (FileChannel channel = FileChannel.open(home.resolve(".conduct-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			buildOnce(home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return launch(home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path distributionHome() {
		String cache = System.getProperty("conduct.keycloak.home",
				System.getProperty("user.home") + "/.cache/conduct/keycloak-" + VERSION);
		Path home = Path.of(cache, "keycloak-" + VERSION);
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home
					+ ": the build of modules/test-support unpacks it (./mvnw -pl modules/test-support process-resources)");
		}
		return home;
	}

	private static void buildOnce(Path home) throws IOException {
		Path marker = home.resolve(".conduct-built");
		if (Files.exists(marker)) {
			return;
		}
		logger.info("Building the Keycloak distribution in {} (once)", home);
		Process build = process(home,
				List.of("bin/kc.sh", "build", "--db=dev-file", "--cache=local", "--health-enabled=true"), Map.of(),
				home.resolve("build.log"));
		if (!waitFor(build, Duration.ofMinutes(5)) || build.exitValue() != 0) {
			throw new IllegalStateException("kc.sh build failed; see " + home.resolve("build.log"));
		}
		Files.writeString(marker, VERSION);
	}

	private static String launch(Path built) throws IOException {
		Path home = privateCopyOf(built);
		int port = freePort();
		int managementPort = freePort();
		Path log = Files.createTempFile("keycloak-", ".log");
		Process server = process(home,
				List.of("bin/kc.sh", "start", "--optimized", "--http-enabled=true", "--http-host=127.0.0.1",
						"--http-port=" + port, "--http-management-port=" + managementPort, "--hostname-strict=false"),
				Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN), log);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stop(server);
			try {
				deleteRecursively(home);
			}
			catch (IOException ex) {
				// a temporary folder; the system cleans it up later
			}
		}));
		awaitReady(server, "http://127.0.0.1:" + managementPort + "/health/ready", log);
		String url = "http://127.0.0.1:" + port;
		logger.info("Tests use the Keycloak distribution {} at {} (log {})", VERSION, url, log);
		return url;
	}

	/**
	 * A copy of the built distribution for this JVM alone, made of hard links (no space,
	 * no time) and with no data, so that several test JVMs on one machine (parallel
	 * builds, several checkouts) each run a Keycloak of their own.
	 */
	private static Path privateCopyOf(Path built) throws IOException {
		Path copy = Files.createTempDirectory("conduct-keycloak-");
		try (Stream<Path> paths = Files.walk(built)) {
			for (Path source : paths.toList()) {
				Path relative = built.relativize(source);
				if (relative.startsWith("data") || relative.toString().startsWith(".conduct")) {
					continue;
				}
				Path target = copy.resolve(relative.toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					try {
						Files.createLink(target, source);
					}
					catch (IOException | UnsupportedOperationException ex) {
						Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
		}
		return copy;
	}

	private static Process process(Path home, List<String> command, Map<String, String> env, Path log)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(env);
		return builder.start();
	}

	private static void awaitReady(Process server, String healthUrl, Path log) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("Keycloak exited with " + server.exitValue() + ": " + tail(log));
			}
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(healthUrl)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(500));
		}
		stop(server);
		throw new IllegalStateException("Keycloak was not ready within 4 minutes: " + tail(log));
	}

	private static void stop(Process server) {
		server.descendants().forEach(ProcessHandle::destroy);
		server.destroy();
		try {
			if (!server.waitFor(20, TimeUnit.SECONDS)) {
				server.descendants().forEach(ProcessHandle::destroyForcibly);
				server.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean waitFor(Process process, Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
