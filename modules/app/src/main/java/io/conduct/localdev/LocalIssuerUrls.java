package io.conduct.localdev;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The issuer URL of each demo tenant's realm at the local issuer: the configured base
 * URL, else localhost on the port the server actually got.
 */
@Component
@Profile("local")
class LocalIssuerUrls {

	private final LocalProperties properties;

	private volatile int port = 8080;

	LocalIssuerUrls(LocalProperties properties) {
		this.properties = properties;
	}

	@EventListener
	void onServerStarted(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
	}

	/**
	 * The redirect URIs the local issuer sends sign-ins to, matched exactly: the portal's
	 * callback on this server, and those configured.
	 */
	List<String> redirectUris() {
		List<String> uris = new ArrayList<>();
		uris.add("http://localhost:" + this.port + "/auth/callback");
		uris.add("http://127.0.0.1:" + this.port + "/auth/callback");
		uris.addAll(this.properties.redirectUris());
		return uris;
	}

	String issuerFor(String tenantKey) {
		String base = this.properties.issuerBaseUrl();
		if (base == null || base.isBlank()) {
			base = "http://localhost:" + this.port + "/local-issuer";
		}
		return base + "/realms/" + tenantKey;
	}

}
