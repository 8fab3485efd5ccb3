package io.conduct.waivers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public-disclosure clock of a waiver the Board granted: due four business days after
 * the decision, counted for a US listing in the SEC's business days (Exchange Act Rule
 * 0-3: every day but Saturdays, Sundays and US federal holidays), for another listing in
 * its country's public holidays; a count that leaves the loaded years is an error.
 */
@ConductIntegrationTest
class DisclosureClockTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aWaiverGrantedOnTheThursdayBeforeLaborDayIsDueTheThursdayAfter() {
		var clock = grantedOn(nasdaqGroup(), LocalDate.of(2026, 9, 3));

		assertThat(clock.<String>read("dueDate")).isEqualTo("2026-09-10");
		assertThat(clock.<List<String>>read("skippedHolidays[*].name")).containsExactly("Labor Day");
		assertThat(clock.<String>read("rule")).isEqualTo("SEC_FORM_8K_ITEM_5_05");
		assertThat(clock.<String>read("calendarId")).isEqualTo("US");
		assertThat(clock.<String>read("listingExchange")).isEqualTo("XNAS");
		assertThat(clock.<String>read("timeZone")).isEqualTo("America/New_York");
		assertThat(clock.<Integer>read("businessDays")).isEqualTo(4);
		assertThat(clock.<String>read("explanation")).contains("Due Thursday 2026-09-10",
				"Labor Day (Monday 2026-09-07)", "United States (federal holidays)", "Nasdaq Stock Market (XNAS)",
				"Rule 0-3");
	}

	@Test
	void theSameOnTheFridayIsDueTheFridayAfter() {
		var clock = grantedOn(nasdaqGroup(), LocalDate.of(2026, 9, 4));

		assertThat(clock.<String>read("dueDate")).isEqualTo("2026-09-11");
		assertThat(clock.<List<String>>read("skippedHolidays[*].name")).containsExactly("Labor Day");
	}

	@Test
	void aWaiverGrantedTheThursdayBeforeThanksgivingWeekIsDueBeforeThanksgivingAndOnTheFridayAfterIt() {
		WaiverFixture group = nasdaqGroup();
		var thursday = grantedOn(group, LocalDate.of(2026, 11, 19));
		var friday = grantedOn(group, LocalDate.of(2026, 11, 20));

		assertThat(thursday.<String>read("dueDate")).isEqualTo("2026-11-25");
		assertThat(thursday.<List<String>>read("skippedHolidays")).isEmpty();
		assertThat(friday.<String>read("dueDate")).isEqualTo("2026-11-27");
		assertThat(friday.<List<String>>read("skippedHolidays[*].date")).containsExactly("2026-11-26");
	}

	@Test
	void theSecCountsGoodFridayAsABusinessDayThoughTheExchangeIsClosed() {
		var clock = grantedOn(nasdaqGroup(), LocalDate.of(2026, 4, 2));

		// the exchange's trading days would give Thursday 2026-04-09
		assertThat(clock.<String>read("dueDate")).isEqualTo("2026-04-08");
	}

	@Test
	void aGroupListedOutsideTheUnitedStatesCountsItsExchangesCountrysHolidays() {
		WaiverFixture group = group(null);
		var clock = grantedOn(group, LocalDate.of(2026, 12, 24));

		assertThat(clock.<String>read("rule")).isEqualTo("LISTING_COUNTRY_BUSINESS_DAYS");
		assertThat(clock.<String>read("listingExchange")).isEqualTo("XETR");
		assertThat(clock.<String>read("calendarId")).isEqualTo("DE");
		assertThat(clock.<String>read("dueDate")).isEqualTo("2026-12-31");
		assertThat(clock.<String>read("timeZone")).isEqualTo("Europe/Berlin");
	}

	@Test
	void aDecisionInAYearTheCalendarHasNotLoadedIsAnErrorAndStoresNothing() {
		WaiverFixture group = nasdaqGroup();
		for (LocalDate day : List.of(LocalDate.of(2029, 1, 4), LocalDate.of(2028, 12, 28))) {
			at(day);
			String id = group.submitted("dana", "gifts-and-gratuities");
			group.refer("carol", id);

			var refused = group.boardDecide("bo", id, "APPROVE", day, List.of("Bo Board", "Ari Audit"), List.of(),
					null);

			assertThat(refused.<String>read("$.data.waiverBoardDecide.userErrors[0].code"))
				.isEqualTo("CALENDAR_YEAR_NOT_LOADED");
			assertThat(refused.<List<String>>read("$.data.waiverBoardDecide.userErrors[0].field"))
				.containsExactly("input", "resolution", "resolutionDate");
			assertThat(group.status("carol", id)).isEqualTo("AWAITING_BOARD");
		}
		assertThat(group.count("public_disclosure_clocks")).isZero();
	}

	@Test
	void theClockIsVisibleToTheCfoCaoTheBoardAndTheAuditCommitteeWithItsOverdueState() {
		WaiverFixture group = nasdaqGroup();
		grantedOn(group, LocalDate.of(2026, 9, 3));
		String list = """
				query($f: PublicDisclosureClockFilter) { publicDisclosureClocks(filter: $f) { edges { node {
				  subject dueDate overdue status person { displayName } waiverRequest { number } } } } }""";

		for (String reader : List.of("carol", "bo", "ari")) {
			var clocks = group.post(group.token(reader), list, Map.of());
			assertThat(clocks.<List<String>>read("$.data.publicDisclosureClocks.edges[*].node.dueDate")).as(reader)
				.containsExactly("2026-09-10");
			assertThat(clocks.<List<Boolean>>read("$.data.publicDisclosureClocks.edges[*].node.overdue"))
				.containsExactly(false);
		}
		for (String other : List.of("erin", "sam", "cole")) {
			assertThat(group.post(group.token(other), list, Map.of()).firstErrorCode()).as(other)
				.isEqualTo("FORBIDDEN");
		}

		at(LocalDate.of(2026, 9, 11));
		var late = group.post(group.token("ari"), list, Map.of("f", Map.of("overdue", true)));
		assertThat(late.<List<Boolean>>read("$.data.publicDisclosureClocks.edges[*].node.overdue"))
			.containsExactly(true);
		assertThat(late.<List<String>>read("$.data.publicDisclosureClocks.edges[*].node.person.displayName"))
			.containsExactly("Dana Director");
		assertThat(group.post(group.token("ari"), list, Map.of("f", Map.of("overdue", false)))
			.<List<?>>read("$.data.publicDisclosureClocks.edges")).isEmpty();
	}

	private WaiverFixture nasdaqGroup() {
		return group("XNAS");
	}

	private WaiverFixture group(String listing) {
		return new WaiverFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "wvc", listing);
	}

	/** Dana's request granted by the Board on the day (the clock set to that day). */
	private Clock grantedOn(WaiverFixture group, LocalDate day) {
		at(day);
		var granted = group.grantedByTheBoard("dana", day);
		assertThat(granted.<List<?>>read("$.data.waiverBoardDecide.userErrors")).as(granted.body()).isEmpty();
		assertThat(granted.<String>read("$.data.waiverBoardDecide.waiverRequest.disclosureClock.decisionDate"))
			.isEqualTo(day.toString());
		return new Clock(granted);
	}

	private void at(LocalDate day) {
		this.clock.setTo(day.atTime(LocalTime.of(15, 0)).atZone(NEW_YORK).toInstant());
	}

	/** The clock of a granted waiver, read from the decision's payload. */
	record Clock(GraphQlHttp.Response response) {

		<T> T read(String field) {
			return this.response.read("$.data.waiverBoardDecide.waiverRequest.disclosureClock." + field);
		}

	}

}
