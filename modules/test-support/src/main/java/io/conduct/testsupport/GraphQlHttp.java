package io.conduct.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a running application's GraphQL endpoint over real HTTP, with or without a bearer
 * token, so tests see exactly what a front end sees (status codes included).
 */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String endpoint;

	public GraphQlHttp(int port) {
		this.endpoint = "http://127.0.0.1:" + port + "/graphql";
	}

	public Response post(String token, String document) {
		return post(token, document, Map.of());
	}

	public Response post(String token, String document, Map<String, Object> variables) {
		return post(token, document, variables, Map.of());
	}

	/**
	 * With extra request headers, e.g. a client address or user agent to look for later.
	 */
	public Response post(String token, String document, Map<String, Object> variables, Map<String, String> headers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.endpoint))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An HTTP response of the GraphQL endpoint.
	 *
	 * @param status the HTTP status
	 * @param body the raw body
	 */
	public record Response(int status, String body) {

		public DocumentContext json() {
			return JsonPath.parse(this.body);
		}

		public <T> T read(String path) {
			return json().read(path);
		}

		/** The value at the path, or {@code null} where the path leads through a null. */
		public <T> T readOrNull(String path) {
			try {
				return json().read(path);
			}
			catch (com.jayway.jsonpath.PathNotFoundException ex) {
				return null;
			}
		}

		/** The classification of the first error, or {@code null} without errors. */
		public String firstErrorCode() {
			return hasErrors() ? read("$.errors[0].extensions.classification") : null;
		}

		public String firstErrorMessage() {
			return hasErrors() ? read("$.errors[0].message") : null;
		}

		public boolean hasErrors() {
			return this.body.contains("\"errors\"") && !json().read("$.errors", java.util.List.class).isEmpty();
		}

	}

}
