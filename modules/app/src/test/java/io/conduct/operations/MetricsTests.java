package io.conduct.operations;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.notifications.OutboxDelivery;
import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus scrape tells operators what they need with a bounded number of series:
 * GraphQL operations by root field and outcome, MongoDB commands, HTTP, the JVM, the
 * scheduled jobs, the outbox and intake rejections by reason; a tenant is a tag only when
 * it is on the allow-list, and no person's id is ever one.
 */
@ConductIntegrationTest
@TestPropertySource(properties = { "conduct.observability.tenant-tags=" + MetricsTests.LISTED,
		"conduct.observability.outbox-count-max-age=PT0S", "management.tracing.sampling.probability=1.0" })
class MetricsTests {

	static final String LISTED = "metrics-listed";

	@Autowired
	TenantRegistry registry;

	@Autowired
	ClusterJobs jobs;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDelivery delivery;

	@LocalServerPort
	int port;

	Tenant listed;

	Tenant unlisted;

	@BeforeEach
	void tenants() {
		this.listed = this.registry.findByKey(LISTED).orElseGet(() -> TestTenants.register(this.registry, LISTED));
		this.unlisted = TestTenants.register(this.registry, TestTenants.uniqueKey("unlisted"));
	}

	@Test
	void graphQlOperationsAreCountedByRootFieldOutcomeAndListedTenant() {
		String subject = "metrics-person-" + this.unlisted.key();
		var api = new GraphQlHttp(this.port);
		api.post(TestIssuer.get().token(LISTED, "erin", Role.EMPLOYEE), "{ viewer { name } }");
		api.post(TestIssuer.get().token(this.unlisted.key(), subject, Role.EMPLOYEE), "{ viewer { name } }");
		api.post(TestIssuer.get().token(this.unlisted.key(), subject, Role.EMPLOYEE),
				"query Chosen { a: viewer { name } b: viewer { roles } }");

		String scrape = scrape();

		assertThat(Http.sample(scrape, "graphql_request_seconds_count", "graphql_operation=\"viewer\"",
				"graphql_outcome=\"SUCCESS\"", "tenant=\"" + LISTED + "\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(Http.sample(scrape, "graphql_request_seconds_count", "graphql_operation=\"viewer\"",
				"graphql_outcome=\"SUCCESS\"", "tenant=\"other\""))
			.as("aliases of one root field still name it")
			.isGreaterThanOrEqualTo(2);
		assertThat(scrape).as("an unlisted tenant, a person, a client's operation name")
			.doesNotContain(this.unlisted.key())
			.doesNotContain(subject)
			.doesNotContain("Chosen");
	}

