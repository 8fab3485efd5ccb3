package io.conduct.cases;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone reports through a tenant's public intake and follows up with the receipt key and
 * passphrase; wrong credentials fail generically and lock after a few tries; a key never
 * opens anything in another tenant; oversized input stores nothing.
 */
@ConductIntegrationTest
class AnonymousReportingTests {

	private static final String PASSPHRASE = "correct horse battery staple";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("anon"));
	}

	@Test
	void anAnonymousReporterFollowsUpAndTalksWithTheHandlers() {
		var report = Reports.fields("ACCOUNTING_OR_AUDITING", "AUDIT_COMMITTEE", "Revenue booked before delivery");
		report.put("attachments", List.of(Map.of("fileName", "ledger.txt", "contentBase64",
				Base64.getEncoder().encodeToString("ledger line 1\nledger line 2".getBytes()))));

		var submitted = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(), report, PASSPHRASE);

		assertThat(submitted.<List<?>>read("$.data.publicReportSubmit.userErrors")).as(submitted.body()).isEmpty();
		String number = submitted.read("$.data.publicReportSubmit.receipt.caseNumber");
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");
		assertThat(number).matches("DE-20\\d\\d-\\d{4}");
		assertThat(receiptKey).matches("([0-9A-Z]{4}-){5}[0-9A-Z]{4}");

		var opened = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, PASSPHRASE);
		assertThat(opened.<String>read("$.data.publicReport.caseNumber")).isEqualTo(number);
		assertThat(opened.<String>read("$.data.publicReport.status")).isEqualTo("RECEIVED");

		String cfo = TestIssuer.get().token(this.tenant.key(), "cfo", Role.CFO_CAO);
		String caseId = this.api.post(cfo, "{ cases { edges { node { id number } } } }")
			.read("$.data.cases.edges[0].node.id");
		var acknowledged = this.api.post(cfo, """
				mutation($id: ID!) { caseAcknowledge(input: {caseId: $id}) {
				  case { status acknowledgedAt feedbackDue } userErrors { code } } }""", Map.of("id", caseId));
		assertThat(acknowledged.<String>read("$.data.caseAcknowledge.case.status")).isEqualTo("ACKNOWLEDGED");
		var again = this.api.post(cfo, """
				mutation($id: ID!) { caseAcknowledge(input: {caseId: $id}) { userErrors { code } } }""",
				Map.of("id", caseId));
		assertThat(again.<String>read("$.data.caseAcknowledge.userErrors[0].code")).isEqualTo("ALREADY_ACKNOWLEDGED");

		var reply = this.api.post(null, Reports.PUBLIC_MESSAGE,
				Map.of("input", Map.of("intakeKey", this.tenant.publicIntakeKey(), "receiptKey",
						receiptKey.toLowerCase(), "passphrase", PASSPHRASE, "body", "More details: invoice 4711")));
		assertThat(reply.<List<String>>read("$.data.publicReportMessagePost.report.messages[*].author"))
			.containsExactly("HANDLER", "REPORTER");

		var afterAck = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, PASSPHRASE);
		assertThat(afterAck.<String>read("$.data.publicReport.status")).isEqualTo("ACKNOWLEDGED");
		// the standard acknowledgement, in the report's language (the tenant's: German)
		assertThat(afterAck.<String>read("$.data.publicReport.messages[0].body")).contains("Meldung ist eingegangen");
		var handlerView = this.api.post(cfo,
				"query($id: ID!) { case(id: $id) { messages { author body } reporter { name } } }",
				Map.of("id", caseId));
		assertThat(handlerView.<List<String>>read("$.data.case.messages[*].body"))
			.contains("More details: invoice 4711");
		assertThat(handlerView.<Object>read("$.data.case.reporter")).isNull();
		assertThat(handlerView.hasErrors()).as("no reporter is an answer, not an error").isFalse();
	}

	@Test
	void wrongCredentialsFailGenericallyAndLockTheKeyAfterRepeatedFailures() {
		var submitted = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "Something is off"), PASSPHRASE);
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");
		String wrongSecret = receiptKey.substring(0, receiptKey.length() - 1) + (receiptKey.endsWith("0") ? "1" : "0");

		var wrongPassphrase = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, "not the passphrase");
		var wrongKey = Reports.read(this.api, this.tenant.publicIntakeKey(), wrongSecret, PASSPHRASE);
		var unknownKey = Reports.read(this.api, this.tenant.publicIntakeKey(), "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ",
				PASSPHRASE);
		var malformedKey = Reports.read(this.api, this.tenant.publicIntakeKey(), "nonsense", PASSPHRASE);
		var wrongAgain = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, "still not it");

		for (var failure : List.of(wrongPassphrase, wrongKey, unknownKey, malformedKey, wrongAgain)) {
			assertThat(failure.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
			assertThat(failure.firstErrorMessage()).isEqualTo(AnonymousFollowUp.WRONG_CREDENTIALS);
			assertThat(failure.<Object>read("$.data.publicReport")).isNull();
		}
		// three failures on this key (max-failures in the test profile): now locked, even
		// with the right ones
		var locked = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, PASSPHRASE);
		assertThat(locked.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(locked.firstErrorMessage()).isEqualTo(AnonymousFollowUp.LOCKED);
	}

	@Test
	void aReceiptKeyOfOneTenantOpensNothingInAnother() {
		Tenant other = TestTenants.register(this.registry, TestTenants.uniqueKey("other"));
		var submitted = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "Concern"), PASSPHRASE);
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");

		var elsewhere = Reports.read(this.api, other.publicIntakeKey(), receiptKey, PASSPHRASE);
		var noIntake = Reports.read(this.api, "no-such-intake", receiptKey, PASSPHRASE);

		assertThat(elsewhere.firstErrorMessage()).isEqualTo(AnonymousFollowUp.WRONG_CREDENTIALS);
		assertThat(noIntake.firstErrorMessage()).isEqualTo(AnonymousFollowUp.WRONG_CREDENTIALS);
		assertThat(Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, PASSPHRASE).hasErrors()).isFalse();
	}

	@Test
	void oversizedOrUnacceptableInputIsRefusedAndNothingIsStored() {
		var tooLong = Reports.fields("OTHER", "CFO_CAO", "x".repeat(CaseLimits.DESCRIPTION + 1));
		var tooLarge = Reports.fields("OTHER", "CFO_CAO", "fine");
		tooLarge.put("attachments", List.of(Map.of("fileName", "big.txt", "contentBase64",
				Base64.getEncoder().encodeToString("a".repeat(CaseLimits.ATTACHMENT_BYTES + 1).getBytes()))));
		var wrongType = Reports.fields("OTHER", "CFO_CAO", "fine");
		wrongType.put("attachments", List.of(Map.of("fileName", "report.pdf", "contentBase64",
				Base64.getEncoder().encodeToString(new byte[] { 'P', 'K', 3, 4, 0, 0, 0 }))));
		var tooMany = Reports.fields("OTHER", "CFO_CAO", "fine");
		tooMany.put("involved", java.util.Collections.nCopies(21, Map.of("name", "X")));

		var descriptionError = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(), tooLong, PASSPHRASE);
		var sizeError = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(), tooLarge, PASSPHRASE);
		var typeError = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(), wrongType, PASSPHRASE);
		var countError = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(), tooMany, PASSPHRASE);
		var passphraseError = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "fine"), "short");

		assertThat(descriptionError.<String>read("$.data.publicReportSubmit.userErrors[0].code")).isEqualTo("TOO_LONG");
		assertThat(sizeError.<String>read("$.data.publicReportSubmit.userErrors[0].code")).isEqualTo("TOO_LARGE");
		assertThat(typeError.<String>read("$.data.publicReportSubmit.userErrors[0].code"))
			.isEqualTo("UNSUPPORTED_TYPE");
		assertThat(countError.<String>read("$.data.publicReportSubmit.userErrors[0].code")).isEqualTo("TOO_MANY");
		assertThat(passphraseError.<List<String>>read("$.data.publicReportSubmit.userErrors[0].field"))
			.containsExactly("input", "passphrase");
		TenantContext.runAs(this.tenant, () -> {
			assertThat(this.tenantData.count(new Query(), Case.class)).isZero();
			assertThat(this.tenantData.count(new Query(), "fs.files")).isZero();
			assertThat(this.tenantData.count(new Query(), "fs.chunks")).isZero();
		});
	}

	@Test
	void eachTenantsFilesLiveInItsOwnDatabase() {
		Tenant other = TestTenants.register(this.registry, TestTenants.uniqueKey("files"));
		for (Tenant each : List.of(this.tenant, other)) {
			var report = Reports.fields("OTHER", "CFO_CAO", "With a file");
			report.put("attachments", List.of(Map.of("fileName", each.key() + ".txt", "contentBase64",
					Base64.getEncoder().encodeToString(("evidence of " + each.key()).getBytes()))));
			var submitted = Reports.submitPublic(this.api, each.publicIntakeKey(), report, PASSPHRASE);
			assertThat(submitted.<List<?>>read("$.data.publicReportSubmit.userErrors")).isEmpty();
		}

		for (Tenant each : List.of(this.tenant, other)) {
			// the file's name is sealed in its case: the file is found by its case
			List<String> cases = TenantContext.callAs(each,
					() -> this.tenantData.getCollection("fs.files")
						.find()
						.map((d) -> d.get("metadata", org.bson.Document.class).getString("caseId"))
						.into(new java.util.ArrayList<>()));
			assertThat(cases).singleElement()
				.satisfies(
						(caseId) -> assertThat(TenantContext.callAs(each, () -> this.tenantData.getCollection("cases")
							.countDocuments(new org.bson.Document("_id", caseId)))).isEqualTo(1));
		}
	}

	@Test
	void aliasesCannotMultiplyPublicOperations() {
		var twice = this.api.post(null, """
				mutation($input: PublicReportSubmitInput!) {
				  a: publicReportSubmit(input: $input) { receipt { caseNumber } }
				  b: publicReportSubmit(input: $input) { receipt { caseNumber } } }""",
				Map.of("input", Map.of("intakeKey", this.tenant.publicIntakeKey(), "passphrase", PASSPHRASE, "report",
						Reports.fields("OTHER", "CFO_CAO", "twice"))));

		assertThat(twice.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(twice.firstErrorMessage()).contains("one public report operation");
		TenantContext.runAs(this.tenant, () -> assertThat(this.tenantData.count(new Query(), Case.class)).isZero());
	}

	@Test
	void caseNumbersCountUpPerTenant() {
		var first = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "1"), PASSPHRASE);
		var second = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "2"), PASSPHRASE);

		String one = first.read("$.data.publicReportSubmit.receipt.caseNumber");
		String two = second.read("$.data.publicReportSubmit.receipt.caseNumber");
		assertThat(one).endsWith("-0001");
		assertThat(two).endsWith("-0002");
	}

}
