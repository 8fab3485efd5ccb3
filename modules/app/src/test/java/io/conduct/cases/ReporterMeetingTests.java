package io.conduct.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter's meeting: France holds it within twenty working days of the request (in
 * the tenant's business-day calendar, over public holidays), Spain within seven days; the
 * case names the pack, its handlers see the deadline, an open case past it is overdue
 * until a handler records the meeting; a tenant whose packs set none gets no deadline.
 */
@ConductIntegrationTest
class ReporterMeetingTests {

	private static final String REQUEST = """
			mutation($v: ID!) { reportMeetingRequest(input: {reporterCaseViewId: $v}) {
			  report { meetingDue meetingDueSetBy { pack name within unit calendar } meetingHeldAt }
			  userErrors { field code } } }""";

	private static final String CASE = """
			query($id: ID!) { case(id: $id) { meetingRequestedAt meetingDue meetingDueSetBy { pack within unit }
			  meetingHeldAt } }""";

	private static final String OVERDUE = """
			{ cases(filter: {overdue: true}) { edges { node { id } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aFrenchReportersMeetingIsDueTwentyWorkingDaysLaterOverArmisticeDay() {
		// Monday 9 November 2026, 10:00 in Paris; Wednesday 11 November is a holiday
		this.clock.setTo(Instant.parse("2026-11-09T09:00:00Z"));
		Tenant tenant = tenant("FR", "Europe/Paris", "fr-FR", List.of("FR"));
		String erin = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);
		String cfo = TestIssuer.get().token(tenant.key(), "carla", Role.CFO_CAO);
		var submitted = submitNamed(tenant);
		String viewId = submitted.read("$.data.reportSubmit.report.id");
		String caseId = Reports.caseId(submitted);
		acknowledge(cfo, caseId);

		var requested = this.api.post(erin, REQUEST, Map.of("v", viewId));

		// Tue 10, Thu 12 ... twenty working days without the 11th: Tuesday 8 December
		assertThat(requested.<List<?>>read("$.data.reportMeetingRequest.userErrors")).as(requested.body()).isEmpty();
		assertThat(requested.<String>read("$.data.reportMeetingRequest.report.meetingDue"))
			.isEqualTo("2026-12-08T22:59:59.999Z");
		assertThat(requested.<String>read("$.data.reportMeetingRequest.report.meetingDueSetBy.pack")).isEqualTo("FR");
		assertThat(requested.<Integer>read("$.data.reportMeetingRequest.report.meetingDueSetBy.within")).isEqualTo(20);
		assertThat(requested.<String>read("$.data.reportMeetingRequest.report.meetingDueSetBy.unit"))
			.isEqualTo("WORKING_DAYS");
		var handlers = this.api.post(cfo, CASE, Map.of("id", caseId));
		assertThat(handlers.<String>read("$.data.case.meetingDue")).isEqualTo("2026-12-08T22:59:59.999Z");
		assertThat(handlers.<String>read("$.data.case.meetingDueSetBy.pack")).isEqualTo("FR");
		var again = this.api.post(erin, REQUEST, Map.of("v", viewId));
		assertThat(again.<String>read("$.data.reportMeetingRequest.userErrors[0].code"))
			.isEqualTo("MEETING_ALREADY_REQUESTED");

		// on its last day it is not overdue; the day after it is, until it is recorded
		this.clock.setTo(Instant.parse("2026-12-08T22:00:00Z"));
		assertThat(overdue(cfo)).doesNotContain(caseId);
		this.clock.setTo(Instant.parse("2026-12-09T08:00:00Z"));
		assertThat(overdue(cfo)).contains(caseId);
		var recorded = this.api.post(cfo, """
				mutation($c: ID!) { caseMeetingRecord(input: {caseId: $c}) { case { meetingHeldAt }
				  userErrors { code } } }""", Map.of("c", caseId));
		assertThat(recorded.<List<?>>read("$.data.caseMeetingRecord.userErrors")).as(recorded.body()).isEmpty();
		assertThat(recorded.<String>read("$.data.caseMeetingRecord.case.meetingHeldAt")).isNotNull();
		assertThat(overdue(cfo)).doesNotContain(caseId);
		var twice = this.api.post(cfo, """
				mutation($c: ID!) { caseMeetingRecord(input: {caseId: $c}) { userErrors { code } } }""",
				Map.of("c", caseId));
		assertThat(twice.<String>read("$.data.caseMeetingRecord.userErrors[0].code")).isEqualTo("NO_MEETING_REQUESTED");
		var byTheReporter = this.api.post(erin, """
				mutation($c: ID!) { caseMeetingRecord(input: {caseId: $c}) { userErrors { code } } }""",
				Map.of("c", caseId));
		assertThat(byTheReporter.<String>read("$.data.caseMeetingRecord.userErrors[0].code")).isEqualTo("NOT_FOUND");
	}

	@Test
	void anAnonymousReporterAsksThroughTheFollowUpAndSpainsSevenDaysAreStricter() {
		this.clock.setTo(Instant.parse("2026-11-09T09:00:00Z"));
		Tenant tenant = tenant("FR", "Europe/Paris", "fr-FR", List.of("FR", "ES"));
		String passphrase = "correct horse battery staple";
		var submitted = Reports.submitPublic(this.api, tenant.publicIntakeKey(),
				Reports.fields("OTHER", "CFO_CAO", "an anonymous concern"), passphrase);
		String receiptKey = submitted.read("$.data.publicReportSubmit.receipt.receiptKey");
		Map<String, Object> credentials = Map.of("intakeKey", tenant.publicIntakeKey(), "receiptKey", receiptKey,
				"passphrase", passphrase);

		var requested = this.api.post(null, """
				mutation($input: PublicReportMeetingRequestInput!) { publicReportMeetingRequest(input: $input) {
				  report { meetingDue meetingDueSetBy { pack within unit } } userErrors { code } } }""",
				Map.of("input", credentials));
		var wrong = this.api.post(null, """
				mutation($input: PublicReportMeetingRequestInput!) { publicReportMeetingRequest(input: $input) {
				  userErrors { code } } }""", Map.of("input",
				Map.of("intakeKey", tenant.publicIntakeKey(), "receiptKey", receiptKey, "passphrase", "wrong one")));

		assertThat(requested.<List<?>>read("$.data.publicReportMeetingRequest.userErrors")).as(requested.body())
			.isEmpty();
		assertThat(requested.<String>read("$.data.publicReportMeetingRequest.report.meetingDue"))
			.isEqualTo("2026-11-16T22:59:59.999Z");
		assertThat(requested.<String>read("$.data.publicReportMeetingRequest.report.meetingDueSetBy.pack"))
			.isEqualTo("ES");
		assertThat(wrong.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void aTenantWhosePacksSetNoMeetingGetsNoDeadline() {
		Tenant tenant = tenant("DE", "Europe/Berlin", "de-DE", List.of("DE", "EU"));
		String erin = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);
		String cfo = TestIssuer.get().token(tenant.key(), "carla", Role.CFO_CAO);
		var submitted = submitNamed(tenant);

		var requested = this.api.post(erin, REQUEST, Map.of("v", submitted.read("$.data.reportSubmit.report.id")));

		assertThat(requested.<String>read("$.data.reportMeetingRequest.userErrors[0].code")).as(requested.body())
			.isEqualTo("NO_MEETING_DUTY");
		assertThat(requested.<Object>read("$.data.reportMeetingRequest.report")).isNull();
		var handlers = this.api.post(cfo, CASE, Map.of("id", Reports.caseId(submitted)));
		assertThat(handlers.<Object>read("$.data.case.meetingDue")).isNull();
		assertThat(handlers.<Object>read("$.data.case.meetingRequestedAt")).isNull();
	}

	private List<String> overdue(String token) {
		var listed = this.api.post(token, OVERDUE);
		assertThat(listed.hasErrors()).as(listed.body()).isFalse();
		return listed.read("$.data.cases.edges[*].node.id");
	}

	private void acknowledge(String token, String caseId) {
		var acknowledged = this.api.post(token, """
				mutation($id: ID!) { caseAcknowledge(input: {caseId: $id}) { userErrors { code } } }""",
				Map.of("id", caseId));
		assertThat(acknowledged.<List<?>>read("$.data.caseAcknowledge.userErrors")).as(acknowledged.body()).isEmpty();
	}

	private GraphQlHttp.Response submitNamed(Tenant tenant) {
		String reporter = TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);
		var submitted = this.api.post(reporter, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "NAMED", "report", Reports.fields("OTHER", "CFO_CAO", "a concern"))));
		assertThat(submitted.<List<?>>read("$.data.reportSubmit.userErrors")).as(submitted.body()).isEmpty();
		return submitted;
	}

	private Tenant tenant(String country, String zone, String locale, List<String> jurisdictions) {
		Tenant registered = TestTenants.register(this.registry, TestTenants.uniqueKey("meet"), null, locale, zone);
		return this.registry
			.save(new Tenant(registered.key(), new Tenant.Profile(registered.name(), null, country, jurisdictions),
					new Tenant.Regional(locale, zone, "EUR", "eu"), registered.fiscal(), registered.access(),
					registered.lifecycle()));
	}

}
