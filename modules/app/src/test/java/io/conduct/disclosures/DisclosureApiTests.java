package io.conduct.disclosures;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.code.CodeLibrary;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.money.Money;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosures over real HTTP: the group's payments summed across subsidiaries and
 * currencies, re-evaluation at once when a payment or the group's revenue changes, the
 * Board's route for executive officers and directors, nobody involved determining,
 * need-to-know reads with audit, and bad input refused by field with nothing stored.
 */
@ConductIntegrationTest
class DisclosureApiTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	CodeLibrary code;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	DisclosureGroup group;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new DisclosureGroup(this.api, this.registry, this.code, this.tenantData);
	}

	@Test
	void twoSubsidiariesInTwoCurrenciesMakeASupplierSignificantAndTheDisclosureIsReevaluatedAtOnce() {
		this.group.rate("EUR", "2025-12-31", "1.10");
		this.group.rate("JPY", "2025-06-30", "0.0070");
		String nordwind = this.group.counterparty("Nordwind AG", List.of("SUPPLIER"), "PUBLICLY_HELD", "1000000");
		String disclosure = this.group.submitted(this.group.erin,
				Map.of("kind", "FINANCIAL_INTEREST", "counterpartyId", nordwind, "percentOfOutstandingShares", "1.5"));
		assertThat(this.group.outcome(this.group.erin, disclosure)).isEqualTo("PERMITTED");

		// 3,000,000 EUR at 1.10 = 3,300,000 USD: 3.3% of the group's 100,000,000 USD
		var german = this.group.pay(this.group.deCfo, nordwind, 2025, "BY_COMPANY", "3000000", "EUR");
		assertThat(
				german.<Boolean>read("$.data.counterpartyPaymentRecord.counterparty.significance.significantSupplier"))
			.isFalse();
		assertThat(this.group.outcome(this.group.erin, disclosure)).isEqualTo("PERMITTED");
		// 300,000,000 JPY at 0.0070 = 2,100,000 USD: together 5.4% > 5%
		var japanese = this.group.pay(this.group.jpCfo, nordwind, 2025, "BY_COMPANY", "300000000", "JPY");
		assertThat(japanese.<Integer>read("$.data.counterpartyPaymentRecord.reevaluated")).isEqualTo(1);

		var read = this.group.read(this.group.erin, disclosure);
		assertThat(read.<String>read("$.data.node.evaluation.outcome")).isEqualTo("PROHIBITED");
		assertThat(read.<String>read("$.data.node.evaluation.trigger")).isEqualTo("PAYMENT_CHANGED");
		assertThat(read.<List<String>>read("$.data.node.evaluation.findings[?(@.applies == true)].comparison"))
			.contains("1.5% of Nordwind AG, a publicly-held significant supplier ≥ 1%");
		assertThat(read.<List<String>>read("$.data.node.evaluation.significance.tests[*].comparison"))
			.contains("payments by the Company in the last full fiscal year 2025: 5.4% of the group's revenue > 5%");
		assertThat(read.<List<String>>read("$.data.node.evaluation.significance.ratesUsed[*].currency"))
			.containsExactlyInAnyOrder("EUR", "JPY");
		assertThat(
				read.<List<Object>>read("$.data.node.evaluation.significance.ratesUsed[?(@.currency == 'EUR')].rate"))
			.singleElement()
			.satisfies((rate) -> assertThat(new java.math.BigDecimal(rate.toString())).isEqualByComparingTo("1.10"));
		// the determiner, the CFO/CAO of the discloser's company, is told
		assertThat(outbox(this.group.de, "disclosure.reevaluated")).extracting((d) -> d.getString("recipientPersonId"))
			.containsExactlyInAnyOrder(GlobalId.localIdOf(this.group.people.get("Carol Cfo"), "Person").orElseThrow(),
					GlobalId.localIdOf(this.group.people.get("Kim Kin"), "Person").orElseThrow());
	}

	@Test
	void exactlyFivePercentIsNotSignificantAndAPaymentChangeAboveItReevaluates() {
		String supplier = this.group.counterparty("Exacta Inc.", List.of("SUPPLIER"), "PRIVATELY_HELD", null);
		String disclosure = this.group.submitted(this.group.erin,
				Map.of("kind", "SERVICE", "counterpartyId", supplier, "capacity", "CONSULTANT"));

		this.group.pay(this.group.groupCfo, supplier, 2026, "BY_COMPANY", "5000000", "USD");
		assertThat(this.group.outcome(this.group.erin, disclosure)).as("exactly 5%").isEqualTo("PERMITTED");

		var above = this.group.pay(this.group.groupCfo, supplier, 2026, "BY_COMPANY", "5000000.01", "USD");
		assertThat(above.<Integer>read("$.data.counterpartyPaymentRecord.reevaluated")).isEqualTo(1);
		assertThat(this.group.outcome(this.group.erin, disclosure)).isEqualTo("PROHIBITED");
	}

	@Test
	void aChangeOfTheGroupsRevenueReevaluatesTheGroupsDisclosures() {
		String supplier = this.group.counterparty("Revenue Test GmbH", List.of("SUPPLIER"), "PUBLICLY_HELD", "1000000");
		this.group.pay(this.group.groupCfo, supplier, 2025, "BY_COMPANY", "6000000", "USD");
		String disclosure = this.group.submitted(this.group.erin,
				Map.of("kind", "FINANCIAL_INTEREST", "counterpartyId", supplier, "sharesHeld", "20000"));
		assertThat(this.group.outcome(this.group.erin, disclosure)).isEqualTo("PROHIBITED");

		// the operator corrects the group's revenue (tenantUpdate saves through the
		// registry)
		Tenant top = this.registry.findByKey(this.group.top.key()).orElseThrow();
		this.registry
			.save(new Tenant(top.key(), new Tenant.Profile(top.name(), null, top.country(), top.jurisdictions()),
					new Tenant.Regional(top.defaultLocale(), top.timeZone(), top.currency(), top.dataRegion()),
					new Tenant.Fiscal(top.fiscalYearStartMonth(), Money.of("200000000", "USD")),
					new Tenant.Access(top.issuerUri(), top.publicIntakeKey()),
					new Tenant.Lifecycle(top.status(), top.createdAt(), java.time.Instant.now())));

		var read = this.group.read(this.group.erin, disclosure);
		assertThat(read.<String>read("$.data.node.evaluation.outcome")).isEqualTo("PERMITTED");
		assertThat(read.<String>read("$.data.node.evaluation.trigger")).isEqualTo("REVENUE_CHANGED");
	}

	@Test
	void aCorrectedRateAndTheSuppliersOwnRevenueReevaluateToo() {
		this.group.rate("EUR", "2025-12-31", "1.10");
		String supplier = this.group.counterparty("Ratewise GmbH", List.of("SUPPLIER"), "PRIVATELY_HELD", null);
		// 4,600,000 EUR at 1.10 = 5,060,000 USD: 5.06% of the group's revenue
		this.group.pay(this.group.deCfo, supplier, 2025, "BY_COMPANY", "4600000", "EUR");
		String disclosure = this.group.submitted(this.group.erin,
				Map.of("kind", "SERVICE", "counterpartyId", supplier, "capacity", "EMPLOYEE"));
		assertThat(this.group.outcome(this.group.erin, disclosure)).isEqualTo("PROHIBITED");

		this.group.rate("EUR", "2025-12-31", "1.00");
		var corrected = this.group.read(this.group.erin, disclosure);
		assertThat(corrected.<String>read("$.data.node.evaluation.outcome")).isEqualTo("PERMITTED");
		assertThat(corrected.<String>read("$.data.node.evaluation.trigger")).isEqualTo("RATE_CHANGED");

		var updated = this.api.post(this.group.groupCfo, """
				mutation($input: CounterpartyUpdateInput!) { counterpartyUpdate(input: $input) {
				  reevaluated userErrors { field code } } }""",
				Map.of("input",
						Map.of("counterpartyId", supplier, "name", "Ratewise GmbH", "kinds", List.of("SUPPLIER"),
								"ownership", "PRIVATELY_HELD", "lastFiscalYearRevenue",
								Map.of("amount", "80000000", "currency", "USD"))));
		assertThat(updated.<Integer>read("$.data.counterpartyUpdate.reevaluated")).isEqualTo(1);
		var own = this.group.read(this.group.erin, disclosure);
		assertThat(own.<String>read("$.data.node.evaluation.outcome")).as("4,600,000 USD of its own 80,000,000")
			.isEqualTo("PROHIBITED");
		assertThat(own.<String>read("$.data.node.evaluation.trigger")).isEqualTo("REVENUE_CHANGED");
		assertThat(own
			.<List<String>>read("$.data.node.evaluation.significance.tests[?(@.significant == true)].definition"))
			.containsExactly("SIGNIFICANT_SUPPLIER_OWN_REVENUE");
	}

	@Test
	void executiveOfficersAndDirectorsDiscloseToTheBoardAndTheCfoCannotDetermineThem() {
		String competitor = this.group.counterparty("Rivalis SE", List.of("DIRECT_COMPETITOR"), "PUBLICLY_HELD",
				"1000000");
		String executive = this.group.submitted(this.group.carol, Map.of("kind", "FINANCIAL_INTEREST", "counterpartyId",
				competitor, "percentOfOutstandingShares", "0.5"));
		String director = this.group.submitted(this.group.dana,
				Map.of("kind", "SERVICE", "counterpartyId", competitor, "capacity", "ADVISOR"));
		var read = this.group.read(this.group.bo, director);
		assertThat(read.<String>read("$.data.node.determiner")).isEqualTo("BOARD");
		assertThat(read.<String>read("$.data.node.evaluation.outcome")).isEqualTo("PROHIBITED");
		assertThat(read.<List<String>>read("$.data.node.evaluation.findings[?(@.applies == true)].clause"))
			.contains("D_SERVICE_COMPETITOR");

		Map<String, Object> decision = Map.of("disclosureId", executive, "decision", "PERMITTED_WITH_CONDITIONS",
				"conditions", List.of("No part in decisions on Rivalis"), "reasons", "A small public holding");
		assertThat(this.group.determine(this.group.carol, decision).firstErrorCode()).as("the discloser herself")
			.isEqualTo("FORBIDDEN");
		assertThat(this.group.determine(this.group.kim, decision).firstErrorCode()).as("another CFO/CAO")
			.isEqualTo("FORBIDDEN");
		assertThat(this.group.read(this.group.kim, executive).<Object>readOrNull("$.data.node")).isNull();

		var determined = this.group.determine(this.group.bo, decision);
		assertThat(determined.<String>read("$.data.disclosureDetermine.disclosure.status")).isEqualTo("DETERMINED");
		var seen = this.group.read(this.group.carol, executive);
		assertThat(seen.<List<String>>read("$.data.node.determinations[*].decision"))
			.containsExactly("PERMITTED_WITH_CONDITIONS");
		assertThat(seen.<List<String>>read("$.data.node.determinations[0].conditions"))
			.containsExactly("No part in decisions on Rivalis");
		assertThat(seen.<String>read("$.data.node.determinations[0].determiner")).isEqualTo("BOARD");
		assertThat(outbox(this.group.de, "disclosure.determined")).isNotEmpty();
	}

	@Test
	void nobodyTheDisclosureInvolvesDeterminesOrReadsIt() {
		String kimId = this.group.people.get("Kim Kin");
		String disclosure = this.group.submitted(this.group.erin,
				Map.of("kind", "FAMILY_SUPERVISION", "familyMemberId", kimId));
		Map<String, Object> decision = Map.of("disclosureId", disclosure, "decision", "CONFLICT", "reasons",
				"Kim reports to Erin");

		assertThat(this.group.read(this.group.kim, disclosure).<Object>readOrNull("$.data.node")).isNull();
		assertThat(this.group.determine(this.group.kim, decision).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(this.group.determine(this.group.erin, decision).firstErrorCode()).isEqualTo("FORBIDDEN");
		var staff = this.api.post(this.group.kim, "{ disclosures { edges { node { id } } } }");
		assertThat(staff.<List<String>>read("$.data.disclosures.edges[*].node.id")).doesNotContain(disclosure);

		var determined = this.group.determine(this.group.carol, decision);
		assertThat(determined.<List<Object>>read("$.data.disclosureDetermine.userErrors")).isEmpty();
		assertThat(determined.<String>read("$.data.disclosureDetermine.disclosure.status")).isEqualTo("DETERMINED");
	}

	@Test
	void anEmployeeCannotReadAnothersDisclosureAndStaffReadsAreAudited() {
		String disclosure = this.group.submitted(this.group.erin,
				Map.of("kind", "OTHER_ACTIVITY", "description", "I sit on the board of a local charity"));

		assertThat(this.group.read(this.group.sam, disclosure).<Object>readOrNull("$.data.node")).isNull();
		var samsOwn = this.api.post(this.group.sam, "{ viewer { disclosures { edges { node { id } } } } }");
		assertThat(samsOwn.<List<String>>read("$.data.viewer.disclosures.edges[*].node.id")).isEmpty();
		var samsStaff = this.api.post(this.group.sam, "{ disclosures { edges { node { id } } } }");
		assertThat(samsStaff.<List<String>>read("$.data.disclosures.edges[*].node.id")).isEmpty();

		assertThat(this.group.outcome(this.group.erin, disclosure)).isEqualTo("NEEDS_DETERMINATION");
		assertThat(this.group.outcome(this.group.carol, disclosure)).isEqualTo("NEEDS_DETERMINATION");
		assertThat(this.group.outcome(this.group.ann, disclosure)).as("the Audit Committee")
			.isEqualTo("NEEDS_DETERMINATION");

		String localId = GlobalId.localIdOf(disclosure, "Disclosure").orElseThrow();
		List<AuditEntry> trail = TenantContext.callAs(this.group.de,
				() -> this.audit.findByTarget("Disclosure", localId));
		assertThat(trail).filteredOn((e) -> e.action().equals("disclosure.read"))
			.extracting(AuditEntry::actorSubject)
			.containsExactlyInAnyOrder("carol", "ann");
	}

	@Test
	void badInputIsRefusedByFieldAndNothingIsStored() {
		String nordwind = this.group.counterparty("Bounded AG", List.of("SUPPLIER"), "PUBLICLY_HELD", "1000000");
		String unlisted = this.group.counterparty("Unlisted GmbH", List.of("CUSTOMER"), "PRIVATELY_HELD", null);

		assertError(
				this.group.submit(this.group.erin,
						Map.of("kind", "FINANCIAL_INTEREST", "counterpartyId", nordwind, "percentOfOutstandingShares",
								"100.01")),
				"disclosureSubmit", List.of("input", "percentOfOutstandingShares"), "OUT_OF_RANGE");
		assertError(
				this.group.submit(this.group.erin,
						Map.of("kind", "FINANCIAL_INTEREST", "counterpartyId", nordwind, "percentOfOutstandingShares",
								"-1")),
				"disclosureSubmit", List.of("input", "percentOfOutstandingShares"), "OUT_OF_RANGE");
		assertError(
				this.group.submit(this.group.erin,
						Map.of("kind", "FINANCIAL_INTEREST", "counterpartyId", nordwind, "sharesHeld", "1000001")),
				"disclosureSubmit", List.of("input", "sharesHeld"), "EXCEEDS_OUTSTANDING_SHARES");
		assertError(
				this.group.submit(this.group.erin,
						Map.of("kind", "FINANCIAL_INTEREST", "counterpartyId", unlisted, "sharesHeld", "10")),
				"disclosureSubmit", List.of("input", "sharesHeld"), "INVALID");
		assertError(
				this.group
					.submit(this.group.erin,
							Map.of("kind", "SERVICE", "counterpartyId", GlobalId.encode("Counterparty", "nope"),
									"capacity", "OFFICER")),
				"disclosureSubmit", List.of("input", "counterpartyId"), "NOT_FOUND");
		assertError(this.group.submit(this.group.erin, Map.of("kind", "OTHER_ACTIVITY")), "disclosureSubmit",
				List.of("input", "description"), "REQUIRED");
		assertError(
				this.group.submit(this.group.erin,
						Map.of("kind", "RELATIVE_SERVICE", "counterpartyId", nordwind, "capacity", "OFFICER")),
				"disclosureSubmit", List.of("input", "relativeId"), "REQUIRED");
		var own = this.api.post(this.group.erin, "{ viewer { disclosures { edges { node { id } } } } }");
		assertThat(own.<List<String>>read("$.data.viewer.disclosures.edges[*].node.id")).isEmpty();

		assertError(this.group.pay(this.group.deCfo, nordwind, null, "BY_COMPANY", "100", "EUR"),
				"counterpartyPaymentRecord", List.of("input", "fiscalYear"), "REQUIRED");
		assertError(this.group.pay(this.group.deCfo, nordwind, 2025, "BY_COMPANY", "100", "CHF"),
				"counterpartyPaymentRecord", List.of("input", "amount", "currency"), "NO_EXCHANGE_RATE");
		assertError(this.group.pay(this.group.deCfo, nordwind, 2025, "TO_COMPANY", "100", "USD"),
				"counterpartyPaymentRecord", List.of("input", "direction"), "INVALID");
		assertError(this.group.pay(this.group.deCfo, nordwind, 2025, "BY_COMPANY", "-5", "USD"),
				"counterpartyPaymentRecord", List.of("input", "amount", "amount"), "OUT_OF_RANGE");
		assertError(this.group.pay(this.group.deCfo, GlobalId.encode("Counterparty", "nope"), 2025, "BY_COMPANY", "5",
				"USD"), "counterpartyPaymentRecord", List.of("input", "counterpartyId"), "NOT_FOUND");
		assertThat(this.group.pay(this.group.deCfo, nordwind, 2025, "BY_COMPANY", "5", "XYZ").firstErrorCode())
			.as("not a currency at all")
			.isEqualTo("BAD_REQUEST");
		var payments = this.api.post(this.group.groupCfo,
				"query($id: ID!) { node(id: $id) { ... on Counterparty { payments { edges { node { id } } } } } }",
				Map.of("id", nordwind));
		assertThat(payments.<List<String>>read("$.data.node.payments.edges[*].node.id")).isEmpty();

		var notGroup = this.api.post(this.group.deCfo, """
				mutation { exchangeRateSet(input: {currency: "GBP", effectiveDate: "2026-01-01", rate: "1.3"}) {
				  userErrors { code } } }""");
		assertThat(notGroup.<List<String>>read("$.data.exchangeRateSet.userErrors[*].code"))
			.containsExactly("NOT_GROUP");
		var employee = this.api.post(this.group.erin, """
				mutation { counterpartyRegister(input: {name: "X", kinds: [CUSTOMER], ownership: PUBLICLY_HELD}) {
				  userErrors { code } } }""");
		assertThat(employee.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void counterpartiesImportFromCsvWithRefusedRowsByLineAndReason() {
		String csv = """
				externalId,name,kinds,ownership,outstandingShares,revenueAmount,revenueCurrency
				ERP-1,Alpha Supplies,SUPPLIER,PRIVATELY_HELD,,40000000,USD
				ERP-2,Beta Rivals,DIRECT_COMPETITOR|CUSTOMER,PUBLICLY_HELD,5000000,,
				ERP-3,,SUPPLIER,PUBLICLY_HELD,,,
				ERP-4,Gamma,VENDOR,PUBLICLY_HELD,,,
				ERP-2,Beta Again,CUSTOMER,PUBLICLY_HELD,,,
				ERP-5,Delta,SUPPLIER,PUBLICLY_HELD,-3,,
				""";
		String run = "mutation($csv: String!) { counterpartyImportRun(input: {csv: $csv}) { counterpartyImport { "
				+ "totalRows created updated failed rowErrors { line reason } } userErrors { code message } } }";
		var imported = this.api.post(this.group.groupCfo, run, Map.of("csv", csv));

		assertThat(imported.<Integer>read("$.data.counterpartyImportRun.counterpartyImport.created")).isEqualTo(2);
		assertThat(imported.<Integer>read("$.data.counterpartyImportRun.counterpartyImport.failed")).isEqualTo(4);
		assertThat(imported.<List<Integer>>read("$.data.counterpartyImportRun.counterpartyImport.rowErrors[*].line"))
			.containsExactly(4, 5, 6, 7);
		assertThat(imported.<List<String>>read("$.data.counterpartyImportRun.counterpartyImport.rowErrors[*].reason"))
			.containsExactly("name: Required", "kinds must be CUSTOMER, SUPPLIER or DIRECT_COMPETITOR, separated by |",
					"externalId ERP-2 is already on line 3", "outstandingShares: Must be positive");
		var again = this.api.post(this.group.groupCfo, run, Map.of("csv", csv));
		assertThat(again.<Integer>read("$.data.counterpartyImportRun.counterpartyImport.updated")).isEqualTo(2);
		var names = this.api.post(this.group.erin,
				"{ counterparties(name: \"b\") { edges { node { name kinds significance { significantSupplier } } } } }");
		assertThat(names.<List<String>>read("$.data.counterparties.edges[*].node.name")).containsExactly("Beta Rivals");
		assertThat(names.<Object>read("$.data.counterparties.edges[0].node.significance")).as("not for employees")
			.isNull();
		var subsidiary = this.api.post(this.group.deCfo, run, Map.of("csv", csv));
		assertThat(subsidiary.<List<String>>read("$.data.counterpartyImportRun.userErrors[*].code"))
			.containsExactly("NOT_GROUP");
	}

	private static void assertError(GraphQlHttp.Response response, String mutation, List<String> field, String code) {
		assertThat(response.<List<Map<String, Object>>>read("$.data." + mutation + ".userErrors")).as(response.body())
			.anySatisfy((error) -> {
				assertThat(error.get("field")).isEqualTo(field);
				assertThat(error.get("code")).isEqualTo(code);
			});
	}

	private List<Document> outbox(Tenant tenant, String kind) {
		return TenantContext.callAs(tenant,
				() -> this.tenantData.getCollection("notification_outbox")
					.find(new Document("kind", kind))
					.into(new java.util.ArrayList<>()));
	}

}
