package io.conduct.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.local.LocalTokenIssuer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenID issuer on 127.0.0.1 for fast tests that do not need Keycloak: it serves
 * discovery and keys with Keycloak's layout ({@code /realms/<tenant>/...}) and mints
 * tokens shaped like Keycloak's, which the application validates over HTTP exactly as it
 * validates Keycloak's. One per JVM.
 */
public final class TestIssuer {

	private static TestIssuer instance;

	private final LocalTokenIssuer signer;

	private final HttpServer server;

	private TestIssuer(LocalTokenIssuer signer) throws IOException {
		this.signer = signer;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/realms/", this::handle);
		this.server.start();
	}

	public static synchronized TestIssuer get() {
		if (instance == null) {
			try {
				instance = new TestIssuer(LocalTokenIssuer.withNewKey());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0)));
		}
		return instance;
	}

	/**
	 * A second issuer with another key, to prove that tokens signed by a stranger are
	 * refused even when they name a trusted issuer.
	 */
	public static LocalTokenIssuer impostor() {
		return LocalTokenIssuer.withNewKey();
	}

	/** The issuer URI of a tenant's (simulated) realm. */
	public String issuerFor(String tenantKey) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/realms/" + tenantKey;
	}

	/** A valid token of a person of the tenant, with the given realm roles. */
	public String token(String tenantKey, String subject, Role... roles) {
		return token(tenantKey, subject, Arrays.stream(roles).map(Role::name).toList());
	}

	public String token(String tenantKey, String subject, List<String> realmRoles) {
		return this.signer.mint(issuerFor(tenantKey), subject, realmRoles,
				Map.of("name", "Test " + subject, "email", subject + "@" + tenantKey + ".test", "email_verified", true),
				Instant.now(), Duration.ofMinutes(10));
	}

	/** A token with exactly these profile claims, e.g. an e-mail that is not verified. */
	public String tokenWithClaims(String tenantKey, String subject, Map<String, Object> claims, Role... roles) {
		return this.signer.mint(issuerFor(tenantKey), subject, Arrays.stream(roles).map(Role::name).toList(), claims,
				Instant.now(), Duration.ofMinutes(10));
	}

	/** A token that expired a while ago. */
	public String expiredToken(String tenantKey, String subject, Role... roles) {
		return this.signer.mint(issuerFor(tenantKey), subject, Arrays.stream(roles).map(Role::name).toList(), Map.of(),
				Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(5));
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String[] parts = path.split("/", 4);
		String realm = (parts.length > 2) ? parts[2] : "";
		String body;
		if (path.endsWith("/.well-known/openid-configuration")) {
			body = JsonMapper.builder().build().writeValueAsString(LocalTokenIssuer.discovery(issuerFor(realm)));
		}
		else if (path.endsWith("/protocol/openid-connect/certs")) {
			body = this.signer.jwkSetJson();
		}
		else {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
