package io.conduct.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.RecordKeys;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention as the jurisdiction packs' schedules say, legal holds, and deletion by
 * crypto-shredding: a German case goes three years after closing and not a day before,
 * the maximum that ends first wins but a keep-obligation (US-SOX) wins over it, a hold
 * stops a deletion that is due, nothing goes within 30 days of the reporter's last
 * message, and what stays is a statistic.
 */
@ConductIntegrationTest
class RetentionTests {

	private static final String RETENTION = """
			query($c: ID!) { caseRetention(caseId: $c) { caseNumber pack source keep kind from dueAt reporterQuietUntil
			  legalHold { reason placedBy placedAs } deletedAt } }""";

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	TenantRegistry registry;

	@Autowired
	CaseRetention retention;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	RecordKeys recordKeys;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String erin;

	String carol;

	String ada;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aGermanCaseIsDeletedThreeYearsAfterClosingAndNotADayBefore() {
		tenantIn("DE");
		String caseId = closedCase("Rudolf took the petty cash");
		Instant due = ZonedDateTime.ofInstant(stored(caseId, "closedAt"), BERLIN).plusYears(3).toInstant();

		var retention = this.api.post(this.carol, RETENTION, Map.of("c", caseId));
		assertThat(retention.<String>read("$.data.caseRetention.pack")).isEqualTo("DE");
		assertThat(retention.<String>read("$.data.caseRetention.keep")).isEqualTo("P3Y");
		assertThat(retention.<String>read("$.data.caseRetention.source")).contains("HinSchG");
		assertThat(Instant.parse(retention.read("$.data.caseRetention.dueAt"))).isEqualTo(due);

		this.clock.setTo(due.minus(Duration.ofDays(1)));
		assertThat(deleteDue()).isZero();
		assertThat(description(caseId)).isEqualTo("Rudolf took the petty cash");

		this.clock.setTo(due);
		assertThat(deleteDue()).isEqualTo(1);
		assertThat(description(caseId)).isEqualTo(CaseContent.SHREDDED);
	}

	@Test
	void shreddingLeavesAReadableStatisticAndNothingElse() {
		tenantIn("DE");
		String caseId = closedCase("Rudolf took the petty cash");
		String localId = GlobalId.localIdOf(caseId, "Case").orElseThrow();
		this.clock.setTo(TestClock.START.plus(Duration.ofDays(4 * 365)));

		assertThat(deleteDue()).isEqualTo(1);

		Document raw = TenantContext.callAs(this.tenant,
				() -> this.tenantData.getCollection("cases").find(new Document("_id", localId)).first());
		// the statistic: number, dates, category, status
		assertThat(raw.getString("number")).isNotBlank();
		assertThat(raw.get("report", Document.class).getString("category")).isEqualTo("FAIR_DEALING");
		assertThat(raw.get("report", Document.class).get("receivedAt")).isNotNull();
		assertThat(raw.get("closedAt")).isNotNull();
		assertThat(raw.getString("status")).isEqualTo("CLOSED");
		// and nothing else: no one's words, sealed or not, and no key to open any copy
		String json = raw.toJson();
		assertThat(json).doesNotContain("Rudolf").doesNotContain("sealed:").doesNotContain("petty");
		assertThat(raw.getList("messages", Object.class)).isEmpty();
		assertThat(raw.get("report", Document.class).getList("involved", Object.class)).isEmpty();
		assertThat(TenantContext.callAs(this.tenant, () -> this.recordKeys.find("Case", localId))).isEmpty();
		assertThat(TenantContext.callAs(this.tenant, () -> this.recordKeys.isDestroyed("Case", localId))).isTrue();
		var read = this.api.post(this.carol, "query($id: ID!) { case(id: $id) { number category status } }",
				Map.of("id", caseId));
		assertThat(read.<String>read("$.data.case.category")).isEqualTo("FAIR_DEALING");
		assertThat(read.<String>read("$.data.case.status")).isEqualTo("CLOSED");
		// the deletion is audited, with the schedule that decided
		List<AuditEntry> trail = TenantContext.callAs(this.tenant, () -> this.audit.findByTarget("Case", localId));
		assertThat(trail).filteredOn((e) -> e.action().equals("case.delete")).singleElement().satisfies((e) -> {
			assertThat(e.actorSubject()).isEqualTo("system");
			assertThat(e.details()).containsEntry("pack", "DE");
		});
		assertThat(this.api.post(this.carol, RETENTION, Map.of("c", caseId))
			.<String>read("$.data.caseRetention.deletedAt")).isNotNull();
	}

