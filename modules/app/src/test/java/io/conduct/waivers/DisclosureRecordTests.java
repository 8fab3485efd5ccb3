package io.conduct.waivers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.notifications.NotificationKind;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders of a disclosure falling due (the business day before, on the day, once
 * overdue; each once, to the CFO/CAO, the Board and the Audit Committee), and the
 * disclosure recorded by a Form 8-K filing or a website posting, with the website kept
 * online for 12 months and the record kept for 5 years.
 */
@ConductIntegrationTest
class DisclosureRecordTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final String RECORD = """
			mutation($input: PublicDisclosureRecordInput!) { publicDisclosureRecord(input: $input) {
			  publicDisclosureClock { status overdue disclosure { method url postingDate filingDate filingReference
			    disclosedOn onTime websiteAvailableUntil recordKeptUntil mustStayOnline mustBeKept recordedByName } }
			  userErrors { field code message } } }""";

	private static final String RETAINED = """
			query($r: PublicDisclosureRetention!) { publicDisclosureClocks(filter: {retention: $r}) {
			  edges { node { id disclosure { mustStayOnline mustBeKept } } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@Autowired
	WaiverWork work;

	@LocalServerPort
	int port;

	WaiverFixture group;

	String clockId;

	@BeforeEach
	void granted() {
		this.group = new WaiverFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "wvr", "XNAS");
		at(LocalDate.of(2026, 9, 3));
		var granted = this.group.grantedByTheBoard("dana", LocalDate.of(2026, 9, 3));
		this.clockId = granted.read("$.data.waiverBoardDecide.waiverRequest.disclosureClock.id");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCfoCaoTheBoardAndTheAuditCommitteeAreRemindedTheDayBeforeOnTheDayAndOnceOverdue() {
		List<String> reminded = List.of("carol", "cora", "dana", "bo", "ari", "rob")
			.stream()
			.map(this.group::email)
			.toList();

		round(LocalDate.of(2026, 9, 8));
		assertThat(this.group.outbox(NotificationKind.WAIVER_DISCLOSURE_DAY_BEFORE)).isEmpty();

		round(LocalDate.of(2026, 9, 9));
		round(LocalDate.of(2026, 9, 9));
		List<Document> dayBefore = this.group.outbox(NotificationKind.WAIVER_DISCLOSURE_DAY_BEFORE);
		assertThat(dayBefore).extracting((d) -> d.getString("email")).containsExactlyInAnyOrderElementsOf(reminded);
		Document carols = dayBefore.stream()
			.filter((d) -> d.getString("email").equals(this.group.email("carol")))
			.findFirst()
			.orElseThrow();
		assertThat(carols.getString("subject")).contains("W-2026-");
		assertThat(carols.getString("body")).contains("September 10, 2026", "Labor Day");

		round(LocalDate.of(2026, 9, 10));
		round(LocalDate.of(2026, 9, 10));
		assertThat(this.group.outbox(NotificationKind.WAIVER_DISCLOSURE_DUE_DAY)).hasSize(reminded.size());

		round(LocalDate.of(2026, 9, 11));
		round(LocalDate.of(2026, 9, 14));
		assertThat(this.group.outbox(NotificationKind.WAIVER_DISCLOSURE_OVERDUE)).hasSize(reminded.size());
		assertThat(this.group.outbox(NotificationKind.WAIVER_DISCLOSURE_DAY_BEFORE)).hasSize(reminded.size());

		var clock = this.group.post(this.group.token("carol"), """
				query($id: ID!) { node(id: $id) { ... on PublicDisclosureClock { overdue
				  remindersSent { kind day recipients } } } }""", Map.of("id", this.clockId));
		assertThat(clock.<List<String>>read("$.data.node.remindersSent[*].kind")).containsExactly("DAY_BEFORE",
				"DUE_DAY", "OVERDUE");
		assertThat(clock.<List<Integer>>read("$.data.node.remindersSent[*].recipients")).containsOnly(6);
		assertThat(clock.<Boolean>read("$.data.node.overdue")).isTrue();
	}

	@Test
	void aRoundThatComesLateSendsOnlyTheLatestReminder() {
		round(LocalDate.of(2026, 9, 10));

		assertThat(this.group.outbox(NotificationKind.WAIVER_DISCLOSURE_DAY_BEFORE)).isEmpty();
		assertThat(this.group.outbox(NotificationKind.WAIVER_DISCLOSURE_DUE_DAY)).hasSize(6);
	}

	@Test
	void aDisclosureIsRecordedOnceWithItsFieldsAndNothingIsStoredWhenTheyAreWrong() {
		at(LocalDate.of(2026, 9, 9));
		var noReference = record(Map.of("method", "FORM_8K", "filingDate", "2026-09-09"));
		var beforeTheDecision = record(
				Map.of("method", "FORM_8K", "filingDate", "2026-09-02", "filingReference", "0001234567-26-000042"));
		var inTheFuture = record(Map.of("method", "WEBSITE", "url", "https://acme.example/governance/waivers",
				"postingDate", "2026-09-10"));
		var notAWebAddress = record(
				Map.of("method", "WEBSITE", "url", "javascript:alert(1)", "postingDate", "2026-09-09"));
		var mixed = record(Map.of("method", "WEBSITE", "url", "https://acme.example/w", "postingDate", "2026-09-09",
				"filingReference", "0001"));
		assertThat(noReference.<List<String>>read("$.data.publicDisclosureRecord.userErrors[0].field"))
			.containsExactly("input", "filingReference");
		assertThat(beforeTheDecision.<String>read("$.data.publicDisclosureRecord.userErrors[0].code"))
			.isEqualTo("OUT_OF_RANGE");
		assertThat(inTheFuture.<String>read("$.data.publicDisclosureRecord.userErrors[0].code"))
			.isEqualTo("OUT_OF_RANGE");
		assertThat(notAWebAddress.<List<String>>read("$.data.publicDisclosureRecord.userErrors[0].field"))
			.containsExactly("input", "url");
		assertThat(mixed.<List<String>>read("$.data.publicDisclosureRecord.userErrors[0].field"))
			.containsExactly("input", "filingReference");
		assertThat(this.group.post(this.group.token("bo"), RECORD,
				Map.of("input",
						Map.of("publicDisclosureClockId", this.clockId, "method", "WEBSITE", "url",
								"https://acme.example/w", "postingDate", "2026-09-09")))
			.firstErrorCode()).as("the CFO/CAO records it").isEqualTo("FORBIDDEN");

		var posted = record(Map.of("method", "WEBSITE", "url", "https://acme.example/governance/waivers", "postingDate",
				"2026-09-09"));

		String clock = "$.data.publicDisclosureRecord.publicDisclosureClock";
		assertThat(posted.<String>read(clock + ".status")).isEqualTo("DISCLOSED");
		assertThat(posted.<Boolean>read(clock + ".overdue")).isFalse();
		assertThat(posted.<Boolean>read(clock + ".disclosure.onTime")).isTrue();
		assertThat(posted.<String>read(clock + ".disclosure.websiteAvailableUntil")).isEqualTo("2027-09-09");
		assertThat(posted.<String>read(clock + ".disclosure.recordKeptUntil")).isEqualTo("2031-09-09");
		assertThat(posted.<String>read(clock + ".disclosure.recordedByName")).isEqualTo("Carol Cfo");
		assertThat(record(Map.of("method", "FORM_8K", "filingDate", "2026-09-09", "filingReference", "0001"))
			.<String>read("$.data.publicDisclosureRecord.userErrors[0].code")).isEqualTo("ALREADY_DISCLOSED");

		// no reminders after the disclosure
		round(LocalDate.of(2026, 9, 10));
		assertThat(this.group.outbox(NotificationKind.WAIVER_DISCLOSURE_DUE_DAY)).isEmpty();
	}

	@Test
	void aWebsitePostingMustStayOnlineFor12MonthsAndTheRecordBeKeptFor5Years() {
		at(LocalDate.of(2026, 9, 14));
		var late = record(Map.of("method", "WEBSITE", "url", "https://acme.example/governance/waivers", "postingDate",
				"2026-09-14"));
		assertThat(late.<Boolean>read("$.data.publicDisclosureRecord.publicDisclosureClock.disclosure.onTime"))
			.isFalse();

		at(LocalDate.of(2027, 9, 14));
		assertThat(retained("MUST_STAY_ONLINE")).containsExactly(this.clockId);
		at(LocalDate.of(2027, 9, 15));
		assertThat(retained("MUST_STAY_ONLINE")).isEmpty();
		assertThat(retained("MUST_BE_KEPT")).containsExactly(this.clockId);
		at(LocalDate.of(2031, 9, 15));
		assertThat(retained("MUST_BE_KEPT")).isEmpty();
		var kept = this.group.post(this.group.token("ari"), """
				query($id: ID!) { node(id: $id) { ... on PublicDisclosureClock { disclosure { mustStayOnline mustBeKept
				  recordKeptUntil } } } }""", Map.of("id", this.clockId));
		assertThat(kept.<Boolean>read("$.data.node.disclosure.mustBeKept")).isFalse();
		assertThat(kept.<String>read("$.data.node.disclosure.recordKeptUntil")).isEqualTo("2031-09-14");
	}

	private List<String> retained(String retention) {
		return this.group.post(this.group.token("carol"), RETAINED, Map.of("r", retention))
			.read("$.data.publicDisclosureClocks.edges[*].node.id");
	}

	private GraphQlHttp.Response record(Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("publicDisclosureClockId", this.clockId);
		return this.group.post(this.group.token("carol"), RECORD, Map.of("input", input));
	}

	private void round(LocalDate day) {
		at(day);
		this.work.runFor(this.group.tenant, this.clock.instant());
	}

	private void at(LocalDate day) {
		this.clock.setTo(day.atTime(LocalTime.of(9, 0)).atZone(NEW_YORK).toInstant());
	}

}
