package io.conduct.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL works without internet access: on the embedded run, a real browser (Debian's
 * chromium, driven by playwright-core from {@code modules/graphiql}) loads
 * {@code /graphiql}, types the README's {@code viewer} query and a demo person's bearer
 * token, runs it and reads the answer from the page; the page asked nothing of another
 * host. Without chromium or Node.js this test fails, saying what to install.
 */
class GraphiQlBrowserTests {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	static final Path GRAPHIQL = Path.of(System.getProperty("conduct.graphiql.dir", "../graphiql"));

	static final Path README = Path.of(System.getProperty("conduct.readme", "../../README.md"));

	@TempDir
	Path dataDir;

	@Test
	void theReadmesViewerQueryRunsInGraphiqlInARealBrowser() throws Exception {
		assertThat(CHROMIUM).as("Debian's chromium (apt-get install -y chromium): the browser test needs it")
			.isExecutable();
		assertThat(GRAPHIQL.resolve("node_modules/playwright-core"))
			.as("playwright-core from modules/graphiql's lock file (the build's npm ci puts it there)")
			.isDirectory();
		Path query = this.dataDir.resolve("viewer.graphql");
		Files.writeString(query, readmeViewerQuery());

		{
			int port = SharedLocalRun.port();
			String token = JsonPath.read(LocalTokens.request(port, "acme-de", "cfo", "demo").body(), "$.access_token");

			String shown = runInBrowser("http://localhost:" + port, token, query);

			assertThat(JsonPath.<String>read(shown, "$.answer.data.viewer.name")).isEqualTo("Casey Cfo");
			assertThat(JsonPath.<String>read(shown, "$.answer.data.viewer.tenant.key")).isEqualTo("acme-de");
			assertThat(JsonPath.<List<String>>read(shown, "$.answer.data.viewer.roles")).contains("CFO_CAO");
			assertThat(JsonPath.<List<String>>read(shown, "$.foreignRequests")).as("requests to other hosts").isEmpty();
		}
	}

	/** The first GraphQL block of the README that queries {@code viewer}, as written. */
	static String readmeViewerQuery() throws IOException {
		Matcher blocks = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL)
			.matcher(Files.readString(README, StandardCharsets.UTF_8));
		while (blocks.find()) {
			if (blocks.group(1).strip().startsWith("{") && blocks.group(1).contains("viewer {")) {
				return blocks.group(1);
			}
		}
		throw new AssertionError("The README shows no viewer query");
	}

	private static String runInBrowser(String baseUrl, String token, Path query) throws Exception {
		Path output = Files.createTempFile("graphiql-answer", ".json");
		Process node = new ProcessBuilder("node", "e2e/graphiql-query.mjs", baseUrl, token, query.toString())
			.directory(GRAPHIQL.toFile())
			.redirectErrorStream(false)
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		boolean finished = node.waitFor(3, TimeUnit.MINUTES);
		if (!finished) {
			node.destroyForcibly();
		}
		String shown = Files.readString(output).strip();
		Files.deleteIfExists(output);
		assertThat(finished).as("the browser run finished").isTrue();
		assertThat(node.exitValue()).as("the browser run's exit code (output: %s)", shown).isZero();
		return shown;
	}

}
