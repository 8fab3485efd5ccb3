package io.conduct.gifts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static io.conduct.gifts.GiftGroup.named;
import static io.conduct.gifts.GiftGroup.received;
import static io.conduct.gifts.GiftGroup.registered;
import static io.conduct.gifts.GiftGroup.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register over real HTTP: values converted with the group's rate table and compared
 * in the tenant's currency, the rate recorded; the group's totals added up across two
 * subsidiaries for the same human, a counterparty counting once; entertainment more
 * frequent than the limit flagged to the supervisor and the CFO/CAO; an entry of a member
 * of the family names them. Each test uses counterparties of its own.
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftRegisterApiTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	GiftGroup group;

	@BeforeAll
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new GiftGroup(this.api, this.registry, this.tenantData);
	}

	@Test
	void aDollarGiftInAEuroTenantIsComparedInEurosAtTheRateOfItsDayWithTheRateRecorded() {
		String supplier = this.group.counterparty("Dollar Supplies Inc.");
		// 60 USD: at 1.25 (from August) 48.00 EUR, of insignificant value; at 1.10 (July)
		// 54.55 EUR, above the 50 EUR
		Map<String, Object> august = this.group.recorded(this.group.erin,
				received("GIFT", registered(supplier), "2026-08-20", "60", "USD"));
		Map<String, Object> july = this.group.recorded(this.group.erin,
				received("GIFT", registered(supplier), "2026-07-20", "60", "USD"));

		assertThat(read(august, "$.evaluation.outcome")).isEqualTo("NO_ACTION");
		assertThat(read(august, "$.status")).isEqualTo("RECORDED");
		assertThat(amount(august, "$.valuation.tenantValue")).isEqualByComparingTo("48.00");
		assertThat(read(august, "$.valuation.tenantValue.currency")).isEqualTo("EUR");
		assertThat(read(august, "$.valuation.rates[0].effectiveDate")).isEqualTo("2026-08-01");
		assertThat(read(august, "$.valuation.rates[0].exchangeRateId")).asString().isNotBlank();
		assertThat(comparisons(august, "RECEIVED_NOT_INSIGNIFICANT"))
			.containsExactly("48.00 EUR (60.00 USD) ≤ 50.00 EUR, the insignificant value");

		assertThat(read(july, "$.evaluation.outcome")).isEqualTo("DISPOSE");
		assertThat(read(july, "$.status")).isEqualTo("DISPOSITION_DUE");
		assertThat(amount(july, "$.valuation.tenantValue")).isEqualByComparingTo("54.55");
		assertThat(amount(july, "$.valuation.groupValue")).isEqualByComparingTo("60.00");
		assertThat(read(july, "$.valuation.rates[0].effectiveDate")).isEqualTo("2026-01-01");
		assertThat(new BigDecimal(read(july, "$.valuation.rates[0].rate").toString())).isEqualByComparingTo("1.10");
		assertThat(comparisons(july, "RECEIVED_NOT_INSIGNIFICANT"))
			.containsExactly("54.55 EUR (60.00 USD) > 50.00 EUR, the insignificant value");
		assertThat(read(july, "$.disposition.dueDate")).isNotNull();
	}

	@Test
	void theSameHumansEntertainmentIsAddedUpAcrossTwoSubsidiariesAndTheFifthEventIsFlagged() {
		String caterer = this.group.counterparty("Festmahl Catering GmbH");
		for (String date : List.of("2026-03-02", "2026-05-04", "2026-07-06")) {
			this.group.recorded(this.group.erin, received("ENTERTAINMENT", registered(caterer), date, "80", "EUR"));
		}
		// the Japanese company names the same counterparty by its register's name: it
		// counts once
		Map<String, Object> fourth = this.group.recorded(this.group.erinJp, received("ENTERTAINMENT",
				named("Festmahl Catering GmbH", "BUSINESS_CONTACT"), "2026-08-03", "9000", "JPY"));
		assertThat(read(fourth, "$.counterparty.kind")).isEqualTo("REGISTERED");
		assertThat(read(fourth, "$.evaluation.outcome")).isEqualTo("NO_ACTION");
		assertThat(read(fourth, "$.totals.rolling12Months.entertainmentEvents")).isEqualTo(4);

		Map<String, Object> fifth = this.group.recorded(this.group.erin,
				received("ENTERTAINMENT", registered(caterer), "2026-08-31", "80", "EUR"));

		assertThat(read(fifth, "$.evaluation.outcome")).isEqualTo("FLAG");
		assertThat(read(fifth, "$.flagged")).isEqualTo(true);
		assertThat(read(fifth, "$.totals.rolling12Months.entertainmentEvents")).isEqualTo(5);
		assertThat(read(fifth, "$.totals.rolling12Months.companies")).asList().hasSize(2);
		assertThat(read(fifth, "$.totals.rolling12Months.companies[?(@.tenantKey == '" + this.group.jp.key()
				+ "')].entertainmentEvents"))
			.asList()
			.containsExactly(1);
		// each at the rate of its own day: 3 × 80 EUR at 1.10 = 264.00 USD, 80 EUR at
		// 1.25
		// (from August) = 100.00 USD, and 9,000 JPY at 0.0070 = 63.00 USD
		assertThat(amount(fifth, "$.totals.rolling12Months.value")).isEqualByComparingTo("427.00");
		assertThat(read(fifth, "$.totals.rolling12Months.value.currency")).isEqualTo("USD");
		assertThat(read(fifth, "$.totals.fiscalYear.fiscalYear")).isEqualTo(2026);
		assertThat(read(fifth, "$.totals.fiscalYear.entertainmentEvents")).isEqualTo(5);
		assertThat(comparisons(fifth, "ENTERTAINMENT_FREQUENCY")).singleElement()
			.asString()
			.startsWith("5 events of entertainment with Festmahl Catering GmbH from 2025-09-01 to 2026-08-31")
			.contains(this.group.de.key() + " 4", this.group.jp.key() + " 1")
			.endsWith("> 4, the limit of events in twelve months");
	}

	@Test
	void withoutAVerifiedAddressTheOtherCompanysEntriesAreNotAddedUp() {
		String hotel = this.group.counterparty("Grand Hotel Kobe");
		String unverified = io.conduct.testsupport.TestIssuer.get()
			.tokenWithClaims(this.group.jp.key(), "erin-jp",
					Map.of("name", "Erin Employee", "email", "erin@elsewhere.test", "email_verified", false),
					io.conduct.platform.security.Role.EMPLOYEE);
		this.group.recorded(unverified, received("ENTERTAINMENT", registered(hotel), "2026-08-03", "9000", "JPY"));

		Map<String, Object> german = this.group.recorded(this.group.erin,
				received("ENTERTAINMENT", registered(hotel), "2026-08-10", "80", "EUR"));

		assertThat(read(german, "$.totals.rolling12Months.entertainmentEvents")).isEqualTo(1);
		assertThat(read(german, "$.totals.rolling12Months.companies[*].tenantKey")).asList()
			.containsExactly(this.group.de.key());
	}

	@Test
	void entertainmentMoreFrequentThanTheLimitIsFlaggedToTheSupervisorAndTheCfoCaoAndDeclinedOffersDoNotCount() {
		String bank = this.group.counterparty("Hausbank eG");
		for (String date : List.of("2026-02-02", "2026-03-02", "2026-04-06", "2026-05-04")) {
			Map<String, Object> entry = this.group.recorded(this.group.erin,
					received("ENTERTAINMENT", registered(bank), date, "60", "EUR"));
			assertThat(read(entry, "$.evaluation.outcome")).isEqualTo("NO_ACTION");
		}
		Map<String, Object> declined = this.group.recorded(this.group.erin,
				with(received("ENTERTAINMENT", registered(bank), "2026-06-01", "60", "EUR"), "response", "DECLINED"));
		assertThat(read(declined, "$.totals.rolling12Months.entertainmentEvents")).isEqualTo(4);
		assertThat(read(declined, "$.evaluation.outcome")).isEqualTo("NO_ACTION");

		Map<String, Object> fifth = this.group.recorded(this.group.erin,
				received("ENTERTAINMENT", registered(bank), "2026-06-08", "60", "EUR"));

		assertThat(read(fifth, "$.evaluation.outcome")).isEqualTo("FLAG");
		assertThat(comparisons(fifth, "ENTERTAINMENT_FREQUENCY")).singleElement().asString().contains("5 events");
		assertThat(this.group.outbox(this.group.de, "gift.flagged", (String) fifth.get("id")))
			.containsExactlyInAnyOrder(this.group.local("Sam Supervisor"), this.group.local("Carol Cfo"),
					this.group.local("Kim Cfo"));
	}

	@Test
	void entertainmentAboveTheThresholdPerEventIsFlagged() {
		String agency = this.group.counterparty("Eventagentur Blitz");
		Map<String, Object> gala = this.group.recorded(this.group.erin,
				with(received("ENTERTAINMENT", registered(agency), "2026-08-28", "1200", "EUR"), "attendees", 4));

		assertThat(read(gala, "$.evaluation.outcome")).isEqualTo("FLAG");
		assertThat(read(gala, "$.attendees")).isEqualTo(4);
		assertThat(comparisons(gala, "ENTERTAINMENT_PER_EVENT"))
			.containsExactly("1200.00 EUR > 400.00 EUR, the threshold per event");
		assertThat(comparisons(gala, "ENTERTAINMENT_PER_PERSON"))
			.containsExactly("300.00 EUR per person (1200.00 EUR for 4) > 100.00 EUR, the threshold per person");
	}

	@Test
	void aGiftToAMemberOfTheImmediateFamilyNamesThemAndCountsAsTheEmployees() {
		String relativeDeclared = this.api
			.post(this.group.erin,
					"""
							mutation($p: ID!) { personRelativeDeclare(input: {personId: $p, relation: SPOUSE, name: "Eli Employee"}) {
							  person { relatives { id name } } userErrors { code message } } }""",
					Map.of("p", this.group.people.get("Erin Employee")))
			.read("$.data.personRelativeDeclare.person.relatives[0].id");
		String supplier = this.group.counterparty("Familienfreund AG");

		Map<String, Object> entry = this.group.recorded(this.group.erin, with(
				received("GIFT", registered(supplier), "2026-08-25", "200", "EUR"), "relativeId", relativeDeclared));

		assertThat(read(entry, "$.familyMember.name")).isEqualTo("Eli Employee");
		assertThat(read(entry, "$.familyMember.relation")).isEqualTo("SPOUSE");
		assertThat(read(entry, "$.recorder.displayName")).isEqualTo("Erin Employee");
		assertThat(read(entry, "$.evaluation.outcome")).isEqualTo("DISPOSE");
		var viewer = this.api.post(this.group.erin, "{ viewer { giftEntries(first: 100) { edges { node { id } } } } }");
		assertThat(viewer.<List<String>>read("$.data.viewer.giftEntries.edges[*].node.id"))
			.contains((String) entry.get("id"));
	}

	private static Object read(Map<String, Object> entry, String path) {
		return com.jayway.jsonpath.JsonPath.read(entry, path);
	}

	private static BigDecimal amount(Map<String, Object> entry, String path) {
		return new BigDecimal(read(entry, path + ".amount").toString());
	}

	private static List<Object> comparisons(Map<String, Object> entry, String rule) {
		return com.jayway.jsonpath.JsonPath.read(entry,
				"$.evaluation.findings[?(@.rule == '" + rule + "')].comparison");
	}

}
