package io.conduct.trading;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.platform.money.Money;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A US-listed company for insider trading tests (New York, listed on XNYS by its
 * country's default, fiscal year from the month given), with people of every kind: Erin
 * and Sam (employees), Olga (an officer), Chris (the CEO, an executive officer), Dana (a
 * director), Carol and Kim (both CFO/CAO, executive officers). Its shares on XNYS, and
 * those of Globex, a publicly held supplier of its register, on XNYS too.
 */
final class TradingGroup {

	static final String SUBMIT = """
			mutation($input: PreClearanceSubmitInput!) { preClearanceSubmit(input: $input) {
			  preClearance { id status answer decidedAt validUntil conditions
			    validity { tradingDays exchange timeZone firstDay lastDay closesAt earlyClose }
			    findings { rule effect startDate endDate explanation } }
			  userErrors { field code message } } }""";

	static final String DECIDE = """
			mutation($input: PreClearanceDecideInput!) { preClearanceDecide(input: $input) {
			  preClearance { id status answer validUntil validity { lastDay closesAt earlyClose } decidedBy { displayName } }
			  userErrors { field code message } } }""";

	static final String READ = """
			query($id: ID!) { node(id: $id) { ... on PreClearance { id status answer decidedAt validUntil conditions decidedBy { id }
			  validity { tradingDays exchange lastDay closesAt earlyClose }
			  findings { rule effect startDate endDate explanation } } } }""";

	static final String RECORD = """
			mutation($input: TradeRecordInput!) { tradeRecord(input: $input) {
			  trade { id cleared flagged form4Due findings { rule effect startDate endDate explanation } }
			  userErrors { field code message } } }""";

	final Tenant tenant;

	final String erin;

	final String sam;

	final String olga;

	final String chris;

	final String dana;

	final String carol;

	final String kim;

	final Map<String, String> people;

	final String company;

	final String globex;

	private final GraphQlHttp api;

	TradingGroup(GraphQlHttp api, TenantRegistry registry, MongoTemplate tenantData, int fiscalYearStartMonth) {
		this.api = api;
		String key = TestTenants.uniqueKey("trade");
		Instant now = TestClock.START;
		this.tenant = registry.save(new Tenant(key, new Tenant.Profile("Company " + key, null, "US", List.of("US-SOX")),
				new Tenant.Regional("en-US", "America/New_York", "USD", "us"),
				new Tenant.Fiscal(fiscalYearStartMonth, Money.of("100000000", "USD")),
				new Tenant.Access(TestIssuer.get().issuerFor(key), UUID.randomUUID().toString()),
				new Tenant.Lifecycle(TenantStatus.ACTIVE, now, now)));
		String admin = TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN);
		String domain = "@" + key + ".test";
		String csv = "employeeNumber,givenName,familyName,email,type,department\n" + "1,Erin,Employee,erin" + domain
				+ ",EMPLOYEE,Sales\n" + "2,Sam,Staff,sam" + domain + ",EMPLOYEE,Finance\n" + "3,Olga,Officer,olga"
				+ domain + ",OFFICER,Legal\n" + "4,Chris,Ceo,chris" + domain + ",EXECUTIVE_OFFICER,\n"
				+ "5,Dana,Director,dana" + domain + ",DIRECTOR,\n" + "6,Carol,Cfo,carol" + domain
				+ ",EXECUTIVE_OFFICER,Finance\n" + "7,Kim,Cao,kim" + domain + ",EXECUTIVE_OFFICER,Finance\n";
		api.post(admin, "mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv", csv));
		this.people = Awaits.people(api, admin, 7);
		this.erin = TestIssuer.get().token(key, "erin", Role.EMPLOYEE);
		this.sam = TestIssuer.get().token(key, "sam", Role.EMPLOYEE);
		this.olga = TestIssuer.get().token(key, "olga", Role.EMPLOYEE);
		this.chris = TestIssuer.get().token(key, "chris", Role.CEO, Role.EMPLOYEE);
		this.dana = TestIssuer.get().token(key, "dana", Role.BOARD);
		this.carol = TestIssuer.get().token(key, "carol", Role.CFO_CAO, Role.EMPLOYEE);
		this.kim = TestIssuer.get().token(key, "kim", Role.CFO_CAO, Role.EMPLOYEE);
		for (String token : List.of(this.erin, this.sam, this.olga, this.chris, this.dana, this.carol, this.kim)) {
			api.post(token, "{ viewer { person { id } } }");
		}
		// the directory holds the roles, as personRoleGrant records them
		Map.of("carol", List.of(Role.CFO_CAO, Role.EMPLOYEE), "kim", List.of(Role.CFO_CAO, Role.EMPLOYEE), "chris",
				List.of(Role.CEO, Role.EMPLOYEE), "dana", List.of(Role.BOARD))
			.forEach((user, roles) -> TenantContext.runAs(this.tenant,
					() -> tenantData.updateFirst(Query.query(Criteria.where("email").is(user + domain)),
							Update.update("roles", roles.stream().map(Role::name).toList()), "people")));
		this.company = security(Map.of("issuer", "COMPANY", "issuerName", "Company " + key, "exchange", "XNYS",
				"ticker", "ACME", "isin", "US004ACME011"));
		var counterparty = api.post(this.carol, """
				mutation($input: CounterpartyRegisterInput!) { counterpartyRegister(input: $input) {
				  counterparty { id } userErrors { field code message } } }""",
				Map.of("input", Map.of("name", "Globex Corp", "kinds", List.of("SUPPLIER"), "ownership",
						"PUBLICLY_HELD", "outstandingShares", "1000000")));
		this.globex = security(Map.of("issuer", "COUNTERPARTY", "counterpartyId",
				counterparty.read("$.data.counterpartyRegister.counterparty.id"), "exchange", "XNYS", "ticker", "GBX",
				"isin", "US0378331005"));
	}

	String person(String name) {
		return this.people.get(name);
	}

	String security(Map<String, Object> input) {
		var response = this.api.post(this.carol, """
				mutation($input: TradingSecurityRegisterInput!) { tradingSecurityRegister(input: $input) {
				  tradingSecurity { id } userErrors { field code message } } }""", Map.of("input", input));
		String id = response.readOrNull("$.data.tradingSecurityRegister.tradingSecurity.id");
		if (id == null) {
			throw new AssertionError(response.body());
		}
		return id;
	}

	/** Enters a quarter's dates (either may be null). */
	GraphQlHttp.Response quarter(int fiscalYear, int quarter, String release, String filing) {
		Map<String, Object> input = new HashMap<>(Map.of("fiscalYear", fiscalYear, "quarter", quarter));
		input.put("earningsReleaseDate", release);
		input.put("periodicReportFilingDate", filing);
		var response = this.api.post(this.carol,
				"""
						mutation($input: TradingQuarterSetInput!) { tradingQuarterSet(input: $input) {
						  tradingQuarter { blackoutStartDate blackoutLastDate blackoutEndsAt } userErrors { field code message } } }""",
				Map.of("input", input));
		if (response.hasErrors() || !response.<List<?>>read("$.data.tradingQuarterSet.userErrors").isEmpty()) {
			throw new AssertionError(response.body());
		}
		return response;
	}

	GraphQlHttp.Response submit(String token, String securityId, String kind, String quantity) {
		return submit(token, new HashMap<>(Map.of("securityId", securityId, "kind", kind, "quantity", quantity)));
	}

	GraphQlHttp.Response submit(String token, Map<String, Object> input) {
		return this.api.post(token, SUBMIT, Map.of("input", input));
	}

	String submitted(String token, String securityId, String kind, String quantity) {
		var response = submit(token, securityId, kind, quantity);
		String id = response.readOrNull("$.data.preClearanceSubmit.preClearance.id");
		if (id == null) {
			throw new AssertionError(response.body());
		}
		return id;
	}

	GraphQlHttp.Response decide(String token, String requestId, String decision) {
		return this.api.post(token, DECIDE, Map.of("input", Map.of("preClearanceId", requestId, "decision", decision)));
	}

	GraphQlHttp.Response read(String token, String requestId) {
		return this.api.post(token, READ, Map.of("id", requestId));
	}

	GraphQlHttp.Response record(String token, Map<String, Object> input) {
		Map<String, Object> full = new HashMap<>(input);
		full.putIfAbsent("price", Map.of("amount", "10.00", "currency", "USD"));
		return this.api.post(token, RECORD, Map.of("input", full));
	}

}
