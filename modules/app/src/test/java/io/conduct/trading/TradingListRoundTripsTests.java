package io.conduct.trading;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.RoundTrips;
import io.conduct.testsupport.RoundTrips.Measured;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of the trading desk, with what its screen shows (people, securities and
 * their counterparties, clearances, plans), costs the same database commands for a page
 * of 2 as for a page of 6: one per kind of record it touches, and the audit write where
 * the list is audited.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradingListRoundTripsTests {

	private static final String[] ISINS = { "US5949181045", "US02079K3059", "US0231351067", "US88160R1014" };

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	TradingGroup group;

	@BeforeAll
	void aDeskWithSixOfEverything() {
		this.api = new GraphQlHttp(this.port);
		this.group = new TradingGroup(this.api, this.registry, this.tenantData, 1);
		this.group.quarter(2026, 2, "2026-07-28", "2026-08-05");
		for (int i = 0; i < ISINS.length; i++) {
			var counterparty = this.api.post(this.group.carol, """
					mutation($input: CounterpartyRegisterInput!) { counterpartyRegister(input: $input) {
					  counterparty { id } userErrors { field code message } } }""",
					Map.of("input", Map.of("name", "Supplier " + i, "kinds", List.of("SUPPLIER"), "ownership",
							"PUBLICLY_HELD", "outstandingShares", "1000000")));
			this.group.security(Map.of("issuer", "COUNTERPARTY", "counterpartyId",
					counterparty.read("$.data.counterpartyRegister.counterparty.id"), "exchange", "XNYS", "ticker",
					"SUP" + i, "isin", ISINS[i]));
		}
		List<String> traders = List.of(this.group.erin, this.group.sam, this.group.dana);
		for (int i = 0; i < 6; i++) {
			// a minute apart, cleared and not in turn: every page shows both kinds
			this.clock.advance(Duration.ofMinutes(1));
			String trader = traders.get(i % traders.size());
			String security = (i % 2 == 0) ? this.group.globex : this.group.company;
			var recorded = (i % 2 == 0)
					? this.group.record(trader,
							Map.of("securityId", security, "kind", "BUY", "tradeDate", "2026-09-01", "quantity",
									"1" + i, "preClearanceId", this.cleared(trader, security, "1" + i)))
					: this.group.record(trader, Map.of("securityId", security, "kind", "SELL", "tradeDate",
							"2026-08-2" + i, "quantity", "1" + i));
			assertThat(recorded.<Object>readOrNull("$.data.tradeRecord.trade.id")).as(recorded.body()).isNotNull();
		}
		for (String person : List.of(this.group.erin, this.group.sam, this.group.olga, this.group.chris,
				this.group.dana, this.group.kim)) {
			var adopted = this.api.post(person, """
					mutation($input: TradingPlanAdoptInput!) { tradingPlanAdopt(input: $input) {
					  tradingPlan { id } userErrors { field code message } } }""",
					Map.of("input", Map.of("securityId", this.group.company, "adoptionDate", "2026-09-01", "endDate",
							"2027-08-31", "description", "Quarterly sales")));
			assertThat(adopted.<Object>readOrNull("$.data.tradingPlanAdopt.tradingPlan.id")).as(adopted.body())
				.isNotNull();
		}
		List<String> named = List.of(this.group.person("Erin Employee"), this.group.person("Sam Staff"));
		for (int i = 0; i < 6; i++) {
			String security = (i % 2 == 0) ? this.group.globex : this.group.company;
			var restricted = this.api.post(this.group.carol, """
					mutation($input: TradingRestrictionAddInput!) { tradingRestrictionAdd(input: $input) {
					  tradingRestriction { id } userErrors { field code message } } }""",
					Map.of("input", Map.of("securityId", security, "scope", "NAMED_PEOPLE", "personIds", named,
							"startDate", "2026-09-01", "reason", "Talks " + i)));
			assertThat(restricted.<Object>readOrNull("$.data.tradingRestrictionAdd.tradingRestriction.id"))
				.as(restricted.body())
				.isNotNull();
			var watched = this.api.post(this.group.carol, """
					mutation($input: TradingWatchAddInput!) { tradingWatchAdd(input: $input) {
					  watchListEntry { id } userErrors { field code message } } }""",
					Map.of("input", Map.of("securityId", security, "startDate", "2026-09-01", "note", "Watch " + i)));
			assertThat(watched.<Object>readOrNull("$.data.tradingWatchAdd.watchListEntry.id")).as(watched.body())
				.isNotNull();
			var opened = this.api.post(this.group.carol, """
					mutation($input: TradingEventWindowOpenInput!) { tradingEventWindowOpen(input: $input) {
					  eventWindow { id } userErrors { field code message } } }""",
					Map.of("input",
							Map.of("name", "Project " + i, "personIds",
									List.of(this.group.person("Sam Staff"), this.group.person("Olga Officer")),
									"securityIds", List.of(this.group.globex))));
			assertThat(opened.<Object>readOrNull("$.data.tradingEventWindowOpen.eventWindow.id")).as(opened.body())
				.isNotNull();
		}
	}

	@AfterAll
	void resetTheClock() {
		this.clock.reset();
	}

	private String cleared(String trader, String security, String quantity) {
		String request = this.group.submitted(trader, security, "BUY", quantity);
		this.group.decide(this.group.carol, request, "APPROVE");
		return request;
	}

	@Test
	void theSecuritiesCostTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { tradingSecurities(first: $first) { edges { cursor node { id issuer issuerName
				  exchange ticker isin counterparty { id name kinds ownership } } } pageInfo { hasNextPage } } }""";
		Measured small = page(this.group.erin, query, 2);
		Measured large = page(this.group.erin, query, 6);
		assertThat(large.response().<List<String>>read("$.data.tradingSecurities.edges[*].node.ticker")).hasSize(6);
		assertThat(large.response().<List<String>>read("$.data.tradingSecurities.edges[*].node.counterparty.name"))
			.hasSize(5);
		RoundTrips.assertFlat("tradingSecurities", small, large);
	}

	@Test
	void theTradesCostTheSameForTwoAsForSixAndTheirReadIsAudited() {
		String query = """
				query($first: Int) { trades(first: $first) { edges { node { id kind tradeDate quantity
				  price { amount currency } cleared flagged form4Due findings { rule effect }
				  trader { displayName } security { ticker counterparty { name } }
				  preClearance { id status requester { displayName } decidedBy { displayName } } plan { id } } } } }""";
		Measured small = page(this.group.carol, query, 2);
		Measured large = page(this.group.carol, query, 6);
		assertThat(large.response().<List<String>>read("$.data.trades.edges[*].node.trader.displayName")).hasSize(6)
			.doesNotContainNull();
		assertThat(
				large.response().<List<String>>read("$.data.trades.edges[*].node.preClearance.decidedBy.displayName"))
			.hasSize(3)
			.containsOnly("Carol Cfo");
		// people: the desk's own entry, the traders, and the requesters and deciders of
		// the clearances (one query per level of the response)
		RoundTrips.assertFlat("trades", small, large, Map.of("find people", 3));
		assertThat(large.auditWrites()).as("the trades read are audited, in one write").isEqualTo(1);
	}

	@Test
	void thePlansCostTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { tradingPlans(first: $first) { edges { node { id adoptionDate endDate status
				  description person { displayName } security { ticker }
				  coolingOff { endDate firstTradeDate basis provisional } } } } }""";
		Measured small = page(this.group.carol, query, 2);
		Measured large = page(this.group.carol, query, 6);
		assertThat(large.response().<List<String>>read("$.data.tradingPlans.edges[*].node.person.displayName"))
			.hasSize(6)
			.doesNotContainNull();
		RoundTrips.assertFlat("tradingPlans", small, large);
	}

	@Test
	void theRestrictedListCostsTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { tradingRestrictions(first: $first) { edges { node { id scope startDate endDate
				  reason addedAt people { displayName } security { ticker counterparty { name } } } } } }""";
		Measured small = page(this.group.carol, query, 2);
		Measured large = page(this.group.carol, query, 6);
		assertThat(
				large.response().<List<String>>read("$.data.tradingRestrictions.edges[*].node.people[*].displayName"))
			.hasSize(12)
			.containsOnly("Erin Employee", "Sam Staff");
		RoundTrips.assertFlat("tradingRestrictions", small, large);
	}

	@Test
	void theWatchListCostsTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { tradingWatchList(first: $first) { edges { node { id startDate endDate note addedAt
				  security { ticker issuerName counterparty { name } } } } } }""";
		Measured small = page(this.group.carol, query, 2);
		Measured large = page(this.group.carol, query, 6);
		assertThat(large.response().<List<String>>read("$.data.tradingWatchList.edges[*].node.security.ticker"))
			.hasSize(6);
		RoundTrips.assertFlat("tradingWatchList", small, large);
	}

	@Test
	void theEventWindowsCostTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { tradingEventWindows(first: $first) { edges { node { id name open openedAt closedAt
				  people { displayName } securities { ticker counterparty { name } } } } } }""";
		Measured small = page(this.group.carol, query, 2);
		Measured large = page(this.group.carol, query, 6);
		assertThat(
				large.response().<List<String>>read("$.data.tradingEventWindows.edges[*].node.people[*].displayName"))
			.hasSize(12)
			.containsOnly("Sam Staff", "Olga Officer");
		RoundTrips.assertFlat("tradingEventWindows", small, large);
	}

	private Measured page(String token, String query, int first) {
		return RoundTrips.measure(this.commands, () -> this.api.post(token, query, Map.of("first", first)));
	}

}