	@Test
	void aLegalHoldStopsADeletionThatIsDueUntilReleased() {
		tenantIn("DE");
		String caseId = closedCase("Rudolf took the petty cash");
		this.clock.setTo(TestClock.START.plus(Duration.ofDays(4 * 365)));

		var refused = this.api.post(this.erin, HOLD, Map.of("c", caseId, "r", "Litigation"));
		var held = this.api.post(this.ada, HOLD, Map.of("c", caseId, "r", "Litigation: Meyer v. Acme"));
		var twice = this.api.post(this.carol, HOLD, Map.of("c", caseId, "r", "Again"));

		assertThat(refused.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(held.<String>read("$.data.caseLegalHoldPlace.retention.legalHold.reason"))
			.isEqualTo("Litigation: Meyer v. Acme");
		assertThat(held.<String>read("$.data.caseLegalHoldPlace.retention.legalHold.placedAs"))
			.isEqualTo("AUDIT_COMMITTEE");
		assertThat(twice.<String>read("$.data.caseLegalHoldPlace.userErrors[0].code")).isEqualTo("LEGAL_HOLD_ACTIVE");
		assertThat(deleteDue()).isZero();
		assertThat(description(caseId)).isEqualTo("Rudolf took the petty cash");

		var released = this.api.post(this.carol, """
				mutation($c: ID!) { caseLegalHoldRelease(input: {caseId: $c}) { retention { legalHold { reason } }
				  userErrors { code } } }""", Map.of("c", caseId));
		assertThat(released.<Object>read("$.data.caseLegalHoldRelease.retention.legalHold")).isNull();
		assertThat(deleteDue()).isEqualTo(1);
	}

	@Test
	void theScheduleThatEndsFirstWins() {
		tenantIn("IT", "DE");
		String caseId = closedCase("Rudolf took the petty cash");

		var retention = this.api.post(this.carol, RETENTION, Map.of("c", caseId));

		assertThat(retention.<String>read("$.data.caseRetention.pack")).isEqualTo("DE");
		assertThat(retention.<String>read("$.data.caseRetention.keep")).isEqualTo("P3Y");
		assertThat(retention.<String>read("$.data.caseRetention.kind")).isEqualTo("MAXIMUM");
	}

	@Test
	void aKeepObligationWinsOverADeleteBy() {
		// US-SOX keeps audit-related records at least seven years; Germany deletes after
		// three
		tenantIn("US-SOX", "DE");
		String caseId = closedCase("Rudolf took the petty cash");
		ZonedDateTime closedAt = ZonedDateTime.ofInstant(stored(caseId, "closedAt"), BERLIN);
		Instant due = closedAt.plusYears(7).toInstant();

		var retention = this.api.post(this.carol, RETENTION, Map.of("c", caseId));
		assertThat(retention.<String>read("$.data.caseRetention.pack")).as(retention.body()).isEqualTo("US-SOX");
		assertThat(retention.<String>read("$.data.caseRetention.kind")).isEqualTo("MINIMUM");
		assertThat(retention.<String>read("$.data.caseRetention.keep")).isEqualTo("P7Y");
		assertThat(retention.<String>read("$.data.caseRetention.source")).contains("SOX");
		assertThat(Instant.parse(retention.read("$.data.caseRetention.dueAt"))).isEqualTo(due);

		this.clock.setTo(closedAt.plusYears(3).toInstant());
		assertThat(deleteDue()).isZero();
		this.clock.setTo(closedAt.plusYears(5).toInstant());
		assertThat(deleteDue()).isZero();
		this.clock.setTo(due.minus(Duration.ofDays(1)));
		assertThat(deleteDue()).isZero();
		assertThat(description(caseId)).isEqualTo("Rudolf took the petty cash");

		this.clock.setTo(due);
		assertThat(deleteDue()).isEqualTo(1);
		assertThat(description(caseId)).isEqualTo(CaseContent.SHREDDED);
		String localId = GlobalId.localIdOf(caseId, "Case").orElseThrow();
		List<AuditEntry> trail = TenantContext.callAs(this.tenant, () -> this.audit.findByTarget("Case", localId));
		assertThat(trail).filteredOn((e) -> e.action().equals("case.delete"))
			.singleElement()
			.satisfies((e) -> assertThat(e.details()).containsEntry("pack", "US-SOX").containsEntry("kind", "MINIMUM"));
	}

	@Test
	void nothingIsDeletedWithinThirtyDaysOfTheReportersLastMessage() {
		// Spain: intake data of a case no one investigates goes after three months
		tenantIn("ES");
		var submitted = submit("Rudolf took the petty cash");
		String caseId = Reports.caseId(submitted);
		String viewId = submitted.read("$.data.reportSubmit.report.id");
		Instant due = ZonedDateTime.ofInstant(stored(caseId, "report.receivedAt"), BERLIN).plusMonths(3).toInstant();
		this.clock.setTo(due.minus(Duration.ofDays(10)));
		var wrote = this.api.post(this.erin, """
				mutation($v: ID!) { reportMessagePost(input: {reporterCaseViewId: $v, body: "Anything new?"}) {
				  userErrors { code } } }""", Map.of("v", viewId));
		assertThat(wrote.<List<Object>>read("$.data.reportMessagePost.userErrors")).as(wrote.body()).isEmpty();

		this.clock.setTo(due);
		assertThat(Instant.parse(
				this.api.post(this.carol, RETENTION, Map.of("c", caseId)).<String>read("$.data.caseRetention.dueAt")))
			.isEqualTo(due);
		assertThat(deleteDue()).isZero();

		// 30 days after the message (the tests' clock runs on, so a minute's margin)
		this.clock.setTo(due.plus(Duration.ofDays(19)));
		assertThat(deleteDue()).isZero();
		this.clock.setTo(due.plus(Duration.ofDays(20)).plus(Duration.ofMinutes(1)));
		assertThat(deleteDue()).isEqualTo(1);
	}

	private static final String HOLD = """
			mutation($c: ID!, $r: String!) { caseLegalHoldPlace(input: {caseId: $c, reason: $r}) {
			  retention { legalHold { reason placedAs } } userErrors { code } } }""";

	private void tenantIn(String... jurisdictions) {
		this.api = new GraphQlHttp(this.port);
		Tenant registered = TestTenants.register(this.registry, TestTenants.uniqueKey("keep"));
		this.tenant = this.registry.save(new Tenant(registered.key(),
				new Tenant.Profile(registered.profile().name(), null, "DE", List.of(jurisdictions)),
				registered.regional(), registered.fiscal(), registered.access(), registered.lifecycle()));
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		String domain = "@" + this.tenant.key() + ".test";
		this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv",
						"employeeNumber,givenName,familyName,email,type\n1,Erin,Employee,erin" + domain
								+ ",EMPLOYEE\n2,Carol,Cfo,carol" + domain + ",EXECUTIVE_OFFICER\n3,Ada,Audit,ada"
								+ domain + ",DIRECTOR\n"));
		Awaits.people(this.api, admin, 3);
		this.erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		this.carol = TestIssuer.get().token(this.tenant.key(), "carol", Role.CFO_CAO, Role.EMPLOYEE);
		this.ada = TestIssuer.get().token(this.tenant.key(), "ada", Role.AUDIT_COMMITTEE);
	}

	private GraphQlHttp.Response submit(String description) {
		var submitted = this.api.post(this.erin, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "NAMED", "report", Reports.fields("FAIR_DEALING", "CFO_CAO", description))));
		assertThat(Reports.caseId(submitted)).as(submitted.body()).isNotNull();
		return submitted;
	}

	private String closedCase(String description) {
		String caseId = Reports.caseId(submit(description));
		var closed = this.api.post(this.carol, """
				mutation($c: ID!) { caseClose(input: {caseId: $c, feedback: "Looked into and closed"}) {
				  userErrors { code } } }""", Map.of("c", caseId));
		assertThat(closed.<List<Object>>read("$.data.caseClose.userErrors")).as(closed.body()).isEmpty();
		return caseId;
	}

	/**
	 * A moment as the case's document holds it (the tests' clock runs on from its start).
	 */
	private Instant stored(String caseId, String path) {
		Document raw = TenantContext.callAs(this.tenant,
				() -> this.tenantData.getCollection("cases")
					.find(new Document("_id", GlobalId.localIdOf(caseId, "Case").orElseThrow()))
					.first());
		Object value = raw;
		for (String part : path.split("\\.")) {
			value = ((Document) value).get(part);
		}
		return ((java.util.Date) value).toInstant();
	}

	private int deleteDue() {
		return SystemActor.callAs(this.tenant, EnumSet.noneOf(Role.class), this.retention::deleteDue);
	}

	private String description(String caseId) {
		return this.api.post(this.carol, "query($id: ID!) { case(id: $id) { description } }", Map.of("id", caseId))
			.read("$.data.case.description");
	}

}
