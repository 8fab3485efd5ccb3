package io.conduct.disclosures;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.code.CodeLibrary;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.RoundTrips;
import io.conduct.testsupport.RoundTrips.Measured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group's counterparty register (with each counterparty's significance and its
 * payments), its exchange rates and the Board's conflict rules cost the same database
 * commands for a page of 2 as for a page of 6.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureListRoundTripsTests {

	private static final List<String> CURRENCIES = List.of("EUR", "JPY", "GBP", "CHF", "CAD", "AUD");

	@Autowired
	TenantRegistry registry;

	@Autowired
	CodeLibrary code;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	DisclosureGroup group;

	@BeforeAll
	void aRegisterOfSix() {
		this.api = new GraphQlHttp(this.port);
		this.group = new DisclosureGroup(this.api, this.registry, this.code, this.tenantData);
		for (String currency : CURRENCIES) {
			assertThat(this.group.rate(currency, "2026-01-01", "1.1")).isNotNull();
		}
		for (int i = 0; i < 6; i++) {
			String counterparty = this.group.counterparty("Counterparty " + i, List.of("SUPPLIER", "CUSTOMER"),
					"PUBLICLY_HELD", "1000000");
			for (String direction : List.of("TO_COMPANY", "BY_COMPANY")) {
				var paid = this.group.pay(this.group.deCfo, counterparty, 2026, direction, "1000" + i, "EUR");
				assertThat(paid.<List<?>>read("$.data.counterpartyPaymentRecord.userErrors")).as(paid.body()).isEmpty();
			}
			String disclosure = this.group.submitted(this.group.dana,
					Map.of("kind", "OTHER_ACTIVITY", "description", "Activity number " + i + " of mine"));
			var determined = this.group.determine(this.group.bo,
					Map.of("disclosureId", disclosure, "decision", "CONFLICT", "reasons", "It uses the Company's time",
							"tenantRule", Map.of("title", "Activity " + i, "terms", List.of("activity number " + i))));
			assertThat(determined.<Object>readOrNull("$.data.disclosureDetermine.conflictRule.id"))
				.as(determined.body())
				.isNotNull();
		}
	}

	@Test
	void theCounterpartiesWithSignificanceAndPaymentsCostTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { counterparties(first: $first) { edges { cursor node { id name externalId kinds
				  ownership outstandingShares lastFiscalYearRevenue { amount currency }
				  significance { significantSupplier significantCustomer tests { definition percent significant comparison }
				    ratesUsed { currency rate effectiveDate } }
				  payments(first: 5) { edges { node { id tenantKey fiscalYear direction amount { amount currency } } } } } }
				  pageInfo { hasNextPage } } }""";
		Measured small = page(this.group.deCfo, query, 2);
		Measured large = page(this.group.deCfo, query, 6);
		assertThat(large.response().<List<String>>read("$.data.counterparties.edges[*].node.name")).hasSize(6);
		assertThat(large.response().<List<String>>read("$.data.counterparties.edges[*].node.payments.edges[*].node.id"))
			.as("each counterparty's payments by the German company")
			.hasSize(12);
		assertThat(large.response().<List<Object>>read("$.data.counterparties.edges[*].node.significance")).hasSize(6)
			.doesNotContainNull();
		// payments: every payment of the page's counterparties for their significance,
		// and
		// the pages of payments shown (one data loader for all the counterparties)
		RoundTrips.assertFlat("counterparties", small, large, Map.of("find counterparty_payments", 2));
	}

	@Test
	void theExchangeRatesCostTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { exchangeRates(first: $first) { edges { cursor node { id currency groupCurrency rate
				  effectiveDate recordedAt } } pageInfo { hasNextPage } } }""";
		Measured small = page(this.group.deCfo, query, 2);
		Measured large = page(this.group.deCfo, query, 6);
		assertThat(large.response().<List<String>>read("$.data.exchangeRates.edges[*].node.currency"))
			.containsExactlyInAnyOrderElementsOf(CURRENCIES);
		RoundTrips.assertFlat("exchangeRates", small, large);
	}

	@Test
	void theConflictRulesCostTheSameForTwoAsForSix() {
		String query = """
				query($first: Int) { conflictRules(first: $first) { edges { cursor node { id title terms declaredAt } }
				  pageInfo { hasNextPage } } }""";
		Measured small = page(this.group.bo, query, 2);
		Measured large = page(this.group.bo, query, 6);
		assertThat(large.response().<List<String>>read("$.data.conflictRules.edges[*].node.title")).hasSize(6);
		RoundTrips.assertFlat("conflictRules", small, large);
	}

	private Measured page(String token, String query, int first) {
		return RoundTrips.measure(this.commands, () -> this.api.post(token, query, Map.of("first", first)));
	}

}
