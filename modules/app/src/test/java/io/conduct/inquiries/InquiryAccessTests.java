package io.conduct.inquiries;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees an inquiry and who acts on it: the recorder sees their own and its outcome,
 * the supervisor those routed to them, spokespersons, the CFO/CAO and the CEO every
 * inquiry of their tenant (and none of another), every read of someone else's audited;
 * only an authorized spokesperson takes and answers one, and only the one who has it
 * answers it.
 */
@ConductIntegrationTest
class InquiryAccessTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	InquiryFixture fixture;

	String erins;

	String olafs;

	@BeforeEach
	void inquiries() {
		this.fixture = new InquiryFixture(new GraphQlHttp(this.port), this.registry, this.tenantData);
		this.erins = this.fixture.recorded(this.fixture.erin, InquiryFixture.input(this.clock.instant(), Map.of()));
		// one after the other, as lists show them newest first
		this.clock.advance(Duration.ofMinutes(1));
		this.olafs = this.fixture.recorded(this.fixture.olaf,
				InquiryFixture.input(this.clock.instant(), Map.of("question", "Is the depot in Hamburg closing?")));
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void anEmployeeSeesTheirOwnInquiriesAndNobodyElses() {
		assertThat(this.fixture.node(this.fixture.erin, this.erins).<String>read("$.data.node.id"))
			.isEqualTo(this.erins);
		assertThat(this.fixture.node(this.fixture.erin, this.olafs).<Object>read("$.data.node")).isNull();
		assertThat(this.fixture.own(this.fixture.erin).<List<String>>read("$.data.viewer.inquiries.edges[*].node.id"))
			.containsExactly(this.erins);
		assertThat(this.fixture.list(this.fixture.erin, Map.of()).<List<?>>read("$.data.inquiries.edges")).isEmpty();
		assertThat(this.fixture.list(this.fixture.yuki, Map.of()).<List<?>>read("$.data.inquiries.edges")).isEmpty();
		assertThat(this.fixture.node(this.fixture.yuki, this.erins).<Object>read("$.data.node")).isNull();
		// reading one's own is not a read by staff
		assertThat(this.fixture.audit("inquiry.read")).isEmpty();
	}

	@Test
	void theSupervisorSeesTheInquiriesRoutedToThemAndTheirReadsAreAudited() {
		assertThat(
				this.fixture.list(this.fixture.sam, Map.of()).<List<String>>read("$.data.inquiries.edges[*].node.id"))
			.containsExactly(this.erins);
		assertThat(this.fixture.node(this.fixture.sam, this.erins).<String>read("$.data.node.question"))
			.isEqualTo("What is the new plant going to produce?");
		assertThat(this.fixture.node(this.fixture.sam, this.olafs).<Object>read("$.data.node")).isNull();
		assertThat(this.fixture.audit("inquiry.read")).hasSize(2)
			.allSatisfy((entry) -> assertThat(entry.getString("actorSubject")).isEqualTo("sam"));
	}

	@Test
	void spokespersonsTheCfoCaoAndTheCeoSeeEveryInquiryOfTheirTenantAndNoneOfAnother() {
		for (String staff : List.of(this.fixture.pat, this.fixture.carol, this.fixture.chris)) {
			assertThat(this.fixture.list(staff, Map.of()).<List<String>>read("$.data.inquiries.edges[*].node.id"))
				.containsExactly(this.olafs, this.erins);
			assertThat(this.fixture.node(staff, this.olafs).<String>read("$.data.node.recorder.displayName"))
				.isEqualTo("Olaf Other");
		}
		assertThat(this.fixture.audit("inquiry.read")).extracting((e) -> e.getString("actorSubject"))
			.containsOnly("pat", "carol", "chris")
			.hasSize(9);

		InquiryFixture other = new InquiryFixture(new GraphQlHttp(this.port), this.registry, this.tenantData);
		assertThat(other.list(other.pat, Map.of()).<List<?>>read("$.data.inquiries.edges")).isEmpty();
		assertThat(other.node(other.pat, this.erins).<Object>read("$.data.node")).isNull();
		assertThat(other.take(other.pat, this.erins).<String>read("$.data.inquiryTake.userErrors[0].code"))
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void onlyAnAuthorizedSpokespersonTakesAnInquiryAndOnlyOneOfThem() {
		for (String notSpokesperson : List.of(this.fixture.erin, this.fixture.sam, this.fixture.carol,
				this.fixture.chris)) {
			var refused = this.fixture.take(notSpokesperson, this.erins);
			assertThat(refused.firstErrorCode()).as(refused.body()).isEqualTo("FORBIDDEN");
		}
		var taken = this.fixture.take(this.fixture.pat, this.erins);
		assertThat(taken.<String>read("$.data.inquiryTake.inquiry.status")).isEqualTo("TAKEN");
		assertThat(taken.<String>read("$.data.inquiryTake.inquiry.assignee.displayName")).isEqualTo("Pat Spokes");
		// taking it again is no change; another spokesperson cannot
		assertThat(this.fixture.take(this.fixture.pat, this.erins).<List<?>>read("$.data.inquiryTake.userErrors"))
			.isEmpty();
		var second = this.fixture.take(this.fixture.sky, this.erins);
		assertThat(second.<String>read("$.data.inquiryTake.userErrors[0].code")).isEqualTo("TAKEN_BY_ANOTHER");
		assertThat(second.<String>read("$.data.inquiryTake.userErrors[0].message")).contains("Pat Spokes");
		assertThat(second.<List<String>>read("$.data.inquiryTake.userErrors[0].field")).containsExactly("input",
				"inquiryId");
	}

	@Test
	void theSpokespersonWhoHasItRecordsTheAnswerAndTheRecorderSeesTheOutcomeInTheirLanguage() {
		var notTaken = this.fixture.respond(this.fixture.pat, this.erins, "ANSWERED", "We make gearboxes there.");
		assertThat(notTaken.<String>read("$.data.inquiryRespond.userErrors[0].code")).isEqualTo("NOT_ASSIGNED");
		this.fixture.take(this.fixture.pat, this.erins);
		var notTheirs = this.fixture.respond(this.fixture.sky, this.erins, "ANSWERED", "We make gearboxes there.");
		assertThat(notTheirs.<String>read("$.data.inquiryRespond.userErrors[0].code")).isEqualTo("NOT_ASSIGNED");
		assertThat(this.fixture.respond(this.fixture.erin, this.erins, "ANSWERED", "Gearboxes.").firstErrorCode())
			.isEqualTo("FORBIDDEN");

		var answered = this.fixture.respond(this.fixture.pat, this.erins, "ANSWERED",
				"  The plant will make gearboxes; production starts next spring.  ");

		assertThat(answered.<List<?>>read("$.data.inquiryRespond.userErrors")).isEmpty();
		assertThat(answered.<String>read("$.data.inquiryRespond.inquiry.status")).isEqualTo("ANSWERED");
		var seen = this.fixture.node(this.fixture.erin, this.erins);
		assertThat(seen.<String>read("$.data.node.reply.response")).isEqualTo("ANSWERED");
		assertThat(seen.<String>read("$.data.node.reply.statement"))
			.isEqualTo("The plant will make gearboxes; production starts next spring.");
		assertThat(this.fixture.kindsFor(this.erins, "erin")).containsExactly("inquiry.outcome");
		var told = this.fixture.outboxOf(this.erins)
			.stream()
			.filter((d) -> d.getString("kind").equals("inquiry.outcome"))
			.findFirst()
			.orElseThrow();
		assertThat(told.getString("language")).isEqualTo("de");
		assertThat(told.getString("subject")).isEqualTo("Die Anfrage von Jane Doe, Financial Daily wurde beantwortet");
		assertThat(this.fixture.respond(this.fixture.pat, this.erins, "DECLINED", "No comment.")
			.<String>read("$.data.inquiryRespond.userErrors[0].code")).isEqualTo("CLOSED");
		assertThat(
				this.fixture.take(this.fixture.sky, this.erins).<String>read("$.data.inquiryTake.userErrors[0].code"))
			.isEqualTo("CLOSED");
	}

	/**
	 * The Code exempts the authorized spokespersons from referring inquiries ("other than
	 * the Company's authorized spokespersons"): one asked directly records the inquiry
	 * and answers it, and a tenant with a single spokesperson needs this.
	 */
	@Test
	void aSpokespersonMayTakeAndAnswerAnInquiryTheyRecordedThemselves() {
		var recorded = this.fixture.record(this.fixture.pat, InquiryFixture.input(this.clock.instant(),
				Map.of("inquirer", Map.of("name", "Ina Investor", "kind", "INSTITUTIONAL_INVESTOR"))));
		String id = recorded.read("$.data.inquiryRecord.inquiry.id");
		assertThat(recorded.<Boolean>read("$.data.inquiryRecord.inquiry.recordedBySpokesperson")).isTrue();
		assertThat(recorded.<Boolean>read("$.data.inquiryRecord.guidance.callerIsSpokesperson")).isTrue();
		assertThat(recorded.<String>read("$.data.inquiryRecord.guidance.steps[0]"))
			.isEqualTo("あなたは会社の正式な広報担当者です。この問い合わせを引き受け、会社を代表して回答できます。");
		// the other spokesperson is told, the recorder is not
		assertThat(recorded.<List<String>>read("$.data.inquiryRecord.inquiry.notices[*].person.displayName"))
			.containsExactly("Sky Speaker");

		assertThat(this.fixture.take(this.fixture.pat, id).<String>read("$.data.inquiryTake.inquiry.status"))
			.isEqualTo("TAKEN");
		var declined = this.fixture.respond(this.fixture.pat, id, "DECLINED", "We do not comment on investments.");
		assertThat(declined.<String>read("$.data.inquiryRespond.inquiry.status")).isEqualTo("DECLINED");
		assertThat(this.fixture.kindsFor(id, "pat")).isEmpty();
	}

	@Test
	void theCfoCaoGivesAnInquiryToAnAuthorizedSpokespersonWhoIsTold() {
		var notSpokesperson = this.fixture.assign(this.fixture.carol, this.erins, this.fixture.people.get("olaf"));
		assertThat(notSpokesperson.<String>read("$.data.inquiryAssign.userErrors[0].code"))
			.isEqualTo("NOT_A_SPOKESPERSON");
		assertThat(notSpokesperson.<List<String>>read("$.data.inquiryAssign.userErrors[0].field"))
			.containsExactly("input", "spokespersonPersonId");
		assertThat(this.fixture.assign(this.fixture.pat, this.erins, this.fixture.people.get("sky")).firstErrorCode())
			.isEqualTo("FORBIDDEN");

		var assigned = this.fixture.assign(this.fixture.carol, this.erins, this.fixture.people.get("sky"));

		assertThat(assigned.<String>read("$.data.inquiryAssign.inquiry.status")).isEqualTo("TAKEN");
		assertThat(assigned.<String>read("$.data.inquiryAssign.inquiry.assignee.displayName")).isEqualTo("Sky Speaker");
		assertThat(assigned.<String>read("$.data.inquiryAssign.inquiry.assignedBy.displayName")).isEqualTo("Carol Cfo");
		assertThat(this.fixture.kindsFor(this.erins, "sky")).containsExactlyInAnyOrder("inquiry.routed.spokesperson",
				"inquiry.assigned");
		assertThat(this.fixture.respond(this.fixture.sky, this.erins, "DECLINED", "No comment.")
			.<String>read("$.data.inquiryRespond.inquiry.status")).isEqualTo("DECLINED");
	}

	@Test
	void listsFilterByStatusKindEscalationAndFlag() {
		this.clock.advance(Duration.ofMinutes(1));
		String analyst = this.fixture.recorded(this.fixture.erin,
				InquiryFixture.input(this.clock.instant(),
						Map.of("inquirer", Map.of("name", "Ann Analyst", "kind", "SECURITIES_ANALYST"), "question",
								"What dividend do you plan?")));
		this.fixture.take(this.fixture.pat, this.olafs);

		assertThat(ids(Map.of("statuses", List.of("TAKEN")))).containsExactly(this.olafs);
		assertThat(ids(Map.of("statuses", List.of("OPEN")))).containsExactly(analyst, this.erins);
		assertThat(ids(Map.of("kinds", List.of("SECURITIES_ANALYST")))).containsExactly(analyst);
		assertThat(ids(Map.of("flagged", true))).containsExactly(analyst);
		assertThat(ids(Map.of("flagged", false))).containsExactly(this.olafs, this.erins);
		assertThat(ids(Map.of("escalated", true))).isEmpty();
		assertThat(ids(Map.of("escalated", false, "kinds", List.of("MEDIA"), "statuses", List.of("OPEN"))))
			.containsExactly(this.erins);
		assertThat(this.fixture.own(this.fixture.erin).<List<String>>read("$.data.viewer.inquiries.edges[*].node.id"))
			.containsExactly(analyst, this.erins);

		var first = this.fixture.list(this.fixture.carol, Map.of("first", 2));
		assertThat(first.<Boolean>read("$.data.inquiries.pageInfo.hasNextPage")).isTrue();
		var rest = this.fixture.list(this.fixture.carol,
				Map.of("first", 2, "after", first.<String>read("$.data.inquiries.pageInfo.endCursor")));
		assertThat(rest.<List<String>>read("$.data.inquiries.edges[*].node.id")).containsExactly(this.erins);
		assertThat(rest.<Boolean>read("$.data.inquiries.pageInfo.hasNextPage")).isFalse();
	}

	private List<String> ids(Map<String, Object> filter) {
		return this.fixture.list(this.fixture.carol, Map.of("filter", filter))
			.read("$.data.inquiries.edges[*].node.id");
	}

}
