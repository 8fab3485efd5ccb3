package io.conduct.cases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public intake stays open for honest reporters: cheap checks come before any slow
 * hash, the variables are bounded before anything is built from them, one client's flood
 * spends only its own budget (submissions and follow-ups counted apart), signed-in
 * reporters have a budget too, and concurrent wrong guesses cannot outrun the lockout.
 * (The figures under a heavier flood: {@code io.conduct.bench.IntakeFloodBenchmark}.)
 */
@ConductIntegrationTest
class IntakeFloodTests {

	private static final String PASSPHRASE = "amber lantern over the quiet harbour";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AnonymousFollowUp followUp;

	@Autowired
	TestClock clock;

	@Value("${conduct.cases.intake.submissions-per-source}")
	int submissionsPerSource;

	@Value("${conduct.cases.intake.submissions-per-person}")
	int submissionsPerPerson;

	@Value("${conduct.cases.follow-up.max-failures}")
	int maxFailures;

	@Value("${conduct.budgets.source-window}")
	java.time.Duration sourceWindow;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("flood"));
	}

	@AfterEach
	void clock() {
		this.clock.reset();
	}

	@Test
	void anHonestReporterSubmitsAndFollowsUpWhileAnotherClientFloodsTheIntake() throws InterruptedException {
		awaitAFreshBudgetWindow();
		Map<String, String> flooder = Reports.from("203.0.113.66");
		Map<String, String> honest = Reports.from("198.51.100.23");
		List<GraphQlHttp.Response> flood = new ArrayList<>();
		for (int i = 0; i < this.submissionsPerSource + 5; i++) {
			flood.add(Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
					Reports.fields("OTHER", "CFO_CAO", "flood " + i), PASSPHRASE, flooder));
		}

		var submitted = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("MISUSE_OF_ASSETS", "CFO_CAO", "The van is used privately"), PASSPHRASE, honest);
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");
		var read = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, PASSPHRASE, honest);

		assertThat(flood.subList(0, this.submissionsPerSource))
			.allSatisfy((r) -> assertThat(r.hasErrors()).as(r.body()).isFalse());
		assertThat(flood.subList(this.submissionsPerSource, flood.size())).allSatisfy((refused) -> {
			assertThat(refused.firstErrorCode()).isEqualTo("UNAVAILABLE");
			assertThat(refused.firstErrorMessage()).isEqualTo(IntakeLimits.BUSY);
		});
		assertThat(receiptKey).isNotNull();
		assertThat(read.<String>read("$.data.publicReport.status")).isEqualTo("RECEIVED");
		// follow-ups are counted apart: the flooder still reads its own reports
		String floodersKey = flood.get(0).read("$.data.publicReportSubmit.receipt.receiptKey");
		assertThat(Reports.read(this.api, this.tenant.publicIntakeKey(), floodersKey, PASSPHRASE, flooder).hasErrors())
			.isFalse();
		TenantContext.runAs(this.tenant, () -> assertThat(this.tenantData.count(new Query(), Case.class))
			.isEqualTo(this.submissionsPerSource + 1L));
	}

	@Test
	void signedInReportersHaveABudgetTooThatIsTheirsAlone() throws InterruptedException {
		awaitAFreshBudgetWindow();
		String busy = TestIssuer.get().token(this.tenant.key(), "busy", Role.EMPLOYEE);
		String other = TestIssuer.get().token(this.tenant.key(), "other", Role.EMPLOYEE);
		// refused reports count too: the budget is taken before the input is checked
		Map<String, Object> empty = Reports.fields("OTHER", "CFO_CAO", "");
		for (int i = 0; i < this.submissionsPerPerson; i++) {
			var refused = this.api.post(busy, Reports.SUBMIT,
					Map.of("input", Map.of("reporterMode", "NAMED", "report", empty)));
			assertThat(refused.<List<?>>read("$.data.reportSubmit.userErrors")).isNotEmpty();
		}

		var overBudget = this.api.post(busy, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "NAMED", "report", Reports.fields("OTHER", "CFO_CAO", "A real one"))));
		var someoneElse = this.api.post(other, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", Reports.fields("OTHER", "CFO_CAO", "Mine"))));

		assertThat(overBudget.firstErrorCode()).isEqualTo("UNAVAILABLE");
		assertThat(someoneElse.<List<?>>read("$.data.reportSubmit.userErrors")).isEmpty();
	}

	/**
	 * Budgets count real time in fixed windows (a minute in the tests): a flood that
	 * crossed into the next window would start on a fresh budget, so it starts early in
	 * one.
	 */
	private void awaitAFreshBudgetWindow() throws InterruptedException {
		long window = this.sourceWindow.toMillis();
		long into = System.currentTimeMillis() % window;
		if (into > window / 2) {
			Thread.sleep(window - into + 50);
		}
	}

	@Test
	void unknownIntakeKeysAndMalformedReceiptKeysCostNoSlowHash() {
		var submitted = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "Concern"), PASSPHRASE);
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");
		long before = this.followUp.slowChecks();

		var unknownIntake = Reports.read(this.api, "no-such-intake", receiptKey, PASSPHRASE);
		var malformed = Reports.read(this.api, this.tenant.publicIntakeKey(), "not-a-receipt-key", PASSPHRASE);
		var overLong = Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, "x".repeat(1_000));

		for (var refused : List.of(unknownIntake, malformed, overLong)) {
			assertThat(refused.firstErrorMessage()).isEqualTo(AnonymousFollowUp.WRONG_CREDENTIALS);
		}
		assertThat(this.followUp.slowChecks()).isEqualTo(before);
		// a well-formed key is checked, found or not, so that timing tells nothing
		Reports.read(this.api, this.tenant.publicIntakeKey(), "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", PASSPHRASE);
		assertThat(this.followUp.slowChecks()).isEqualTo(before + 1);
	}

	@Test
	void concurrentWrongGuessesCannotOutrunTheLockout() throws Exception {
		var submitted = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "Concern"), PASSPHRASE);
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");
		long before = this.followUp.slowChecks();

		List<Callable<GraphQlHttp.Response>> guesses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String guess = "wrong guess number " + i;
			guesses.add(() -> Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, guess));
		}
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<GraphQlHttp.Response> answers = new ArrayList<>();
		try {
			for (Future<GraphQlHttp.Response> answer : pool.invokeAll(guesses)) {
				answers.add(answer.get());
			}
		}
		finally {
			pool.shutdown();
		}

		Map<String, Integer> byMessage = new HashMap<>();
		answers.forEach((a) -> byMessage.merge(a.firstErrorMessage(), 1, Integer::sum));
		assertThat(byMessage).containsEntry(AnonymousFollowUp.WRONG_CREDENTIALS, this.maxFailures)
			.containsEntry(AnonymousFollowUp.LOCKED, 12 - this.maxFailures);
		assertThat(this.followUp.slowChecks() - before).isEqualTo(this.maxFailures);
		// locked even for the right passphrase, until the lock runs out
		assertThat(Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, PASSPHRASE).firstErrorMessage())
			.isEqualTo(AnonymousFollowUp.LOCKED);
		this.clock.advance(java.time.Duration.ofMinutes(11));
		assertThat(Reports.read(this.api, this.tenant.publicIntakeKey(), receiptKey, PASSPHRASE).hasErrors()).isFalse();
	}

	@Test
	void theVariablesAreBoundedBeforeAnythingIsBuilt() {
		var hugeList = Reports.fields("OTHER", "CFO_CAO", "Many people");
		hugeList.put("involved", Collections.nCopies(300_000, Map.of("name", "Someone")));
		var tooMany = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(), hugeList, PASSPHRASE);

		var twentyMebibytes = Reports.fields("OTHER", "CFO_CAO", "A big file");
		twentyMebibytes.put("attachments",
				List.of(Map.of("fileName", "big.txt", "contentBase64", "QUFB".repeat(20 * 1024 * 1024 / 4))));
		var tooLarge = Reports.submitPublic(this.api, "no-such-intake", twentyMebibytes, PASSPHRASE);

		var withFile = Reports.fields("OTHER", "CFO_CAO", "With a 200 KiB file");
		withFile.put("attachments", List.of(Map.of("fileName", "ledger.txt", "contentBase64", Base64.getEncoder()
			.encodeToString("ledger line\n".repeat(200 * 1024 / 12).getBytes(StandardCharsets.UTF_8)))));
		var fileForAnActiveIntake = Reports.submitPublic(this.api, this.tenant.publicIntakeKey(), withFile, PASSPHRASE);
		var fileForNoIntake = Reports.submitPublic(this.api, "no-such-intake", withFile, PASSPHRASE);

		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.firstErrorMessage()).matches("A list in the request has more than \\d+ items");
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.firstErrorMessage()).contains("A string in the request has more than");
		assertThat(fileForAnActiveIntake.<List<?>>read("$.data.publicReportSubmit.userErrors")).isEmpty();
		assertThat(fileForNoIntake.status()).isEqualTo(400);
		TenantContext.runAs(this.tenant, () -> assertThat(this.tenantData.count(new Query(), Case.class)).isEqualTo(1));
	}

}
