package io.conduct.platform;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over-deep, over-complex, alias-heavy and oversized requests are refused with a clear,
 * classified error; malformed ones too. Limits come from {@code conduct.graphql.*}.
 */
@ConductIntegrationTest
class GraphQlLimitsTests {

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	String token;

	@BeforeEach
	void caller() {
		this.api = new GraphQlHttp(this.port);
		String key = TestTenants.uniqueKey("limits");
		TestTenants.register(this.registry, key);
		this.token = TestIssuer.get().token(key, "lim", Role.EMPLOYEE);
	}

	@Test
	void aQueryWithinTheLimitsIsAnswered() {
		var response = this.api.post(this.token, "{ viewer { tenant { parent { parent { key } } } } }");

		assertThat(response.hasErrors()).as(response.body()).isFalse();
	}

	@Test
	void overDeepQueryIsRejected() {
		String deep = "{ viewer { tenant " + "{ parent ".repeat(16) + "{ key }" + " }".repeat(16) + " } }";

		var response = this.api.post(this.token, deep);

		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.firstErrorMessage()).containsIgnoringCase("depth");
		assertThat(response.body()).doesNotContain("\"viewer\"");
	}

	@Test
	void overComplexQueryIsRejected() {
		// 20 aliases (within the alias limit) of 30 fields each: 600 fields, over the
		// limit of 500
		String fields = "key name country timeZone currency status fiscalYearStartMonth jurisdictions defaultLocale id "
			.repeat(3);
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 0; i < 20; i++) {
			query.append("v").append(i).append(": viewer { tenant { ").append(fields).append("} } ");
		}
		query.append('}');

		var response = this.api.post(this.token, query.toString());

		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.firstErrorMessage()).containsIgnoringCase("complexity");
	}

	@Test
	void tooManyAliasesAreRejected() {
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 0; i < 31; i++) {
			query.append("s").append(i).append(": viewer { subject } ");
		}
		query.append('}');

		var response = this.api.post(this.token, query.toString());

		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.firstErrorMessage()).contains("31 aliases").contains("limit of 30");
	}

	@Test
	void oversizedDocumentIsRejectedBeforeExecution() {
		String padded = "{ viewer { subject } }" + " ".repeat(20_001);

		var response = this.api.post(this.token, padded);

		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.firstErrorMessage()).contains("limit of 20000");
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
		// only the headers are sent: the declared length alone gets the refusal
		try (var socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.getOutputStream()
				.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 41943041\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			var status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();

			assertThat(status).startsWith("HTTP/1.1 413");
		}
	}

	@Test
	void syntaxAndValidationErrorsAreBadRequests() {
		assertThat(this.api.post(this.token, "{ viewer { subject ").firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(this.api.post(this.token, "{ noSuchField }").firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void introspectionIsOffOutsideTheLocalProfile() {
		var response = this.api.post(this.token, "{ __schema { queryType { name } } }");

		assertThat(response.hasErrors()).isTrue();
		assertThat(response.body()).doesNotContain("\"queryType\":{");
	}

}
