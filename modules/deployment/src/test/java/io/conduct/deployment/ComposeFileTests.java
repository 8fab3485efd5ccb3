package io.conduct.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code compose.yaml} is a valid Compose file ({@code docker compose config} where
 * Docker has Compose, else the Compose Specification's JSON schema) that runs Conduct in
 * the prod profile against a one-node MongoDB replica set it initiates, Keycloak in dev
 * mode with the demo tenant's realm, and Mailpit.
 */
class ComposeFileTests {

	static final Path COMPOSE = Repository.ROOT.resolve("compose.yaml");

	@Test
	void isAValidComposeFile() throws Exception {
		List<String> command = dockerCompose() ? List.of("docker", "compose", "-f", COMPOSE.toString(), "config", "-q")
				: List.of("node", "tools/validate-compose.mjs", COMPOSE.toString());
		Process process = new ProcessBuilder(command).directory(Repository.ROOT.resolve("modules/graphiql").toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
	}

	@Test
	void runsConductInTheProdProfileAgainstMongoDbKeycloakAndMailpit() throws IOException {
		Map<String, Map<String, Object>> services = services();

		Map<String, Object> conduct = services.get("conduct");
		Map<?, ?> environment = (Map<?, ?>) conduct.get("environment");
		assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
		assertThat(environment.keySet()).noneMatch((key) -> key.toString().startsWith("CONDUCT_LOCAL"));
		assertThat((String) environment.get("MONGODB_URI")).contains("replicaSet=rs0");
		assertThat(environment.get("SPRING_MAIL_HOST")).isEqualTo("mailpit");
		assertThat(conduct.get("read_only")).isEqualTo(true);
		assertThat(((Map<?, ?>) conduct.get("depends_on")).keySet()).extracting(Object::toString)
			.contains("mongodb-init", "keycloak", "mailpit");

		Map<String, Object> mongodb = services.get("mongodb");
		assertThat(((List<?>) mongodb.get("command")).stream().map(Object::toString).toList())
			.containsSequence("--replSet", "rs0");
		assertThat(mongodb.get("healthcheck").toString()).contains("rs.initiate");

		Map<String, Object> keycloak = services.get("keycloak");
		assertThat(((List<?>) keycloak.get("command")).stream().map(Object::toString).toList()).contains("start-dev",
				"--import-realm");
		assertThat(services).containsKey("mailpit");
		assertThat(services.values()).allSatisfy(
				(service) -> assertThat((String) service.get("image")).as("pinned").matches(".+:[0-9a-zA-Z.${}:_-]+"));
	}

	@Test
	void theDemoTenantsRegistryEntryMatchesItsRealmAndEverySecretFileIsThere() throws IOException {
		Map<?, ?> realm = new Yaml()
			.load(Files.readString(Repository.ROOT.resolve("compose/keycloak/acme-realm.json")));
		String init = Files.readString(Repository.ROOT.resolve("compose/mongo-init.js"));

		assertThat(realm.get("realm")).isEqualTo("acme");
		assertThat(init).contains("issuerUri: 'http://localhost:8081/realms/acme'").contains("status: 'ACTIVE'");
		assertThat(realm.get("clients").toString()).contains("conduct-web")
			.contains("oidc-audience-mapper")
			.contains("included.custom.audience=conduct-api");
		// the directory decides the roles: each account of the realm has its entry there
		for (Object user : (List<?>) realm.get("users")) {
			assertThat(init).contains("'" + ((Map<?, ?>) user).get("id") + "'");
		}
		assertThat(realm.get("roles").toString()).contains("PLATFORM_ADMIN", "CFO_CAO", "EMPLOYEE");
		for (String file : List.of("conduct.crypto.master-keys.compose-1", "conduct.mongo.regions.us",
				"conduct.mongo.regions.eu")) {
			assertThat(Repository.ROOT.resolve("compose/secrets").resolve(file)).isRegularFile();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	private static boolean dockerCompose() {
		try {
			Process process = new ProcessBuilder(new ArrayList<>(List.of("docker", "compose", "version")))
				.redirectErrorStream(true)
				.start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
