package io.conduct.operations;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Tokens from the local run's issuer, as the README gets them. */
final class LocalTokens {

	private LocalTokens() {
	}

	static HttpResponse<String> request(int port, String realm, String username, String password) {
		return Http.send(HttpRequest
			.newBuilder(URI.create(
					"http://localhost:" + port + "/local-issuer/realms/" + realm + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=password&username=" + username + "&password=" + password))
			.build());
	}

}
