package io.conduct.operations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traces through Micrometer Tracing and OpenTelemetry: a signed-in caller's W3C
 * {@code traceparent} is adopted, its trace id returned and logged, and the request's
 * span carries the tenant; an anonymous caller's (the public intake's) is never adopted,
 * and no trace id goes back to it. The OTLP exporter is off until an endpoint is set.
 */
@ConductIntegrationTest
@TestPropertySource(properties = { "conduct.observability.tenant-tags=" + MetricsTests.LISTED,
		"conduct.observability.outbox-count-max-age=PT0S", "management.tracing.sampling.probability=1.0" })
@Import(TracingTests.Spans.class)
@ExtendWith(OutputCaptureExtension.class)
class TracingTests {

	static final String TRACE = "5cf92f3577b34da6a3ce929d0e0e4799";

	static final Map<String, String> TRACEPARENT = Map.of("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01");

	@Autowired
	TenantRegistry registry;

	@Autowired
	Spans spans;

	@Autowired
	SdkTracerProvider tracerProvider;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void aSignedInCallersTraceIsAdoptedReturnedLoggedAndCarriesTheTenant(CapturedOutput output) {
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("traced"));
		String token = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);

		var response = Http.postGraphQl(this.port, token, """
				{"query":"mutation { reportSubmit(input: {reporterMode: NAMED, report: {category: OTHER, \
				recipient: CFO_CAO, description: \\"Traced\\"}}) { receipt { caseNumber } } }"}""", TRACEPARENT);

		assertThat(response.headers().firstValue("X-Trace-Id")).hasValue(TRACE);
		assertThat(output.getAll().lines().filter((line) -> line.contains("trace=" + TRACE)))
			.anySatisfy((line) -> assertThat(line).contains("tenant=" + tenant.key()));
		List<SpanData> spans = this.spans.of(TRACE, this.tracerProvider);
		assertThat(spans).as("spans of the adopted trace").isNotEmpty();
		assertThat(spans)
			.anySatisfy((span) -> assertThat(span.getAttributes().get(AttributeKey.stringKey("conduct.tenant")))
				.isEqualTo(tenant.key()));
	}

	@Test
	void anAnonymousCallersTraceIsNeitherAdoptedNorAnswered(CapturedOutput output) {
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("anontrace"));
		String intake = """
				{"query":"mutation { publicReportSubmit(input: {intakeKey: \\"%s\\", \
				passphrase: \\"a passphrase I will remember\\", report: {category: OTHER, recipient: CFO_CAO, \
				description: \\"Anonymous and untraced\\"}}) { receipt { caseNumber } userErrors { code } } }"}"""
			.formatted(tenant.publicIntakeKey());
		Map<String, String> headers = new java.util.HashMap<>(TRACEPARENT);
		headers.put("tracestate", "vendor=anonymous-probe");
		headers.put("b3", TRACE + "-00f067aa0ba902b7-1");

		var response = Http.postGraphQl(this.port, null, intake, headers);

		assertThat(com.jayway.jsonpath.JsonPath.<String>read(response.body(),
				"$.data.publicReportSubmit.receipt.caseNumber"))
			.isNotBlank();
		assertThat(response.headers().firstValue("X-Trace-Id")).isEmpty();
		assertThat(response.headers().map().keySet()).noneMatch((name) -> name.toLowerCase().contains("trace"));
		assertThat(this.spans.of(TRACE, this.tracerProvider)).as("spans of the caller's trace").isEmpty();
		assertThat(output.getAll()).doesNotContain(TRACE).doesNotContain("anonymous-probe");
	}

	@Test
	void theOtlpExporterIsOffWithoutAnEndpoint() {
		assertThat(
				this.context.getBeanNamesForType(io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter.class))
			.isEmpty();
	}

	/** Keeps the exported spans, as a collector would (a SpanExporter bean). */
	@TestConfiguration(proxyBeanMethods = false)
	static class Spans implements SpanExporter {

		private final List<SpanData> exported = new CopyOnWriteArrayList<>();

		List<SpanData> of(String traceId, SdkTracerProvider provider) {
			provider.forceFlush().join(10, TimeUnit.SECONDS);
			return this.exported.stream().filter((span) -> span.getTraceId().equals(traceId)).toList();
		}

		@Override
		public CompletableResultCode export(Collection<SpanData> spans) {
			this.exported.addAll(spans);
			return CompletableResultCode.ofSuccess();
		}

		@Override
		public CompletableResultCode flush() {
			return CompletableResultCode.ofSuccess();
		}

		@Override
		public CompletableResultCode shutdown() {
			return CompletableResultCode.ofSuccess();
		}

	}

}
