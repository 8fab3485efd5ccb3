package io.conduct.gifts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
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
 * Bad input is refused by field with a code, and nothing is stored: negative, absurd or
 * over-precise amounts, currencies that are no money or have no rate, dates in the future
 * for something received, missing or unknown counterparties, text over its bound. The
 * thresholds are the CFO/CAO's, in the tenant's currency, audited; until set, the
 * defaults apply, converted.
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftInputTests {

	private static final String SETTINGS = """
			mutation($input: GiftSettingsUpdateInput!) { giftSettingsUpdate(input: $input) {
			  giftSettings { source insignificantValue { amount currency } entertainmentFrequency }
			  userErrors { field code message } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

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
	void badInputIsRefusedByFieldAndNothingIsStored() {
		Map<String, Object> good = received("GIFT", registered(this.group.nordwind), "2026-08-20", "40", "EUR");
		String unknownCounterparty = GlobalId.encode("Counterparty", UUID.randomUUID().toString());
		long before = this.group.entries(this.group.de);

		refused(with(good, "value", Map.of("amount", "-1", "currency", "EUR")), List.of("input", "value", "amount"),
				"OUT_OF_RANGE");
		refused(with(good, "value", Map.of("amount", "1234567890123456", "currency", "EUR")),
				List.of("input", "value", "amount"), "OUT_OF_RANGE");
		refused(with(good, "value", Map.of("amount", "20000000", "currency", "USD")),
				List.of("input", "value", "amount"), "OUT_OF_RANGE");
		refused(with(good, "value", Map.of("amount", "10.001", "currency", "EUR")), List.of("input", "value", "amount"),
				"INVALID");
		refused(with(good, "value", Map.of("amount", "1", "currency", "XAU")), List.of("input", "value", "currency"),
				"INVALID");
		refused(with(good, "value", Map.of("amount", "100", "currency", "CHF")), List.of("input", "value", "currency"),
				"NO_EXCHANGE_RATE");
		refused(with(good, "value", null), List.of("input", "value"), "REQUIRED");
		refused(with(good, "date", "2026-09-02"), List.of("input", "date"), "OUT_OF_RANGE");
		refused(with(good, "date", "2015-01-01"), List.of("input", "date"), "OUT_OF_RANGE");
		refused(with(good, "counterparty", null), List.of("input", "counterparty"), "REQUIRED");
		refused(with(good, "counterparty", registered(unknownCounterparty)),
				List.of("input", "counterparty", "counterpartyId"), "NOT_FOUND");
		refused(with(good, "counterparty", Map.of("name", "Someone")), List.of("input", "counterparty", "kind"),
				"REQUIRED");
		refused(with(good, "counterparty", named("N".repeat(201), "BUSINESS_CONTACT")),
				List.of("input", "counterparty", "name"), "TOO_LONG");
		refused(with(good, "description", " "), List.of("input", "description"), "REQUIRED");
		refused(with(good, "description", "d".repeat(2001)), List.of("input", "description"), "TOO_LONG");
		refused(with(good, "attendees", 3), List.of("input", "attendees"), "INVALID");
		refused(with(good, "kind", "ENTERTAINMENT", "attendees", 0), List.of("input", "attendees"), "OUT_OF_RANGE");
		refused(with(good, "companyFunds", true), List.of("input", "companyFunds"), "INVALID");
		refused(with(good, "relativeId", GlobalId.encode("Relative", "someone-else/1")), List.of("input", "relativeId"),
				"NOT_FOUND");

		// not a currency at all: the Currency scalar refuses it before anything runs
		var euro = this.group.record(this.group.erin, with(good, "value", Map.of("amount", "1", "currency", "EURO")));
		assertThat(euro.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(euro.firstErrorMessage()).contains("EURO");

		assertThat(this.group.entries(this.group.de)).as("nothing stored").isEqualTo(before);
		// a planned gift may be dated ahead; something received may not
		assertThat(this.group
			.recorded(this.group.erin,
					with(good, "direction", "GIVEN", "response", "OFFERED", "date", "2026-10-01", "counterparty",
							named("Kleinkunde GmbH", "BUSINESS_CONTACT")))
			.get("status")).isEqualTo("RECORDED");
	}

	@Test
	void theThresholdsAreTheCfoCaosInTheTenantsCurrencyAndAudited() {
		Map<String, Object> input = Map.of("insignificantValue", Map.of("amount", "60", "currency", "EUR"),
				"entertainmentPerPerson", Map.of("amount", "120", "currency", "EUR"), "entertainmentPerEvent",
				Map.of("amount", "500", "currency", "EUR"), "entertainmentFrequency", 6, "dispositionDueBusinessDays",
				3);

		assertThat(this.api.post(this.group.erin, SETTINGS, Map.of("input", input)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		var wrong = this.api.post(this.group.carol, SETTINGS,
				Map.of("input",
						with(input, "insignificantValue", Map.of("amount", "60", "currency", "USD"),
								"entertainmentPerPerson", Map.of("amount", "900", "currency", "EUR"),
								"entertainmentFrequency", 0)));
		assertThat(wrong.<List<List<String>>>read("$.data.giftSettingsUpdate.userErrors[*].field")).containsOnly(
				List.of("input", "insignificantValue", "currency"), List.of("input", "entertainmentPerPerson"),
				List.of("input", "entertainmentFrequency"));

		var set = this.api.post(this.group.carol, SETTINGS, Map.of("input", input));
		assertThat(set.<Integer>read("$.data.giftSettingsUpdate.giftSettings.entertainmentFrequency")).isEqualTo(6);
		var read = this.api.post(this.group.erin, "{ giftSettings { source insignificantValue { amount currency } } }");
		assertThat(read.<String>read("$.data.giftSettings.source")).isEqualTo("TENANT");
		assertThat(read.<String>read("$.data.giftSettings.insignificantValue.currency")).isEqualTo("EUR");
		List<AuditEntry> trail = TenantContext.callAs(this.group.de,
				() -> this.audit.findByTarget("GiftSettings", GiftSettings.ID));
		assertThat(trail).first().satisfies((entry) -> {
			assertThat(entry.actorSubject()).isEqualTo("carol");
			assertThat(entry.details().get("before")).contains("insignificant 50.00 EUR");
			assertThat(entry.details().get("after")).contains("insignificant 60.00 EUR", "6 events");
		});
		this.group.settings(this.group.carol, "50", "100", "400", "EUR");
	}

	@Test
	void untilTheCfoCaoSetsThemTheDefaultsApplyConvertedIntoTheTenantsCurrency() {
		Instant now = TestClock.START;
		String key = TestTenants.uniqueKey("gft-fr");
		this.registry.save(new Tenant(key, new Tenant.Profile("Company " + key, this.group.top.key(), "FR", List.of()),
				new Tenant.Regional("fr-FR", "Europe/Paris", "EUR", "eu"),
				new Tenant.Fiscal(1, Money.of("1000000", "EUR")),
				new Tenant.Access(TestIssuer.get().issuerFor(key), UUID.randomUUID().toString()),
				new Tenant.Lifecycle(TenantStatus.ACTIVE, now, now)));
		String employee = TestIssuer.get().token(key, "marie", Role.EMPLOYEE);

		var read = this.api.post(employee, "{ giftSettings { source insignificantValue { amount currency } "
				+ "entertainmentPerEvent { amount } entertainmentFrequency dispositionDueBusinessDays } }");

		// 100 USD at 1.25 USD per EUR (in force on 1 September 2026)
		assertThat(read.<String>read("$.data.giftSettings.source")).isEqualTo("DEFAULTS");
		assertThat(new java.math.BigDecimal(read.read("$.data.giftSettings.insignificantValue.amount").toString()))
			.isEqualByComparingTo("80.00");
		assertThat(read.<Integer>read("$.data.giftSettings.entertainmentFrequency")).isEqualTo(4);
		assertThat(read.<Integer>read("$.data.giftSettings.dispositionDueBusinessDays")).isEqualTo(5);
	}

	private void refused(Map<String, Object> input, List<String> field, String code) {
		var response = this.group.record(this.group.erin, input);
		assertThat(response.<Object>readOrNull("$.data.giftRecord.giftEntry")).as(response.body()).isNull();
		assertThat(response.<List<Map<String, Object>>>read("$.data.giftRecord.userErrors")).as(response.body())
			.anySatisfy((error) -> {
				assertThat(error.get("field")).isEqualTo(field);
				assertThat(error.get("code")).isEqualTo(code);
			});
	}

}
