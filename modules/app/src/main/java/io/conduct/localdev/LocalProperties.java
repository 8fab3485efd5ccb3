package io.conduct.localdev;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded local run.
 *
 * @param dataDir folder of the embedded database and the local issuer's key; survives
 * restarts
 * @param mongoPort port of the embedded MongoDB-wire server on 127.0.0.1 (0: any free
 * port)
 * @param issuerBaseUrl base URL of the local issuer as clients reach it, when not
 * {@code http://localhost:<port>/local-issuer}; each tenant's issuer is
 * {@code <base>/realms/<tenant key>}
 * @param demoPassword the password of every demo person
 * @param redirectUris where the local issuer sends sign-ins besides the portal's own
 * {@code /auth/callback} on this server (matched exactly): by default the Vite dev
 * server's
 */
@ConfigurationProperties("conduct.local")
record LocalProperties(Path dataDir, Integer mongoPort, String issuerBaseUrl, String demoPassword,
		List<String> redirectUris) {

	LocalProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of(".conduct-data");
		mongoPort = (mongoPort != null) ? mongoPort : 0;
		demoPassword = (demoPassword != null) ? demoPassword : "demo";
		redirectUris = (redirectUris != null) ? List.copyOf(redirectUris)
				: List.of("http://localhost:5173/auth/callback");
	}

}
