package io.conduct.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import io.conduct.ConductApplication;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal ({@code modules/portal}) in a real browser against the app on its embedded
 * defaults (a free port, a fresh data folder): Debian's chromium driven by
 * playwright-core ({@code e2e/portal-e2e.mjs}) reports anonymously and follows up, signs
 * in through the local issuer's own page (authorization code with PKCE) as the employee
 * who certifies the Code, as the CFO/CAO who acknowledges and closes that report's case,
 * and as the parent's Board member who reads an escalated matter; a page is read in
 * Japanese. axe-core finds no serious or critical violation on any page; screenshots land
 * in {@code modules/portal/target/screenshots}.
 */
class PortalBrowserTests {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	static final Path PORTAL = Path.of(System.getProperty("conduct.portal.dir", "../portal"));

	@TempDir
	Path dataDir;

	@Test
	void peopleDoTheirFlowsInTheBrowser() throws Exception {
		assertThat(CHROMIUM).as("Debian's chromium (apt-get install -y chromium): the browser test needs it")
			.isExecutable();
		assertThat(PORTAL.resolve("node_modules/playwright-core"))
			.as("playwright-core from modules/portal's lock file (the build's npm ci puts it there)")
			.isDirectory();
		try (ConfigurableApplicationContext app = ConductApplication.application()
			.run("--spring.profiles.active=local", "--server.port=0",
					"--conduct.local.data-dir=" + this.dataDir.resolve("data"))) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String token = JsonPath.read(LocalTokens.request(port, "acme-de", "employee", "demo").body(),
					"$.access_token");
			String intakeKey = new GraphQlHttp(port).post(token, "{ viewer { tenant { publicIntakeKey } } }")
				.read("$.data.viewer.tenant.publicIntakeKey");

			String seen = runInBrowser("http://localhost:" + port, intakeKey);

			assertThat(JsonPath.<String>read(seen, "$.steps.weakPassphraseError.text")).isNotBlank();
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.weakPassphraseError.describes")).isTrue();
			assertThat(JsonPath.<String>read(seen, "$.steps.receipt.caseNumber")).startsWith("DE-");
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.receipt.continueDisabled")).isTrue();
			assertThat(JsonPath.<Boolean>read(seen, "$.steps.receipt.goneAfterContinue")).isTrue();
			assertThat(JsonPath.<String>read(seen, "$.steps.followUp.status")).isEqualTo("Received");
			assertThat(JsonPath.<Map<String, Object>>read(seen, "$.steps.anonymousStorage"))
				.as("the public intake keeps nothing in the browser")
				.containsEntry("localStorage", 0)
				.containsEntry("sessionStorage", 0)
				.containsEntry("cookie", "")
				.containsEntry("indexedDb", 0)
				.containsEntry("contextCookies", 0);
			assertThat(JsonPath.<String>read(seen, "$.steps.japanese.lang")).isEqualTo("ja");
			assertThat(JsonPath.<Integer>read(seen, "$.steps.japanese.submit")).isOne();
			assertThat(JsonPath.<Integer>read(seen, "$.steps.employeeHome.assignments")).isPositive();
			assertThat(JsonPath.<Integer>read(seen, "$.steps.certifyRefused.printedNameError")).isOne();
			assertThat(JsonPath.<String>read(seen, "$.steps.certified.text")).contains("You certified version 1");
			assertThat(JsonPath.<Integer>read(seen, "$.steps.employeeHomeAfter.done")).isPositive();
			assertThat(JsonPath.<String>read(seen, "$.steps.caseClosed.status")).isEqualTo("Closed");
			assertThat(JsonPath.<List<String>>read(seen, "$.steps.caseClosed.timeline"))
				.anyMatch((entry) -> entry.contains("Acknowledged"))
				.anyMatch((entry) -> entry.contains("Closed"));
			assertThat(JsonPath.<String>read(seen, "$.steps.feedbackRead.feedback"))
				.contains("The van is back to business use only.");
			assertThat(JsonPath.<List<String>>read(seen, "$.steps.boardMatters")).contains("DE-2026-0001",
					"JP-2026-0001");
			assertThat(JsonPath.<String>read(seen, "$.steps.matter.facts")).contains("The CEO involved");
			assertThat(JsonPath.<String>read(seen, "$.steps.boardPack.fileName")).endsWith(".csv");
			Map<String, List<String>> axe = JsonPath.read(seen, "$.axe");
			assertThat(axe).containsKeys("intake-report", "intake-receipt", "intake-follow-up", "intake-report-ja",
					"sign-in", "employee-home", "code-certify", "employee-report", "employee-reports", "workbench",
					"case", "case-closed", "board", "board-matter");
			assertThat(axe).as("serious or critical accessibility violations")
				.allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
			assertThat(JsonPath.<List<String>>read(seen, "$.foreignRequests")).as("requests to other hosts").isEmpty();
			assertThat(PORTAL.resolve("target/screenshots/board.png")).isRegularFile();
		}
	}

	private static String runInBrowser(String baseUrl, String intakeKey) throws Exception {
		Path output = Files.createTempFile("portal-e2e", ".json");
		Process node = new ProcessBuilder("node", "e2e/portal-e2e.mjs", baseUrl, intakeKey,
				PORTAL.resolve("target/screenshots").toAbsolutePath().toString())
			.directory(PORTAL.toFile())
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		boolean finished = node.waitFor(4, TimeUnit.MINUTES);
		if (!finished) {
			node.destroyForcibly();
		}
		String seen = Files.readString(output).strip();
		Files.deleteIfExists(output);
		assertThat(finished).as("the browser run finished").isTrue();
		assertThat(node.exitValue()).as("the browser run's exit code (output: %s)", seen).isZero();
		return seen;
	}

}
