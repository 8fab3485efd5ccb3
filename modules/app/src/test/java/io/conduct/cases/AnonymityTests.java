package io.conduct.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing identifies an anonymous reporter: the whole anonymous flow runs with a
 * distinctive client address, user agent and (for a signed-in reporter choosing
 * anonymity) account, and then every collection and the captured log output are searched
 * for them.
 */
@ConductIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymityTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	@Qualifier(MongoConfiguration.CONTROL)
	MongoTemplate control;

	@LocalServerPort
	int port;

	@Test
	void noTraceOfTheReporterInAnyCollectionOrTheLogs(CapturedOutput output) {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String address = "203.0.113." + (10 + (marker.charAt(0) % 200));
		String userAgent = "AnonymityProbe/" + marker;
		String subject = "anon-subject-" + marker;
		Map<String, String> client = Map.of("User-Agent", userAgent, "X-Forwarded-For", address, "X-Real-IP", address,
				"Forwarded", "for=" + address);
		GraphQlHttp api = new GraphQlHttp(this.port);
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("anonscan"));
		String passphrase = "passphrase " + marker;

		var publicReport = api.post(
				null, Reports.PUBLIC_SUBMIT, Map
					.of("input",
							Map.of("intakeKey", tenant.publicIntakeKey(), "passphrase", passphrase, "report",
									Reports.fields("RETALIATION", "CFO_CAO", "I was demoted after reporting"))),
				client);
		String receiptKey = publicReport.read("$.data.publicReportSubmit.receipt.receiptKey");
		api.post(null, Reports.PUBLIC_READ, Map.of("input",
				Map.of("intakeKey", tenant.publicIntakeKey(), "receiptKey", receiptKey, "passphrase", passphrase)),
				client);
		api.post(null, Reports.PUBLIC_MESSAGE, Map.of("input", Map.of("intakeKey", tenant.publicIntakeKey(),
				"receiptKey", receiptKey, "passphrase", passphrase, "body", "One more thing")), client);
		api.post(null, Reports.PUBLIC_READ, Map.of("input",
				Map.of("intakeKey", tenant.publicIntakeKey(), "receiptKey", receiptKey, "passphrase", "wrong one")),
				client);
		String token = TestIssuer.get().token(tenant.key(), subject, Role.EMPLOYEE);
		var signedInAnonymous = api.post(
				token, Reports.SUBMIT, Map
					.of("input",
							Map.of("reporterMode", "ANONYMOUS", "passphrase", passphrase, "report",
									Reports.fields("OTHER", "CFO_CAO", "Reported while signed in, anonymously"))),
				client);

		assertThat(publicReport.<List<?>>read("$.data.publicReportSubmit.userErrors")).isEmpty();
		assertThat(signedInAnonymous.<List<?>>read("$.data.reportSubmit.userErrors")).isEmpty();
		assertThat(signedInAnonymous.<Object>read("$.data.reportSubmit.report")).isNull();
		List<String> stored = everything(tenant);
		assertThat(stored).isNotEmpty();
		for (String probe : List.of(address, userAgent, marker, subject, subject + "@" + tenant.key() + ".test")) {
			assertThat(stored).as("stored documents").noneMatch((document) -> document.contains(probe));
			assertThat(output.getAll()).as("log output").doesNotContain(probe);
		}
	}

	private List<String> everything(Tenant tenant) {
		List<String> documents = new ArrayList<>();
		TenantContext.runAs(tenant, () -> collectAll(this.tenantData, documents));
		collectAll(this.control, documents);
		return documents;
	}

	private static void collectAll(MongoTemplate template, List<String> documents) {
		for (String collection : template.getCollectionNames()) {
			template.getCollection(collection).find().forEach((Document d) -> documents.add(d.toJson()));
		}
	}

}
