package io.conduct.certifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.notifications.OutboxDelivery;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns ask people to certify by a due date at the end of a day in the tenant's zone:
 * on hire, every year, and ad hoc; reminders and escalation follow a controllable clock;
 * a closed campaign takes no certification.
 */
@ConductIntegrationTest
class CertificationCampaignTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@Autowired
	CertificationWork work;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	io.conduct.platform.audit.AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	CampaignFixture berlin;

	LocalDate today;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Berlin")));
		this.berlin = new CampaignFixture(this.api, this.registry, this.tenantData, "cmp", null, "Europe/Berlin",
				this.today);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
		TestMail.start();
	}

	@Test
	void aPersonWhoStartsGetsTheOnHireCertificationAndOneWhoStartsLaterGetsItOnTheirFirstDay() {
		LocalDate later = this.today.plusDays(3);
		this.berlin.importPeople(Imports.HEADER + "4,Nina,New," + this.berlin.email("nina") + ",EMPLOYEE,,Sales,2,"
				+ this.today + ",de-DE,DE\n" + "5,Fred,Future," + this.berlin.email("fred") + ",EMPLOYEE,,Sales,2,"
				+ later + ",en,DE\n");
		String nina = io.conduct.testsupport.TestIssuer.get()
			.token(this.berlin.tenant.key(), "nina", io.conduct.platform.security.Role.EMPLOYEE);
		String fred = io.conduct.testsupport.TestIssuer.get()
			.token(this.berlin.tenant.key(), "fred", io.conduct.platform.security.Role.EMPLOYEE);

		var ninas = this.api.post(nina, CampaignFixture.ASSIGNMENTS);
		assertThat(ninas.<List<String>>read("$.data.viewer.certificationAssignments.edges[*].node.campaign.kind"))
			.containsExactly("ON_HIRE");
		assertThat(ninas.<List<String>>read("$.data.viewer.certificationAssignments.edges[*].node.dueDate"))
			.containsExactly(this.today.plusDays(30).toString());
		assertThat(this.api.post(fred, CampaignFixture.ASSIGNMENTS)
			.<List<?>>read("$.data.viewer.certificationAssignments.edges")).isEmpty();
		Document stored = this.berlin.assignments().get(0);
		assertThat(stored.getDate("dueAt").toInstant())
			.isEqualTo(this.today.plusDays(31).atStartOfDay(this.berlin.zone).toInstant());

		Instant fredsFirstMorning = later.atStartOfDay(this.berlin.zone).plusHours(7).toInstant();
		this.clock.setTo(fredsFirstMorning);
		this.work.runFor(this.berlin.tenant, fredsFirstMorning);

		assertThat(this.api.post(fred, CampaignFixture.ASSIGNMENTS)
			.<List<String>>read("$.data.viewer.certificationAssignments.edges[*].node.dueDate"))
			.containsExactly(later.plusDays(30).toString());
		// the people who started years ago are not on-hire cases
		assertThat(this.api.post(this.berlin.erin, CampaignFixture.ASSIGNMENTS)
			.<List<?>>read("$.data.viewer.certificationAssignments.edges")).isEmpty();
	}

	@Test
	void theAnnualCampaignOpensOnItsDayInTheTenantsZoneAndIsDueAtTheEndOfADayThere() {
		CampaignFixture tokyo = new CampaignFixture(this.api, this.registry, this.tenantData, "tyo", null, "Asia/Tokyo",
				this.today);
		int year = this.today.getYear() + 1;
		var settings = this.api.post(tokyo.carol, """
				mutation { certificationSettingsUpdate(input: {onHireDueDays: 30, annualOpensOn: "03-01",
				  annualDueDays: 30, closeAfterDays: 60, reminderDaysBefore: [7, 1], supervisorAfterDays: 3,
				  cfoCaoAfterDays: 10}) { settings { annualOpensOn } userErrors { field code } } }""");
		assertThat(settings.<List<?>>read("$.data.certificationSettingsUpdate.userErrors")).as(settings.body())
			.isEmpty();

		Instant midnightInTokyo = LocalDate.of(year, 3, 1).atStartOfDay(tokyo.zone).toInstant();
		// 23:30 on the last day of February in Tokyo: not yet
		this.work.runFor(tokyo.tenant, midnightInTokyo.minusSeconds(1800));
		assertThat(tokyo.assignments()).isEmpty();
		// 00:30 on 1 March in Tokyo, still February in UTC
		this.work.runFor(tokyo.tenant, midnightInTokyo.plusSeconds(1800));
		this.work.runFor(tokyo.tenant, midnightInTokyo.plusSeconds(2700));

		var campaigns = this.api.post(tokyo.carol,
				"{ certificationCampaigns(first: 10) { edges { node { id kind name dueDate status } } } }");
		assertThat(campaigns.<List<String>>read("$.data.certificationCampaigns.edges[*].node.kind"))
			.containsExactly("ANNUAL");
		assertThat(campaigns.<String>read("$.data.certificationCampaigns.edges[0].node.dueDate"))
			.isEqualTo(LocalDate.of(year, 3, 31).toString());
		assertThat(tokyo.assignments()).hasSize(3)
			.allSatisfy((a) -> assertThat(a.getDate("dueAt").toInstant())
				.isEqualTo(LocalDate.of(year, 4, 1).atStartOfDay(tokyo.zone).toInstant()));
	}

	@Test
	void remindersThenTheSupervisorThenTheCfoCaoInEachPersonsLanguageAndNothingTwice() {
		LocalDate due = this.today.plusDays(10);
		Instant dueAt = due.plusDays(1).atStartOfDay(this.berlin.zone).toInstant();
		this.berlin.openAdHoc("After amendment 2", due);

		roundAt(this.clock.instant());
		roundAt(dueAt.minus(Duration.ofDays(7)).plusSeconds(3600));
		var samCertified = CodeFixtures.certifyCurrent(this.api, this.berlin.sam, "Sam Supervisor",
				this.clock.instant(), Map.of());
		assertThat(samCertified.<List<?>>read("$.data.codeCertify.userErrors")).as(samCertified.body()).isEmpty();
		assertThat(samCertified.<String>read("$.data.codeCertify.certification.campaign.name"))
			.isEqualTo("After amendment 2");
		roundAt(dueAt.minus(Duration.ofDays(1)).plusSeconds(3600));
		roundAt(dueAt.plusSeconds(3600));
		roundAt(dueAt.plus(Duration.ofDays(3)).plusSeconds(3600));
		roundAt(dueAt.plus(Duration.ofDays(10)).plusSeconds(3600));
		int written = this.berlin.outbox().size();
		roundAt(dueAt.plus(Duration.ofDays(10)).plusSeconds(7200));

		assertThat(this.berlin.outbox()).hasSize(written);
		assertThat(this.berlin.kindsFor("erin")).containsExactly("certification.invitation", "certification.reminder",
				"certification.reminder", "certification.overdue");
		assertThat(this.berlin.kindsFor("sam")).containsExactly("certification.invitation", "certification.reminder",
				"certification.escalation.supervisor");
		assertThat(this.berlin.kindsFor("carol")).containsExactly("certification.invitation", "certification.reminder",
				"certification.reminder", "certification.overdue", "certification.escalation.cfo");
		var erins = this.api.post(this.berlin.erin, CampaignFixture.ASSIGNMENTS);
		assertThat(erins.<List<String>>read("$.data.viewer.certificationAssignments.edges[0].node.escalations[*].step"))
			.containsExactly("INVITATION", "REMINDER", "REMINDER", "OVERDUE", "SUPERVISOR", "CFO_CAO");
		assertThat(erins
			.<List<Integer>>read("$.data.viewer.certificationAssignments.edges[0].node.escalations[*].daysBeforeDue"))
			.containsExactly(null, 7, 1, null, null, null);
		assertThat(erins.<Boolean>read("$.data.viewer.certificationAssignments.edges[0].node.overdue")).isTrue();

		deliver();

		List<MimeMessage> toErin = TestMail.receivedBy(this.berlin.email("erin"));
		assertThat(toErin).hasSize(4);
		assertThat(subjects(toErin)).allSatisfy((subject) -> assertThat(subject).containsAnyOf("Verhaltenskodex"));
		assertThat(subjects(TestMail.receivedBy(this.berlin.email("sam")))).hasSize(3)
			.anySatisfy((subject) -> assertThat(subject).isEqualTo("Overdue Code certification: Erin Employee"));
		assertThat(subjects(TestMail.receivedBy(this.berlin.email("carol")))).hasSize(5)
			.anySatisfy((subject) -> assertThat(subject).isEqualTo("規範の確認期限超過：Erin Employee（Sales）"));
	}

	@Test
	void aClosedCampaignTakesNoCertificationAndStoresNothing() {
		String closedByHand = this.berlin.openAdHoc("Ad hoc 1", this.today.plusDays(5));
		String closedByTime = this.berlin.openAdHoc("Ad hoc 2", this.today.plusDays(1));

		var closed = this.api.post(this.berlin.carol, """
				mutation($id: ID!) { certificationCampaignClose(input: {campaignId: $id}) {
				  campaign { status } userErrors { code } } }""", Map.of("id", closedByHand));
		var again = this.api.post(this.berlin.carol, """
				mutation($id: ID!) { certificationCampaignClose(input: {campaignId: $id}) { userErrors { code } } }""",
				Map.of("id", closedByHand));
		var byEmployee = this.api.post(this.berlin.erin, """
				mutation($id: ID!) { certificationCampaignClose(input: {campaignId: $id}) { userErrors { code } } }""",
				Map.of("id", closedByTime));
		var late = CodeFixtures.certifyCurrent(this.api, this.berlin.erin, "Erin Employee", this.clock.instant(),
				Map.of("campaignId", closedByHand));

		assertThat(closed.<String>read("$.data.certificationCampaignClose.campaign.status")).isEqualTo("CLOSED");
		assertThat(again.<String>read("$.data.certificationCampaignClose.userErrors[0].code")).isEqualTo("CLOSED");
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(CodeFixtures.userErrorCode(late)).isEqualTo("CAMPAIGN_CLOSED");

		// 60 days after its due date, the second closes by itself
		Instant closing = this.today.plusDays(62).atStartOfDay(this.berlin.zone).toInstant();
		roundAt(closing.minusSeconds(60));
		var stillOpen = CodeFixtures.certifyCurrent(this.api, this.berlin.sam, "Sam Supervisor", this.clock.instant(),
				Map.of("campaignId", closedByTime));
		roundAt(closing.plusSeconds(60));
		var afterClosing = CodeFixtures.certifyCurrent(this.api, this.berlin.erin, "Erin Employee",
				this.clock.instant(), Map.of("campaignId", closedByTime));

		assertThat(stillOpen.<List<?>>read("$.data.codeCertify.userErrors")).as(stillOpen.body()).isEmpty();
		assertThat(CodeFixtures.userErrorCode(afterClosing)).isEqualTo("CAMPAIGN_CLOSED");
		assertThat(
				TenantContext.callAs(this.berlin.tenant, () -> this.tenantData.count(new Query(), Certification.class)))
			.as("only Sam's certification, made while the campaign was open")
			.isEqualTo(1);
	}

	@Test
	void anExceptionGoesToTheCfoCaoWhoClearsIt() {
		this.berlin.openAdHoc("Ad hoc", this.today.plusDays(5));

		var excepted = CodeFixtures.certifyCurrent(this.api, this.berlin.erin, "Erin Employee", this.clock.instant(),
				Map.of("exception", "My brother is a supplier's sales manager"));
		String certificationId = excepted.read("$.data.codeCertify.certification.id");
		var resolve = """
				mutation($id: ID!) { certificationExceptionResolve(input: {certificationId: $id, outcome: CLEARED,
				  note: "Disclosed and managed"}) { certification { resolution { outcome note } } userErrors { code } } }""";
		var cleared = this.api.post(this.berlin.carol, resolve, Map.of("id", certificationId));
		var twice = this.api.post(this.berlin.carol, resolve, Map.of("id", certificationId));
		var byEmployee = this.api.post(this.berlin.erin, resolve, Map.of("id", certificationId));

		assertThat(excepted.<String>read("$.data.codeCertify.certification.status")).isEqualTo("EXCEPTION_RAISED");
		assertThat(this.api.post(this.berlin.erin, CampaignFixture.ASSIGNMENTS)
			.<List<String>>read("$.data.viewer.certificationAssignments.edges[*].node.status"))
			.containsExactly("EXCEPTION_RAISED");
		assertThat(this.berlin.kindsFor("carol")).contains("certification.exception");
		assertThat(cleared.<String>read("$.data.certificationExceptionResolve.certification.resolution.outcome"))
			.isEqualTo("CLEARED");
		assertThat(twice.<String>read("$.data.certificationExceptionResolve.userErrors[0].code")).isEqualTo("RESOLVED");
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
		var open = "{ certificationExceptions(unresolvedOnly: %s) { edges { node { exception resolution { outcome } } } } }";
		assertThat(this.api.post(this.berlin.carol, open.formatted("true"))
			.<List<?>>read("$.data.certificationExceptions.edges")).isEmpty();
		assertThat(this.api.post(this.berlin.carol, open.formatted("false"))
			.<List<String>>read("$.data.certificationExceptions.edges[*].node.resolution.outcome"))
			.containsExactly("CLEARED");
		String localId = io.conduct.platform.graphql.GlobalId.localIdOf(certificationId, "Certification").orElseThrow();
		assertThat(TenantContext.callAs(this.berlin.tenant, () -> this.audit.findByTarget("Certification", localId)))
			.extracting(io.conduct.platform.audit.AuditEntry::action)
			.contains("code.certify.exception", "code.certify.exception.read", "code.certify.exception.resolve");
	}

	@Test
	void settingsThatWouldCloseACampaignBeforeTheCfoCaoIsToldAreRefused() {
		var refused = this.api.post(this.berlin.carol, """
				mutation { certificationSettingsUpdate(input: {onHireDueDays: 0, annualOpensOn: "02-30",
				  annualDueDays: 30, closeAfterDays: 5, reminderDaysBefore: [7, 0], supervisorAfterDays: 3,
				  cfoCaoAfterDays: 10}) { settings { closeAfterDays } userErrors { field code } } }""");
		var byEmployee = this.api.post(this.berlin.erin, "{ certificationSettings { closeAfterDays } }");

		assertThat(refused.<List<String>>read("$.data.certificationSettingsUpdate.userErrors[*].field[1]"))
			.containsExactlyInAnyOrder("onHireDueDays", "annualOpensOn", "closeAfterDays", "reminderDaysBefore");
		assertThat(this.api.post(this.berlin.carol, "{ certificationSettings { closeAfterDays } }")
			.<Integer>read("$.data.certificationSettings.closeAfterDays")).isEqualTo(60);
		assertThat(byEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void aLongerLadderKeepsOpenCampaignsOpenUntilTheCfoCaoIsTold() {
		LocalDate due = this.today.plusDays(5);
		String campaign = this.berlin.openAdHoc("Ad hoc", due);

		var saved = this.api.post(this.berlin.carol, """
				mutation { certificationSettingsUpdate(input: {onHireDueDays: 30, annualOpensOn: "01-15",
				  annualDueDays: 30, closeAfterDays: 90, reminderDaysBefore: [7], supervisorAfterDays: 30,
				  cfoCaoAfterDays: 75}) { userErrors { field code } } }""");
		var campaigns = this.api.post(this.berlin.carol,
				"{ certificationCampaigns(first: 5) { edges { node { id closesAt } } } }");

		assertThat(saved.<List<?>>read("$.data.certificationSettingsUpdate.userErrors")).as(saved.body()).isEmpty();
		assertThat(campaigns.<List<String>>read("$.data.certificationCampaigns.edges[*].node.id"))
			.containsExactly(campaign);
		assertThat(java.time.OffsetDateTime
			.parse(campaigns.<String>read("$.data.certificationCampaigns.edges[0].node.closesAt"))
			.toInstant()).isEqualTo(due.plusDays(77).atStartOfDay(this.berlin.zone).toInstant());
	}

	@Test
	void theCfoCaosOwnExceptionGoesToTheAuditCommitteeAndNotBackToThem() {
		// a CFO/CAO who is neither an executive officer nor a director (theirs are the
		// Board's: CertificationDisclosureTests)
		this.berlin.setType("carol", "OFFICER");
		this.berlin.importPeople(
				Imports.HEADER + "6,Ada,Audit," + this.berlin.email("ada") + ",DIRECTOR,,Board,,2015-01-05,en,DE\n");
		this.berlin.grantInDirectory("ada", io.conduct.platform.security.Role.AUDIT_COMMITTEE);
		String ada = io.conduct.testsupport.TestIssuer.get()
			.token(this.berlin.tenant.key(), "ada", io.conduct.platform.security.Role.AUDIT_COMMITTEE);

		var excepted = CodeFixtures.certifyCurrent(this.api, this.berlin.carol, "Carol Cfo", this.clock.instant(),
				Map.of("exception", "I sit on a supplier's board"));
		String id = excepted.read("$.data.codeCertify.certification.id");
		var resolve = """
				mutation($id: ID!) { certificationExceptionResolve(input: {certificationId: $id,
				  outcome: REFERRED_FOR_INVESTIGATION, note: "To be looked into"}) {
				  certification { resolution { outcome } } userErrors { code } } }""";
		var byHerself = this.api.post(this.berlin.carol, resolve, Map.of("id", id));
		var erins = CodeFixtures.certifyCurrent(this.api, this.berlin.erin, "Erin Employee", this.clock.instant(),
				Map.of("exception", "A gift"));
		var erinsByTheAuditCommittee = this.api.post(ada, resolve,
				Map.of("id", erins.read("$.data.codeCertify.certification.id")));
		var listedToTheAuditCommittee = this.api.post(ada,
				"{ certificationExceptions { edges { node { exception } } } }");
		var byTheAuditCommittee = this.api.post(ada, resolve, Map.of("id", id));

		assertThat(this.berlin.kindsFor("ada")).containsExactly("certification.exception");
		String carolsOwn = "exception:"
				+ io.conduct.platform.graphql.GlobalId.localIdOf(id, "Certification").orElseThrow() + "|";
		assertThat(this.berlin.outbox()).filteredOn((n) -> n.getString("_id").startsWith(carolsOwn))
			.extracting((n) -> n.getString("email"))
			.containsExactly(this.berlin.email("ada"));
		assertThat(byHerself.<String>read("$.data.certificationExceptionResolve.userErrors[0].code"))
			.isEqualTo("OWN_EXCEPTION");
		assertThat(byTheAuditCommittee
			.<String>read("$.data.certificationExceptionResolve.certification.resolution.outcome"))
			.isEqualTo("REFERRED_FOR_INVESTIGATION");
		// an employee's exception is the CFO/CAO's to look into, not the Audit
		// Committee's
		assertThat(
				listedToTheAuditCommittee.<List<String>>read("$.data.certificationExceptions.edges[*].node.exception"))
			.containsExactly("I sit on a supplier's board");
		assertThat(erinsByTheAuditCommittee.<String>read("$.data.certificationExceptionResolve.userErrors[0].code"))
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void whatSomeoneWhoLeftStillOwedIsWithdrawnAndNotCounted() {
		this.berlin.importPeople(
				Imports.HEADER + "7,Olga,Off," + this.berlin.email("olga") + ",EMPLOYEE,,Sales,,2015-01-05,en,DE\n");
		String campaign = this.berlin.openAdHoc("Ad hoc", this.today.plusDays(5));
		String olga = this.api
			.post(this.berlin.admin, "{ people(first: 10, filter: {name: \"olga\"}) { edges { node { id } } } }")
			.read("$.data.people.edges[0].node.id");

		var offboarded = this.api.post(this.berlin.admin,
				"mutation($id: ID!) { personOffboard(input: {personId: $id}) { userErrors { code } } }",
				Map.of("id", olga));

		assertThat(offboarded.<List<?>>read("$.data.personOffboard.userErrors")).as(offboarded.body()).isEmpty();
		assertThat(this.berlin.assignments())
			.filteredOn((a) -> a.getString("_id")
				.endsWith(io.conduct.platform.graphql.GlobalId.localIdOf(olga, "Person").orElseThrow()))
			.singleElement()
			.satisfies((a) -> assertThat(a.getString("status")).isEqualTo("WITHDRAWN"));
		assertThat(this.api
			.post(this.berlin.carol,
					"query($id: ID!) { certificationCompletion(campaignId: $id) { totals { assigned pending } } }",
					Map.of("id", campaign))
			.<Integer>read("$.data.certificationCompletion.totals.assigned")).isEqualTo(3);
	}

	@Test
	void theRecordedHashIsTheHashOfTheTextShown() throws Exception {
		var shown = this.api.post(this.berlin.erin,
				"""
						{ currentCode(language: "de") { version { id } language title contentHash sections { heading body } } }""");
		StringBuilder text = new StringBuilder(shown.<String>read("$.data.currentCode.title")).append('\n');
		List<Map<String, String>> sections = shown.read("$.data.currentCode.sections");
		sections.forEach((s) -> text.append("\n## ").append(s.get("heading")).append('\n').append(s.get("body")));
		String expected = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

		var certified = this.api.post(this.berlin.erin, CodeFixtures.CERTIFY,
				Map.of("input", CodeFixtures.certification(shown, "Erin Employee",
						Map.of("openedAt", this.clock.instant().minusSeconds(60).toString()))));

		assertThat(shown.<String>read("$.data.currentCode.contentHash")).isEqualTo(expected);
		// without a language asked for, each reads in their own (Sam in English, in a
		// German tenant)
		assertThat(this.api.post(this.berlin.sam, "{ currentCode { language } }")
			.<String>read("$.data.currentCode.language")).isEqualTo("en");
		assertThat(this.api.post(this.berlin.erin, "{ currentCode { language } }")
			.<String>read("$.data.currentCode.language")).isEqualTo("de");
		assertThat(certified.<String>read("$.data.codeCertify.certification.contentHash")).isEqualTo(expected);
	}

	private void roundAt(Instant moment) {
		this.clock.setTo(moment);
		this.work.runFor(this.berlin.tenant, moment);
	}

	private void deliver() {
		TenantContext.runAs(this.berlin.tenant, () -> this.delivery.deliverDue(100));
	}

	private static List<String> subjects(List<MimeMessage> messages) {
		return messages.stream().map((m) -> {
			try {
				return m.getSubject();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
