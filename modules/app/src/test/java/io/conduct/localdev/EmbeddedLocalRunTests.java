package io.conduct.localdev;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import io.conduct.ConductApplication;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command: the product on its embedded defaults, with no external
 * service, the local profile named. A demo person signs in at the local issuer and
 * queries {@code viewer}; the data survives a restart; a request whose Host is not
 * loopback's gets 403.
 */
class EmbeddedLocalRunTests {

	@TempDir
	Path dataDir;

	@Test
	void demoPersonQueriesViewerAndDataSurvivesARestart() throws Exception {
		String intakeKeyBefore;
		try (ConfigurableApplicationContext app = start()) {
			int port = port(app);
			String token = demoToken(port, "acme-de", "cfo");

			var viewer = new GraphQlHttp(port).post(token,
					"{ viewer { name roles tenant { key name parent { key } } } }");

			assertThat(viewer.hasErrors()).as(viewer.body()).isFalse();
			assertThat(viewer.<String>read("$.data.viewer.name")).isEqualTo("Casey Cfo");
			assertThat(viewer.<java.util.List<String>>read("$.data.viewer.roles")).contains("CFO_CAO");
			assertThat(viewer.<String>read("$.data.viewer.tenant.key")).isEqualTo("acme-de");
			assertThat(demoTokenStatus(port, "acme-de", "cfo", "wrong")).isEqualTo(401);
			assertThat(app.getBean(TenantRegistry.class).findAll()).extracting(Tenant::key)
				.containsExactlyInAnyOrder("acme", "acme-de", "acme-jp");
			intakeKeyBefore = app.getBean(TenantRegistry.class).findByKey("acme-de").orElseThrow().publicIntakeKey();
			assertThat(graphiqlStatus(port)).isLessThan(400);
			// DNS rebinding: a page of another site whose name now resolves to 127.0.0.1
			assertThat(statusWithHost(port, "rebind.attacker.example:" + port)).isEqualTo(403);
			assertThat(statusWithHost(port, "localhost:" + (port + 1))).isEqualTo(403);
			assertThat(statusWithHost(port, "127.0.0.1:" + port)).isEqualTo(200);
			assertThat(statusWithHost(port, "[::1]:" + port)).isEqualTo(200);
			assertThat(statusWithHost(port, "LOCALHOST:" + port)).isEqualTo(200);
		}
		assertThat(Files.list(this.dataDir)).isNotEmpty();

		try (ConfigurableApplicationContext again = start()) {
			Tenant tenant = again.getBean(TenantRegistry.class).findByKey("acme-de").orElseThrow();
			assertThat(tenant.publicIntakeKey()).isEqualTo(intakeKeyBefore);
			int port = port(again);
			var viewer = new GraphQlHttp(port).post(demoToken(port, "acme", "operator"), "{ viewer { roles } }");
			assertThat(viewer.<java.util.List<String>>read("$.data.viewer.roles"))
				.containsExactlyInAnyOrder("PLATFORM_ADMIN", "EMPLOYEE");
		}
	}

	/** As the README's first command starts it, the profile named. */
	private ConfigurableApplicationContext start() {
		return ConductApplication.application()
			.run("--spring.profiles.active=local", "--server.port=0", "--conduct.local.data-dir=" + this.dataDir);
	}

	/**
	 * The status of a request for the local issuer's demo people with the Host header
	 * given, sent over a plain socket (HTTP clients set the Host themselves).
	 */
	private static int statusWithHost(int port, String host) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET /local-issuer/demo-people HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	static String demoToken(int port, String realm, String username) throws Exception {
		HttpResponse<String> response = tokenRequest(port, realm, username, "demo");
		return JsonPath.read(response.body(), "$.access_token");
	}

	static int demoTokenStatus(int port, String realm, String username, String password) throws Exception {
		return tokenRequest(port, realm, username, password).statusCode();
	}

	private static HttpResponse<String> tokenRequest(int port, String realm, String username, String password)
			throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(
					"http://localhost:" + port + "/local-issuer/realms/" + realm + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=password&username=" + username + "&password=" + password))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static int graphiqlStatus(int port) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphiql")).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
