package io.conduct.platform;

import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Log lines written while serving a request carry the request's tenant and the trace id
 * of its W3C {@code traceparent} header.
 */
@ConductIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoggingContextTests {

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void logLinesCarryTenantAndTraceId(CapturedOutput output) {
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("logs"));
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		String token = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);

		// a named report is logged (never with its case number) while the request is
		// served
		var submitted = new GraphQlHttp(this.port).post(token, """
				mutation($input: ReportSubmitInput!) { reportSubmit(input: $input) { receipt { caseNumber } } }""",
				Map.of("input",
						Map.of("reporterMode", "NAMED", "report",
								Map.of("category", "OTHER", "recipient", "CFO_CAO", "description", "Logged"))),
				Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
		String number = submitted.read("$.data.reportSubmit.receipt.caseNumber");

		assertThat(output.getAll().lines().filter((line) -> line.contains("trace=" + traceId)))
			.filteredOn((line) -> line.contains("A named report came in via WEB"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("tenant=" + tenant.key()).doesNotContain(number));
	}

}
