package io.conduct.sso;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.SecurityProperties;

import org.springframework.stereotype.Component;

/**
 * Fetches a provider's discovery document or metadata: https only (http where the
 * deployment allows http issuers, i.e. the local run and tests), no redirects, short
 * timeouts and a bounded size, so that a URL typed by an administrator cannot hang or
 * flood the service.
 */
@Component
class ProviderDocuments {

	static final int MAX_BYTES = 512 * 1024;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final boolean allowHttp;

	ProviderDocuments(SecurityProperties security) {
		this.allowHttp = security.allowHttpIssuers();
	}

	String fetch(String url) {
		URI uri = checked(url);
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new ProviderDocumentException(UserErrorCode.NOT_METADATA,
							"The URL answered with HTTP status " + response.statusCode() + ", not a document");
				}
				byte[] bytes = body.readNBytes(MAX_BYTES + 1);
				if (bytes.length > MAX_BYTES) {
					throw new ProviderDocumentException(UserErrorCode.TOO_LARGE,
							"The document is larger than " + MAX_BYTES + " bytes");
				}
				return new String(bytes, StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new ProviderDocumentException(UserErrorCode.PROVIDER_UNREACHABLE,
					"The URL did not answer: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderDocumentException(UserErrorCode.PROVIDER_UNREACHABLE, "The URL did not answer");
		}
	}

	URI checked(String url) {
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new ProviderDocumentException(UserErrorCode.INVALID, "Not a URL");
		}
		boolean https = "https".equalsIgnoreCase(uri.getScheme());
		boolean http = "http".equalsIgnoreCase(uri.getScheme());
		if (uri.getHost() == null || !(https || (http && this.allowHttp)) || uri.getUserInfo() != null) {
			throw new ProviderDocumentException(UserErrorCode.INVALID, "An https URL is required");
		}
		return uri;
	}

}
