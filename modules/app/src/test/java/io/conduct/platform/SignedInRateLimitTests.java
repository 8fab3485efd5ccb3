package io.conduct.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each signed-in person has a budget of requests (here 5 a week, so that no period ends
 * during the test): beyond it they get 429 with Retry-After, and nobody else is slowed
 * down, neither colleagues nor the same subject of another tenant, nor callers without a
 * token (the public intake's budgets are its own).
 */
@ConductIntegrationTest
@TestPropertySource(
		properties = { "conduct.security.rate-limit.requests=5", "conduct.security.rate-limit.period=PT168H" })
class SignedInRateLimitTests {

	private static final String VIEWER = "{ viewer { subject } }";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void aPersonBeyondTheirBudgetGets429AndNobodyElseIsSlowedDown() throws Exception {
		GraphQlHttp api = new GraphQlHttp(this.port);
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("rate"));
		Tenant other = TestTenants.register(this.registry, TestTenants.uniqueKey("rate"));
		String erin = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);

		for (int i = 0; i < 5; i++) {
			assertThat(api.post(erin, VIEWER).status()).as("request %d", i + 1).isEqualTo(200);
		}
		HttpResponse<String> refused = raw(erin);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(api.post(TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE), VIEWER).status())
			.as("a new token of the same person")
			.isEqualTo(429);
		assertThat(api.post(TestIssuer.get().token(tenant.key(), "sam", Role.EMPLOYEE), VIEWER).status())
			.isEqualTo(200);
		assertThat(api.post(TestIssuer.get().token(other.key(), "erin", Role.EMPLOYEE), VIEWER).status())
			.isEqualTo(200);
		for (int i = 0; i < 7; i++) {
			assertThat(api.post(null, "{ __typename }").status()).isEqualTo(200);
		}
	}

	private HttpResponse<String> raw(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + VIEWER + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