	@Test
	void requestsAreObservedButNotEachFieldResolvedNorEachMethodAuthorized() {
		// a field of the listed tenant resolved by a controller (Viewer.reports) and a
		// method-secured service behind it
		new GraphQlHttp(this.port).post(TestIssuer.get().token(LISTED, "erin", Role.EMPLOYEE),
				"{ viewer { name reports(first: 5) { edges { node { id } } } } }");

		String scrape = scrape();

		assertThat(Http.sample(scrape, "graphql_request_seconds_count", "graphql_operation=\"viewer\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(scrape).as("a timer per field resolved, per batch loaded, per method authorization")
			.doesNotContain("graphql_datafetcher")
			.doesNotContain("graphql_dataloader")
			.doesNotContain("spring_security_authorizations");
	}

	@Test
	void aQueryThatDoesNotValidateIsARequestErrorOfNoOperation() {
		new GraphQlHttp(this.port).post(null, "{ noSuchField }");

		assertThat(Http.sample(scrape(), "graphql_request_seconds_count", "graphql_operation=\"none\"",
				"graphql_outcome=\"REQUEST_ERROR\""))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void mongoCommandsAreCountedWithoutASeriesPerTenantDatabase() {
		new GraphQlHttp(this.port).post(TestIssuer.get().token(LISTED, "erin", Role.EMPLOYEE), "{ viewer { name } }");

		String scrape = scrape();

		assertThat(Http.sample(scrape, "mongodb_driver_commands_seconds_count", "database=\"tenant\"",
				"tenant=\"" + LISTED + "\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(scrape).doesNotContain("database=\"conduct_t_");
	}

	@Test
	void httpAndJvmMetricsAreThere() {
		scrape();
		String scrape = scrape();

		assertThat(Http.sample(scrape, "http_server_requests_seconds_count", "uri=\"/actuator/prometheus\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(Http.sample(scrape, "jvm_memory_used_bytes")).isPositive();
	}

	@Test
	void intakeRejectionsAreCountedByReason() {
		String unknownKey = """
				{"query":"mutation { publicReportSubmit(input: {intakeKey: \\"no-such-key\\", \
				passphrase: \\"a passphrase I will remember\\", report: {category: OTHER, recipient: CFO_CAO, \
				description: \\"x\\"}}) { userErrors { code } } }"}""";
		double before = Http.sample(scrape(), "conduct_intake_rejections_total", "operation=\"publicReportSubmit\"");

		var answer = Http.postGraphQl(this.port, null, unknownKey, Map.of());
		String code = com.jayway.jsonpath.JsonPath.read(answer.body(), "$.data.publicReportSubmit.userErrors[0].code");

		String scrape = scrape();
		assertThat(Http.sample(scrape, "conduct_intake_rejections_total", "operation=\"publicReportSubmit\"",
				"reason=\"" + code + "\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(Http.sample(scrape, "conduct_intake_rejections_total", "operation=\"publicReportSubmit\""))
			.isEqualTo(before + 1);
	}

	@Test
	void scheduledJobsReportRoundsItemsAndFailures() {
		String job = "metrics.test";
		this.jobs.runForEachTenantCounting(job, (tenant) -> {
			if (!tenant.key().equals(LISTED)) {
				throw new IllegalStateException("this tenant's part fails");
			}
			// another instance's attempt at the same job while this one holds its lock
			Thread other = new Thread(() -> this.jobs.runOnce(job, () -> {
			}));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return 3;
		});

		String scrape = scrape();
		String ofJob = "job=\"" + job + "\"";
		assertThat(Http.sample(scrape, "conduct_jobs_rounds_total", ofJob, "result=\"ran\"")).isEqualTo(1);
		assertThat(Http.sample(scrape, "conduct_jobs_rounds_total", ofJob, "result=\"skipped\"")).isEqualTo(1);
		assertThat(Http.sample(scrape, "conduct_jobs_round_duration_seconds_count", ofJob)).isEqualTo(1);
		assertThat(Http.sample(scrape, "conduct_jobs_items_total", ofJob, "tenant=\"" + LISTED + "\"")).isEqualTo(3);
		assertThat(Http.sample(scrape, "conduct_jobs_failures_total", ofJob, "tenant=\"other\""))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void theOutboxShowsPendingAndSentNotificationsAndDeliveries() {
		String tag = "tenant=\"" + LISTED + "\"";
		double pendingBefore = Http.sample(scrape(), "conduct_outbox_notifications", "status=\"pending\"", tag);
		TenantContext.runAs(this.listed,
				() -> this.notifications.enqueue(new NotificationRequest("metrics-" + System.nanoTime(),
						io.conduct.notifications.NotificationKind.CERTIFICATION_REMINDER,
						new NotificationRequest.Recipient("p1", "erin@metrics.test", "en"),
						List.of("Erin", "v1", java.time.LocalDate.of(2026, 9, 30), 7))));

		assertThat(Http.sample(scrape(), "conduct_outbox_notifications", "status=\"pending\"", tag))
			.isEqualTo(pendingBefore + 1);

		double sentBefore = Http.sample(scrape(), "conduct_outbox_notifications", "status=\"sent\"", tag);
		int sent = TenantContext.callAs(this.listed, () -> this.delivery.deliverDue(10));

		String scrape = scrape();
		assertThat(sent).isPositive();
		assertThat(Http.sample(scrape, "conduct_outbox_notifications", "status=\"sent\"", tag))
			.isEqualTo(sentBefore + sent);
		assertThat(Http.sample(scrape, "conduct_outbox_deliveries_total", "result=\"sent\"", tag)).isPositive();
		assertThat(Http.sample(scrape, "conduct_outbox_notifications", "status=\"failed\"", tag)).isZero();
	}

	private String scrape() {
		var response = Http.get(this.port, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
