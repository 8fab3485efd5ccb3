package io.conduct.trading;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.TestClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insider trading over real HTTP, a test per rule: blackouts from the fiscal calendar,
 * clearances that expire at the exchange's close, event windows nobody outside them
 * learns of, case-driven insiders, restricted and watch lists, short-swing and Form 4,
 * cooling-off, no self-clearance, and bad input refused by field with nothing stored.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class TradingApiTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@Autowired
	TradingWork work;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
		this.clock.reset();
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	/**
	 * A company with a calendar fiscal year, out of its blackout on the tests' first day.
	 */
	private TradingGroup group() {
		TradingGroup group = new TradingGroup(this.api, this.registry, this.tenantData, 1);
		// the second quarter's window (from June 15) ended two trading days after July 28
		group.quarter(2026, 2, "2026-07-28", "2026-08-05");
		return group;
	}

	@Test
	void aFiscalYearFromAprilBlacksOutItsFourthQuarterFromTheFifteenthOfMarch() {
		TradingGroup group = new TradingGroup(this.api, this.registry, this.tenantData, 4);
		// fiscal 2026 runs from April 2026: its third quarter is October to December
		group.quarter(2026, 3, "2027-02-10", null);
		this.clock.setTo(Instant.parse("2027-03-12T15:00:00Z"));
		var before = group.submit(group.erin, group.company, "SELL", "100");
		assertThat(before.<String>read("$.data.preClearanceSubmit.preClearance.status")).as(before.body())
			.isEqualTo("PENDING");

		this.clock.setTo(Instant.parse("2027-03-15T14:00:00Z"));
		var during = group.submit(group.erin, group.company, "SELL", "100");
		assertThat(during.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("DENIED");
		assertThat(during.<String>read("$.data.preClearanceSubmit.preClearance.answer")).startsWith(
				"Not cleared (BLACKOUT): quarterly blackout of Q4 of fiscal year 2026 (2027-01-01 to 2027-03-31): from 2027-03-15");
		assertThat(during.<List<String>>read("$.data.preClearanceSubmit.preClearance.findings[*].startDate"))
			.containsExactly("2027-03-15");
		var calendar = this.api.post(group.erin,
				"{ tradingCalendar(fiscalYear: 2026) { exchange quarters { quarter startDate endDate blackoutStartDate blackoutLastDate } } }");
		assertThat(calendar.<String>read("$.data.tradingCalendar.exchange")).isEqualTo("XNYS");
		assertThat(calendar.<String>read("$.data.tradingCalendar.quarters[3].startDate")).isEqualTo("2027-01-01");
		assertThat(calendar.<String>read("$.data.tradingCalendar.quarters[3].blackoutStartDate"))
			.isEqualTo("2027-03-15");
		assertThat(calendar.<String>read("$.data.tradingCalendar.quarters[2].blackoutLastDate"))
			.as("two full trading days after the release of Wednesday 2027-02-10")
			.isEqualTo("2027-02-12");

		// the fourth quarter's release on Tuesday 2027-05-04 ends it at the close of
		// Thursday 2027-05-06, 16:00 in New York
		group.quarter(2026, 4, "2027-05-04", null);
		this.clock.setTo(Instant.parse("2027-05-06T19:59:00Z"));
		assertThat(group.submit(group.erin, group.company, "SELL", "100")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("DENIED");
		this.clock.setTo(Instant.parse("2027-05-06T20:01:00Z"));
		assertThat(group.submit(group.erin, group.company, "SELL", "100")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("PENDING");
		// a counterparty's securities know no quarterly blackout
		this.clock.setTo(Instant.parse("2027-03-15T14:00:00Z"));
		assertThat(group.submit(group.erin, group.globex, "BUY", "100")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("PENDING");
	}

	@Test
	void aClearanceExpiresAtTheCloseOfItsLastTradingDayAcrossAWeekendAndAHoliday() {
		TradingGroup group = group();
		// Wednesday 2026-12-23 in New York; the 24th trades (early), the 25th is a
		// holiday
		this.clock.setTo(Instant.parse("2026-12-23T15:00:00Z"));
		String request = group.submitted(group.erin, group.globex, "BUY", "100");
		var approved = group.decide(group.carol, request, "APPROVE");
		assertThat(approved.<String>read("$.data.preClearanceDecide.preClearance.status")).as(approved.body())
			.isEqualTo("APPROVED");
		assertThat(approved.<String>read("$.data.preClearanceDecide.preClearance.validity.lastDay"))
			.isEqualTo("2026-12-28");
		assertThat(approved.<String>read("$.data.preClearanceDecide.preClearance.validUntil"))
			.isEqualTo("2026-12-28T21:00:00.000Z");
		assertThat(approved.<String>read("$.data.preClearanceDecide.preClearance.answer"))
			.isEqualTo("Cleared until the close of XNYS on 2026-12-28 16:00 America/New_York.");

		this.clock.setTo(Instant.parse("2026-12-28T20:59:00Z"));
		assertThat(group.read(group.erin, request).<String>read("$.data.node.status")).isEqualTo("APPROVED");
		var within = group.record(group.erin, Map.of("securityId", group.globex, "kind", "BUY", "tradeDate",
				"2026-12-28", "quantity", "60", "preClearanceId", request));
		assertThat(within.<Boolean>read("$.data.tradeRecord.trade.cleared")).as(within.body()).isTrue();
		assertThat(within.<List<String>>read("$.data.tradeRecord.trade.findings[*].rule")).containsExactly("CLEARANCE");

		this.clock.setTo(Instant.parse("2026-12-28T21:01:00Z"));
		assertThat(group.read(group.erin, request).<String>read("$.data.node.status")).isEqualTo("EXPIRED");
		this.work.runFor(this.registry.findByKey(group.tenant.key()).orElseThrow(), this.clock.instant());
		assertThat(TenantContext.callAs(group.tenant,
				() -> this.tenantData.findById(localId(request), Document.class, "trading_preclearances")))
			.extracting((d) -> d.get("status"))
			.isEqualTo("EXPIRED");
		assertThat(outbox(group, "trading.expired")).hasSize(1);

		this.clock.setTo(Instant.parse("2026-12-29T15:00:00Z"));
		var after = group.record(group.erin, Map.of("securityId", group.globex, "kind", "BUY", "tradeDate",
				"2026-12-29", "quantity", "40", "preClearanceId", request));
		assertThat(after.<Boolean>read("$.data.tradeRecord.trade.flagged")).isTrue();
		assertThat(after.<List<String>>read("$.data.tradeRecord.trade.findings[*].rule"))
			.containsExactly("EXPIRED_CLEARANCE");
		assertThat(after.<String>read("$.data.tradeRecord.trade.findings[0].explanation"))
			.contains("expired at the close of XNYS on 2026-12-28 16:00 America/New_York");
		assertThat(outbox(group, "trading.flagged")).isNotEmpty();
	}

	@Test
	void aClearanceEndsAtTheEarlyCloseAfterThanksgivingAndOneGivenThatDayRunsOverTheWeekend() {
		TradingGroup group = group();
		this.clock.setTo(Instant.parse("2026-11-24T15:00:00Z"));
		String tuesday = group.submitted(group.erin, group.globex, "BUY", "100");
		var approved = group.decide(group.carol, tuesday, "APPROVE");
		assertThat(approved.<String>read("$.data.preClearanceDecide.preClearance.validity.lastDay"))
			.as("Wednesday, then Friday: Thanksgiving closes the exchange")
			.isEqualTo("2026-11-27");
		assertThat(approved.<String>read("$.data.preClearanceDecide.preClearance.validUntil"))
			.as("the 13:00 early close in New York")
			.isEqualTo("2026-11-27T18:00:00.000Z");
		assertThat(approved.<Boolean>read("$.data.preClearanceDecide.preClearance.validity.earlyClose")).isTrue();
		this.clock.setTo(Instant.parse("2026-11-27T18:01:00Z"));
		assertThat(group.read(group.erin, tuesday).<String>read("$.data.node.status")).isEqualTo("EXPIRED");

		String friday = group.submitted(group.erin, group.globex, "BUY", "100");
		var onFriday = group.decide(group.carol, friday, "APPROVE");
		assertThat(onFriday.<String>read("$.data.preClearanceDecide.preClearance.validUntil"))
			.as("Monday and Tuesday, to its regular close")
			.isEqualTo("2026-12-01T21:00:00.000Z");
		assertThat(onFriday.<Boolean>read("$.data.preClearanceDecide.preClearance.validity.earlyClose")).isFalse();
	}

	@Test
	void anEventWindowIsInvisibleToThoseOutsideItAndItsPeopleAreToldOnlyToContactTheCfo() {
		TradingGroup group = group();
		var opened = this.api.post(group.carol, """
				mutation($input: TradingEventWindowOpenInput!) { tradingEventWindowOpen(input: $input) {
				  eventWindow { id name open people { displayName } } userErrors { field code message } } }""",
				Map.of("input", Map.of("name", "Project Falcon", "personIds", List.of(group.person("Sam Staff")))));
		String window = opened.read("$.data.tradingEventWindowOpen.eventWindow.id");

		var inside = group.submit(group.sam, group.company, "SELL", "100");
		String insideRequest = inside.read("$.data.preClearanceSubmit.preClearance.id");
		assertThat(inside.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("DENIED");
		assertThat(inside.<String>read("$.data.preClearanceSubmit.preClearance.answer"))
			.isEqualTo("Not cleared; contact the CFO/CAO.");
		assertThat(inside.<List<Object>>read("$.data.preClearanceSubmit.preClearance.findings")).isEmpty();
		assertThat(inside.body()).doesNotContain("Falcon")
			.doesNotContain("EVENT_WINDOW")
			.doesNotContainIgnoringCase("window");

		// the same shape and words as any denial whose reason the requester may not know
		String manual = group.submitted(group.erin, group.company, "SELL", "100");
		group.decide(group.carol, manual, "DENY");
		Map<String, Object> samSees = shape(group.read(group.sam, insideRequest));
		Map<String, Object> erinSees = shape(group.read(group.erin, manual));
		assertThat(samSees).isEqualTo(erinSees);

		// outside it, nothing happens and nothing can be found
		var outside = group.submit(group.erin, group.company, "SELL", "100");
		assertThat(outside.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("PENDING");
		for (String token : List.of(group.erin, group.sam, group.olga)) {
			assertThat(this.api.post(token, "{ tradingEventWindows { edges { node { id } } } }").firstErrorCode())
				.isEqualTo("FORBIDDEN");
			assertThat(this.api.post(token, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", window))
				.<Object>readOrNull("$.data.node")).isNull();
		}
		// the CFO/CAO sees why
		var cfo = group.read(group.carol, insideRequest);
		assertThat(cfo.<List<String>>read("$.data.node.findings[*].rule")).containsExactly("EVENT_WINDOW");
		assertThat(cfo.<String>read("$.data.node.findings[0].explanation")).contains("Project Falcon");

		this.api.post(group.carol,
				"mutation($id: ID!) { tradingEventWindowClose(input: {eventWindowId: $id}) { userErrors { code } } }",
				Map.of("id", window));
		assertThat(group.submit(group.sam, group.company, "SELL", "100")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("PENDING");
	}

	@Test
	void theHandlersOfAnOpenAccountingCaseAreOnAnEventBlackoutUntilItCloses() {
		TradingGroup group = group();
		var reported = this.api.post(group.erin,
				"""
						mutation($input: ReportSubmitInput!) { reportSubmit(input: $input) { receipt { caseNumber } userErrors { code message } } }""",
				Map.of("input",
						Map.of("reporterMode", "NAMED", "report",
								Map.of("category", "ACCOUNTING_OR_AUDITING", "recipient", "CFO_CAO", "description",
										"Revenue was booked before delivery", "occurredWhen",
										"at the quarter's close"))));
		assertThat(reported.<List<?>>read("$.data.reportSubmit.userErrors")).as(reported.body()).isEmpty();

		// Chris, the CEO, reviews every accounting concern's merit with the CFO/CAO
		var denied = group.submit(group.chris, group.company, "SELL", "1000");
		assertThat(denied.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("DENIED");
		assertThat(denied.<String>read("$.data.preClearanceSubmit.preClearance.answer"))
			.isEqualTo("Not cleared; contact the CFO/CAO.");
		assertThat(denied.<List<Object>>read("$.data.preClearanceSubmit.preClearance.findings")).isEmpty();
		assertThat(denied.body()).doesNotContainIgnoringCase("case").doesNotContain("Revenue");
		var cfoView = group.read(group.carol, denied.read("$.data.preClearanceSubmit.preClearance.id"));
		assertThat(cfoView.<List<String>>read("$.data.node.findings[*].rule")).containsExactly("EVENT_WINDOW");
		// the case holds no secret of another company's securities
		assertThat(group.submit(group.chris, group.globex, "BUY", "10")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("PENDING");

		String caseId = this.api.post(group.carol, "{ cases(first: 5) { edges { node { id } } } }")
			.read("$.data.cases.edges[0].node.id");
		var forwarded = this.api.post(group.carol,
				"mutation($id: ID!) { caseMeritForward(input: {caseId: $id, reason: \"For the Committee\"}) { userErrors { code message } } }",
				Map.of("id", caseId));
		assertThat(forwarded.<List<?>>read("$.data.caseMeritForward.userErrors")).as(forwarded.body()).isEmpty();
		var closed = this.api.post(group.carol,
				"mutation($id: ID!) { caseClose(input: {caseId: $id, feedback: \"Looked into and corrected.\"}) { userErrors { code message } } }",
				Map.of("id", caseId));
		assertThat(closed.<List<?>>read("$.data.caseClose.userErrors")).as(closed.body()).isEmpty();

		String cleared = group.submitted(group.chris, group.company, "SELL", "1000");
		assertThat(group.read(group.chris, cleared).<String>read("$.data.node.status")).isEqualTo("PENDING");
		assertThat(group.decide(group.kim, cleared, "APPROVE")
			.<String>read("$.data.preClearanceDecide.preClearance.status")).isEqualTo("APPROVED");
	}

	@Test
	void aPurchaseAndASaleWithinSixMonthsWarnADirectorWhoseTradesNeedAForm4() {
		TradingGroup group = group();
		var bought = group.record(group.dana,
				Map.of("securityId", group.company, "kind", "BUY", "tradeDate", "2026-08-03", "quantity", "500"));
		assertThat(bought.<List<String>>read("$.data.tradeRecord.trade.findings[*].rule")).as(bought.body())
			.containsExactly("NO_CLEARANCE", "FORM_4");
		assertThat(bought.<String>read("$.data.tradeRecord.trade.form4Due")).as("two SEC business days")
			.isEqualTo("2026-08-05");
		assertThat(outbox(group, "trading.form4")).hasSize(1);
		assertThat(outbox(group, "trading.flagged")).isNotEmpty();

		var asked = group.submit(group.dana, group.company, "SELL", "500");
		assertThat(asked.<List<String>>read("$.data.preClearanceSubmit.preClearance.findings[*].rule"))
			.containsExactly("SHORT_SWING", "PRE_CLEARANCE");
		String request = asked.read("$.data.preClearanceSubmit.preClearance.id");
		group.decide(group.carol, request, "APPROVE");
		// Thursday 2026-09-03, the clearance's last day: Form 4 by Tuesday 2026-09-08,
		// Labor
		// Day in between
		this.clock.setTo(Instant.parse("2026-09-03T15:00:00Z"));
		var sold = group.record(group.dana, Map.of("securityId", group.company, "kind", "SELL", "tradeDate",
				"2026-09-03", "quantity", "500", "preClearanceId", request));
		assertThat(sold.<List<String>>read("$.data.tradeRecord.trade.findings[*].rule")).as(sold.body())
			.containsExactly("CLEARANCE", "SHORT_SWING", "FORM_4");
		assertThat(sold.<String>read("$.data.tradeRecord.trade.findings[1].explanation"))
			.contains("the purchase of 2026-08-03 fall within 6 months");
		assertThat(sold.<String>read("$.data.tradeRecord.trade.form4Due")).isEqualTo("2026-09-08");
		// an employee's trade needs no Form 4 and warns of nothing
		var employee = group.record(group.erin,
				Map.of("securityId", group.company, "kind", "SELL", "tradeDate", "2026-09-03", "quantity", "5"));
		assertThat(employee.<Object>readOrNull("$.data.tradeRecord.trade.form4Due")).isNull();
		assertThat(employee.<List<String>>read("$.data.tradeRecord.trade.findings[*].rule"))
			.containsExactly("NO_CLEARANCE");
	}

	@Test
	void anOfficersPlanCoolsOffLongerThanAnEmployeesAtMostHundredAndTwentyDaysAndPlansDoNotOverlap() {
		TradingGroup group = group();
		String plan = """
				mutation($input: TradingPlanAdoptInput!) { tradingPlanAdopt(input: $input) {
				  tradingPlan { id status coolingOff { endDate firstTradeDate basis provisional } } userErrors { field code message } } }""";
		var officer = this.api.post(group.olga, plan, Map.of("input",
				Map.of("securityId", group.company, "adoptionDate", "2026-09-01", "endDate", "2027-08-31")));
		assertThat(officer.<String>read("$.data.tradingPlanAdopt.tradingPlan.coolingOff.endDate"))
			.as("the periodic report is not entered: the 120-day limit")
			.isEqualTo("2026-12-30");
		assertThat(officer.<Boolean>read("$.data.tradingPlanAdopt.tradingPlan.coolingOff.provisional")).isTrue();
		String officerPlan = officer.read("$.data.tradingPlanAdopt.tradingPlan.id");
		var employee = this.api.post(group.erin, plan, Map.of("input",
				Map.of("securityId", group.company, "adoptionDate", "2026-09-01", "endDate", "2027-08-31")));
		assertThat(employee.<String>read("$.data.tradingPlanAdopt.tradingPlan.coolingOff.endDate"))
			.isEqualTo("2026-10-01");
		String employeePlan = employee.read("$.data.tradingPlanAdopt.tradingPlan.id");

		// the third quarter's 10-Q filed on Thursday 2026-11-05: two business days later
		// is
		// 2026-11-09, earlier than 90 days after adoption
		group.quarter(2026, 3, null, "2026-11-05");
		String read = "query($id: ID!) { node(id: $id) { ... on TradingPlan { coolingOff { endDate basis provisional } } } }";
		var ninety = this.api.post(group.olga, read, Map.of("id", officerPlan));
		assertThat(ninety.<String>read("$.data.node.coolingOff.endDate")).isEqualTo("2026-11-30");
		assertThat(ninety.<String>read("$.data.node.coolingOff.basis")).startsWith("director or officer: 90 days");
		// filed late: two business days after it would pass the limit, which stands
		group.quarter(2026, 3, null, "2027-01-08");
		var capped = this.api.post(group.olga, read, Map.of("id", officerPlan));
		assertThat(capped.<String>read("$.data.node.coolingOff.endDate")).isEqualTo("2026-12-30");
		assertThat(capped.<String>read("$.data.node.coolingOff.basis")).contains("beyond the limit of 120 days");

		// a trade under the plan during its cooling-off is not cleared; after it, it is
		Map<String, Object> underPlan = new HashMap<>(
				Map.of("securityId", group.company, "kind", "SELL", "quantity", "100", "planId", officerPlan));
		var cooling = group.submit(group.olga, underPlan);
		assertThat(cooling.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("DENIED");
		assertThat(cooling.<String>read("$.data.preClearanceSubmit.preClearance.answer")).startsWith(
				"Not cleared (COOLING_OFF): the plan adopted on 2026-09-01 is in its cooling-off period until 2026-12-30");
		this.clock.setTo(Instant.parse("2026-10-02T15:00:00Z"));
		var cleared = group.submit(group.erin, new HashMap<>(
				Map.of("securityId", group.company, "kind", "SELL", "quantity", "100", "planId", employeePlan)));
		assertThat(cleared.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("APPROVED");
		assertThat(cleared.<List<String>>read("$.data.preClearanceSubmit.preClearance.findings[*].rule"))
			.containsExactly("TRADING_PLAN");
		var traded = group.record(group.erin, Map.of("securityId", group.company, "kind", "SELL", "tradeDate",
				"2026-10-02", "quantity", "100", "planId", employeePlan));
		assertThat(traded.<Boolean>read("$.data.tradeRecord.trade.cleared")).isTrue();

		// another plan of Erin's that overlaps is refused, and nothing is stored
		var overlapping = this.api.post(group.erin, plan, Map.of("input",
				Map.of("securityId", group.company, "adoptionDate", "2026-10-01", "endDate", "2027-12-31")));
		assertThat(overlapping.<List<String>>read("$.data.tradingPlanAdopt.userErrors[0].field"))
			.containsExactly("input", "adoptionDate");
		assertThat(overlapping.<String>read("$.data.tradingPlanAdopt.userErrors[0].code"))
			.isEqualTo("OVERLAPPING_PLAN");
		assertThat(this.api.post(group.erin, "{ viewer { tradingPlans { edges { node { id } } } } }")
			.<List<String>>read("$.data.viewer.tradingPlans.edges[*].node.id")).containsExactly(employeePlan);
	}

	@Test
	void theRestrictedListDeniesAndTheWatchListFlagsForTheCfoAlone() {
		TradingGroup group = group();
		var restricted = this.api.post(group.carol, """
				mutation($input: TradingRestrictionAddInput!) { tradingRestrictionAdd(input: $input) {
				  tradingRestriction { id scope } userErrors { field code message } } }""",
				Map.of("input", Map.of("securityId", group.globex, "scope", "EVERYONE", "startDate", "2026-09-01",
						"endDate", "2026-09-30", "reason", "Supply contract talks")));
		assertThat(restricted.<List<?>>read("$.data.tradingRestrictionAdd.userErrors")).as(restricted.body()).isEmpty();
		var denied = group.submit(group.erin, group.globex, "BUY", "10");
		assertThat(denied.<String>read("$.data.preClearanceSubmit.preClearance.answer")).isEqualTo(
				"Not cleared (RESTRICTED_LIST): Globex Corp (GBX) is on the restricted list for everyone from 2026-09-01 until 2026-09-30.");
		this.clock.setTo(Instant.parse("2026-10-01T15:00:00Z"));
		assertThat(group.submit(group.erin, group.globex, "BUY", "10")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).as("after its last day")
			.isEqualTo("PENDING");
		this.clock.reset();

		this.api.post(group.carol,
				"""
						mutation($input: TradingRestrictionAddInput!) { tradingRestrictionAdd(input: $input) { userErrors { code } } }""",
				Map.of("input", Map.of("securityId", group.company, "scope", "NAMED_PEOPLE", "personIds",
						List.of(group.person("Sam Staff")), "startDate", "2026-09-01")));
		assertThat(group.submit(group.sam, group.company, "BUY", "10")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("DENIED");
		assertThat(group.submit(group.erin, group.company, "BUY", "10")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("PENDING");

		var watched = this.api.post(group.carol, """
				mutation($input: TradingWatchAddInput!) { tradingWatchAdd(input: $input) {
				  watchListEntry { id } userErrors { field code message } } }""", Map.of("input",
				Map.of("securityId", group.company, "startDate", "2026-09-01", "note", "Unusual volume")));
		String entry = watched.read("$.data.tradingWatchAdd.watchListEntry.id");
		var asked = group.submit(group.erin, group.company, "BUY", "20");
		assertThat(asked.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("PENDING");
		assertThat(asked.<List<String>>read("$.data.preClearanceSubmit.preClearance.findings[*].rule"))
			.containsExactly("PRE_CLEARANCE");
		assertThat(asked.body()).doesNotContain("Unusual").doesNotContain("WATCH");
		var cfo = group.read(group.carol, asked.read("$.data.preClearanceSubmit.preClearance.id"));
		assertThat(cfo.<List<String>>read("$.data.node.findings[*].rule")).containsExactly("WATCH_LIST",
				"PRE_CLEARANCE");
		assertThat(this.api.post(group.erin, "{ tradingWatchList { edges { node { id } } } }").firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(this.api.post(group.erin, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", entry))
			.<Object>readOrNull("$.data.node")).isNull();
		assertThat(this.api.post(group.carol, "{ tradingWatchList { edges { node { id note } } } }")
			.<List<String>>read("$.data.tradingWatchList.edges[*].node.note")).containsExactly("Unusual volume");
	}

	@Test
	void nobodyClearsTheirOwnRequestAndOnlyTheDeskAnswers() {
		TradingGroup group = group();
		String own = group.submitted(group.carol, group.globex, "BUY", "100");
		assertThat(group.decide(group.carol, own, "APPROVE").firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(group.read(group.carol, own).<String>read("$.data.node.status")).isEqualTo("PENDING");
		assertThat(group.decide(group.erin, own, "APPROVE").firstErrorCode()).as("not at the desk")
			.isEqualTo("FORBIDDEN");
		var byKim = group.decide(group.kim, own, "APPROVE");
		assertThat(byKim.<String>read("$.data.preClearanceDecide.preClearance.status")).isEqualTo("APPROVED");
		assertThat(byKim.<String>read("$.data.preClearanceDecide.preClearance.decidedBy.displayName"))
			.isEqualTo("Kim Cao");

		// a delegate the CFO/CAO names answers too, but never their own
		var settings = this.api.post(group.carol, """
				mutation($input: TradingSettingsUpdateInput!) { tradingSettingsUpdate(input: $input) {
				  tradingSettings { delegates { displayName } } userErrors { field code message } } }""",
				Map.of("input", Map.of("clearanceTradingDays", 2, "subjectScope", "EVERYONE", "delegatePersonIds",
						List.of(group.person("Sam Staff")), "blackoutStartDay", 15, "blackoutEndTradingDays", 2)));
		assertThat(settings.<List<String>>read("$.data.tradingSettingsUpdate.tradingSettings.delegates[*].displayName"))
			.containsExactly("Sam Staff");
		String erins = group.submitted(group.erin, group.globex, "BUY", "10");
		assertThat(
				group.decide(group.sam, erins, "APPROVE").<String>read("$.data.preClearanceDecide.preClearance.status"))
			.isEqualTo("APPROVED");
		String sams = group.submitted(group.sam, group.globex, "BUY", "10");
		assertThat(group.decide(group.sam, sams, "APPROVE").firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void thoseNotSubjectNeedNoClearanceUnlessARuleStandsInTheWay() {
		TradingGroup group = group();
		this.api.post(group.carol,
				"""
						mutation($input: TradingSettingsUpdateInput!) { tradingSettingsUpdate(input: $input) { userErrors { field code message } } }""",
				Map.of("input",
						Map.of("clearanceTradingDays", 2, "subjectScope", "NAMED_GROUPS", "subjectGroups",
								List.of(Map.of("name", "Finance", "departments", List.of("Finance"))),
								"blackoutStartDay", 15, "blackoutEndTradingDays", 2)));
		var erin = group.submit(group.erin, group.company, "BUY", "10");
		assertThat(erin.<String>read("$.data.preClearanceSubmit.preClearance.status")).isEqualTo("NOT_REQUIRED");
		assertThat(erin.<List<String>>read("$.data.preClearanceSubmit.preClearance.findings[*].rule"))
			.containsExactly("NOT_SUBJECT");
		assertThat(group.submit(group.sam, group.company, "BUY", "10")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).as("in Finance").isEqualTo("PENDING");
		assertThat(group.submit(group.dana, group.company, "BUY", "10")
			.<String>read("$.data.preClearanceSubmit.preClearance.status")).as("a director, always")
			.isEqualTo("PENDING");
		var trade = group.record(group.erin,
				Map.of("securityId", group.company, "kind", "BUY", "tradeDate", "2026-08-31", "quantity", "10"));
		assertThat(trade.<Boolean>read("$.data.tradeRecord.trade.flagged")).isFalse();
		assertThat(trade.<Boolean>read("$.data.tradeRecord.trade.cleared")).isTrue();
	}

	@Test
	void badInputIsRefusedByFieldAndNothingIsStored() {
		TradingGroup group = group();
		var unknown = group.submit(group.erin, group.person("Sam Staff"), "BUY", "10");
		assertThat(unknown.<List<String>>read("$.data.preClearanceSubmit.userErrors[0].field")).containsExactly("input",
				"securityId");
		assertThat(unknown.<String>read("$.data.preClearanceSubmit.userErrors[0].code")).isEqualTo("NOT_FOUND");
		for (String quantity : List.of("0", "-5")) {
			var response = group.submit(group.erin, group.company, "BUY", quantity);
			assertThat(response.<List<String>>read("$.data.preClearanceSubmit.userErrors[0].field"))
				.containsExactly("input", "quantity");
			assertThat(response.<String>read("$.data.preClearanceSubmit.userErrors[0].code")).isEqualTo("OUT_OF_RANGE");
		}
		assertThat(this.api.post(group.erin, "{ viewer { preClearances { edges { node { id } } } } }")
			.<List<?>>read("$.data.viewer.preClearances.edges")).isEmpty();

		String request = group.submitted(group.erin, group.globex, "BUY", "10");
		group.decide(group.carol, request, "APPROVE");
		var early = group.record(group.erin, Map.of("securityId", group.globex, "kind", "BUY", "tradeDate",
				"2026-08-31", "quantity", "10", "preClearanceId", request));
		assertThat(early.<List<String>>read("$.data.tradeRecord.userErrors[0].field")).containsExactly("input",
				"tradeDate");
		assertThat(early.<String>read("$.data.tradeRecord.userErrors[0].code")).isEqualTo("OUT_OF_RANGE");
		var zero = group.record(group.erin,
				Map.of("securityId", group.globex, "kind", "BUY", "tradeDate", "2026-09-01", "quantity", "0"));
		assertThat(zero.<String>read("$.data.tradeRecord.userErrors[0].code")).isEqualTo("OUT_OF_RANGE");
		assertThat(this.api.post(group.erin, "{ viewer { trades { edges { node { id } } } } }")
			.<List<?>>read("$.data.viewer.trades.edges")).isEmpty();

		var badIsin = this.api.post(group.carol, """
				mutation($input: TradingSecurityRegisterInput!) { tradingSecurityRegister(input: $input) {
				  tradingSecurity { id } userErrors { field code message } } }""", Map.of("input", Map.of("issuer",
				"COMPANY", "issuerName", "Acme", "exchange", "XXXX", "ticker", "ACME", "isin", "US0378331006")));
		assertThat(badIsin.<List<List<String>>>read("$.data.tradingSecurityRegister.userErrors[*].field"))
			.containsExactlyInAnyOrder(List.of("input", "exchange"), List.of("input", "isin"));
		assertThat(badIsin.<List<String>>read("$.data.tradingSecurityRegister.userErrors[*].code"))
			.containsExactlyInAnyOrder("UNKNOWN_EXCHANGE", "INVALID");
		assertThat(this.api.post(group.erin, "{ tradingSecurities { edges { node { ticker } } } }")
			.<List<String>>read("$.data.tradingSecurities.edges[*].node.ticker"))
			.containsExactlyInAnyOrder("ACME", "GBX");
	}

	@Test
	void aPageOfRequestsCostsTheSameCommandsWhateverItsSize() {
		TradingGroup group = group();
		for (int i = 0; i < 6; i++) {
			String request = group.submitted(group.erin, (i % 2 == 0) ? group.globex : group.company, "BUY", "1" + i);
			group.decide(group.carol, request, (i % 3 == 0) ? "DENY" : "APPROVE");
		}
		String page = """
				query($first: Int) { viewer { preClearances(first: $first) { edges { node { id status answer
				  requester { displayName } security { ticker counterparty { name } } decidedBy { displayName }
				  plan { id } deciderNote findings { rule } } } } } }""";
		this.commands.reset();
		var two = this.api.post(group.erin, page, Map.of("first", 2));
		int forTwo = this.commands.tenantCommands("conduct_t_").size();
		this.commands.reset();
		var six = this.api.post(group.erin, page, Map.of("first", 6));
		int forSix = this.commands.tenantCommands("conduct_t_").size();
		assertThat(two.hasErrors()).as(two.body()).isFalse();
		assertThat(six.<List<String>>read("$.data.viewer.preClearances.edges[*].node.requester.displayName")).hasSize(6)
			.containsOnly("Erin Employee");
		System.out.printf("Pre-clearance page: %d commands for 2 requests, %d for 6%n", forTwo, forSix);
		assertThat(forSix).isEqualTo(forTwo);
	}

	private static Map<String, Object> shape(GraphQlHttp.Response response) {
		Map<String, Object> node = new HashMap<>(response.<Map<String, Object>>read("$.data.node"));
		node.remove("id");
		node.remove("decidedAt");
		return node;
	}

	private static String localId(String globalId) {
		return io.conduct.platform.graphql.GlobalId.decode(globalId).orElseThrow().localId();
	}

	private List<Document> outbox(TradingGroup group, String kind) {
		return TenantContext.callAs(group.tenant, () -> this.tenantData
			.find(Query.query(Criteria.where("kind").is(kind)), Document.class, "notification_outbox"));
	}

}
