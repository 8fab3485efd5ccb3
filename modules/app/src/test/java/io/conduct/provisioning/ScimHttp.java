package io.conduct.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

/**
 * A SCIM client over real HTTP, sending what Entra ID's and Okta's provisioning clients
 * send: {@code application/scim+json} bodies and a bearer credential.
 */
final class ScimHttp {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	ScimHttp(int port) {
		this.base = "http://127.0.0.1:" + port + "/scim/v2/";
	}

	Response get(String token, String tenant, String path) {
		return send(token, tenant, "GET", path, null, Map.of());
	}

	Response filter(String token, String tenant, String filter) {
		return get(token, tenant, "Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
	}

	Response send(String token, String tenant, String method, String path, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + tenant + "/" + path))
			.header("Accept", "application/scim+json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/scim+json; charset=utf-8");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("ETag").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String body, String etag) {

		<T> T read(String path) {
			return JsonPath.read(this.body, path);
		}

	}

}
