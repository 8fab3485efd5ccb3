package io.conduct.disclosures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.code.CodeLibrary;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;

/**
 * A group for disclosure tests: a top company in the United States (USD, revenue
 * 100,000,000, fiscal year from January) carrying the Code, and subsidiaries in Germany
 * and Japan; in the German one, people of every kind.
 */
final class DisclosureGroup {

	static final String SUBMIT = """
			mutation($input: DisclosureSubmitInput!) { disclosureSubmit(input: $input) {
			  disclosure { id status determiner evaluation { outcome trigger rulesVersion codeVersion
			    findings { clause section codeVersion sectionFound applies outcome figure threshold comparison } } }
			  userErrors { field code message } } }""";

	static final String READ = """
			query($id: ID!) { node(id: $id) { ... on Disclosure { id status determiner discloserType
			  evaluation { outcome trigger findings { clause applies outcome figure threshold comparison tenantRule { title } }
			    significance { significantSupplier significantCustomer tests { definition percent significant comparison }
			      ratesUsed { currency groupCurrency rate effectiveDate } } }
			  determinations { decision conditions reasons determiner determinedByName outcomeAtDetermination } } } }""";

	static final String DETERMINE = """
			mutation($input: DisclosureDetermineInput!) { disclosureDetermine(input: $input) {
			  disclosure { id status determinations { decision } } conflictRule { id title terms }
			  userErrors { field code message } } }""";

	static final String PAY = """
			mutation($input: CounterpartyPaymentRecordInput!) { counterpartyPaymentRecord(input: $input) {
			  payment { id fiscalYear } reevaluated counterparty { significance { significantSupplier } }
			  userErrors { field code message } } }""";

	final Tenant top;

	final Tenant de;

	final Tenant jp;

	final String groupCfo;

	final String deCfo;

	final String jpCfo;

	final String deAdmin;

	final String erin;

	final String sam;

	final String carol;

	final String dana;

	final String kim;

	final String bo;

	final String ann;

	final Map<String, String> people;

	private final GraphQlHttp api;

	DisclosureGroup(GraphQlHttp api, TenantRegistry registry, CodeLibrary code,
			org.springframework.data.mongodb.core.MongoTemplate tenantData) {
		this.api = api;
		String topKey = TestTenants.uniqueKey("grp");
		Instant now = Instant.now();
		this.top = registry
			.save(new Tenant(topKey, new Tenant.Profile("Group " + topKey, null, "US", List.of("US-SOX")),
					new Tenant.Regional("en-US", "America/New_York", "USD", "us"),
					new Tenant.Fiscal(1, Money.of("100000000", "USD")),
					new Tenant.Access(TestIssuer.get().issuerFor(topKey), UUID.randomUUID().toString()),
					new Tenant.Lifecycle(TenantStatus.ACTIVE, now, now)));
		this.de = TestTenants.register(registry, TestTenants.uniqueKey("grp-de"), topKey, "de-DE", "Europe/Berlin");
		this.jp = TestTenants.register(registry, TestTenants.uniqueKey("grp-jp"), topKey, "ja-JP", "Asia/Tokyo");
		code.seedIfMissing(topKey, "en", codeText());
		this.groupCfo = TestIssuer.get().token(topKey, "gina", Role.CFO_CAO, Role.EMPLOYEE);
		this.jpCfo = TestIssuer.get().token(this.jp.key(), "jun", Role.CFO_CAO, Role.EMPLOYEE);
		String key = this.de.key();
		this.deAdmin = TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN);
		String domain = "@" + key + ".test";
		String csv = "employeeNumber,givenName,familyName,email,type,supervisorEmployeeNumber\n"
				+ "1,Erin,Employee,erin" + domain + ",EMPLOYEE,\n" + "2,Carol,Cfo,carol" + domain
				+ ",EXECUTIVE_OFFICER,\n" + "3,Sam,Staff,sam" + domain + ",EMPLOYEE,\n" + "4,Dana,Director,dana"
				+ domain + ",DIRECTOR,\n" + "5,Kim,Kin,kim" + domain + ",EMPLOYEE,1\n" + "6,Bo,Board,bo" + domain
				+ ",DIRECTOR,\n" + "7,Ann,Audit,ann" + domain + ",DIRECTOR,\n" + "8,Olga,Officer,olga" + domain
				+ ",OFFICER,\n";
		api.post(this.deAdmin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv", csv));
		this.people = imported(api, this.deAdmin, 8);
		this.erin = TestIssuer.get().token(key, "erin", Role.EMPLOYEE);
		this.sam = TestIssuer.get().token(key, "sam", Role.EMPLOYEE);
		this.carol = TestIssuer.get().token(key, "carol", Role.CFO_CAO, Role.EMPLOYEE);
		this.deCfo = this.carol;
		this.dana = TestIssuer.get().token(key, "dana", Role.BOARD);
		this.kim = TestIssuer.get().token(key, "kim", Role.CFO_CAO, Role.EMPLOYEE);
		this.bo = TestIssuer.get().token(key, "bo", Role.BOARD);
		this.ann = TestIssuer.get().token(key, "ann", Role.AUDIT_COMMITTEE, Role.BOARD);
		// link every account to its directory entry, as a first sign-in does
		for (String token : List.of(this.erin, this.sam, this.carol, this.dana, this.kim, this.bo, this.ann)) {
			api.post(token, "{ viewer { person { id } } }");
		}
		// the directory holds the roles, as personRoleGrant records them: notifications
		// go to holders
		Map.of("carol", List.of(Role.CFO_CAO, Role.EMPLOYEE), "kim", List.of(Role.CFO_CAO, Role.EMPLOYEE), "bo",
				List.of(Role.BOARD), "dana", List.of(Role.BOARD), "ann", List.of(Role.AUDIT_COMMITTEE, Role.BOARD))
			.forEach((user, roles) -> io.conduct.platform.tenancy.TenantContext.runAs(this.de,
					() -> tenantData.updateFirst(org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("email").is(user + domain)),
							org.springframework.data.mongodb.core.query.Update.update("roles",
									roles.stream().map(Role::name).toList()),
							"people")));
	}

	/**
	 * The directory's people by name once the import is done (a loaded machine may take a
	 * while).
	 */
	private static Map<String, String> imported(GraphQlHttp api, String admin, int count) {
		AssertionError last = null;
		for (int attempt = 0; attempt < 6; attempt++) {
			try {
				return Awaits.people(api, admin, count);
			}
			catch (AssertionError ex) {
				last = ex;
			}
		}
		throw last;
	}

	String olga() {
		String token = TestIssuer.get().token(this.de.key(), "olga", Role.EMPLOYEE);
		this.api.post(token, "{ viewer { person { id } } }");
		return token;
	}

	String rate(String currency, String date, String rate) {
		var response = this.api.post(this.groupCfo, """
				mutation($input: ExchangeRateSetInput!) { exchangeRateSet(input: $input) {
				  exchangeRate { id } userErrors { field code message } } }""",
				Map.of("input", Map.of("currency", currency, "effectiveDate", date, "rate", rate)));
		return response.read("$.data.exchangeRateSet.exchangeRate.id");
	}

	String counterparty(String name, List<String> kinds, String ownership, String outstandingShares) {
		var input = new java.util.HashMap<String, Object>(Map.of("name", name, "kinds", kinds, "ownership", ownership));
		if (outstandingShares != null) {
			input.put("outstandingShares", outstandingShares);
		}
		var response = this.api.post(this.groupCfo, """
				mutation($input: CounterpartyRegisterInput!) { counterpartyRegister(input: $input) {
				  counterparty { id } userErrors { field code message } } }""", Map.of("input", input));
		String id = response.readOrNull("$.data.counterpartyRegister.counterparty.id");
		if (id == null) {
			throw new AssertionError(response.body());
		}
		return id;
	}

	GraphQlHttp.Response pay(String token, String counterpartyId, Integer fiscalYear, String direction, String amount,
			String currency) {
		var input = new java.util.HashMap<String, Object>(Map.of("counterpartyId", counterpartyId, "direction",
				direction, "amount", Map.of("amount", amount, "currency", currency)));
		if (fiscalYear != null) {
			input.put("fiscalYear", fiscalYear);
		}
		return this.api.post(token, PAY, Map.of("input", input));
	}

	GraphQlHttp.Response submit(String token, Map<String, Object> input) {
		return this.api.post(token, SUBMIT, Map.of("input", input));
	}

	String submitted(String token, Map<String, Object> input) {
		var response = submit(token, input);
		String id = response.readOrNull("$.data.disclosureSubmit.disclosure.id");
		if (id == null) {
			throw new AssertionError(response.body());
		}
		return id;
	}

	GraphQlHttp.Response read(String token, String disclosureId) {
		return this.api.post(token, READ, Map.of("id", disclosureId));
	}

	String outcome(String token, String disclosureId) {
		return read(token, disclosureId).read("$.data.node.evaluation.outcome");
	}

	GraphQlHttp.Response determine(String token, Map<String, Object> input) {
		return this.api.post(token, DETERMINE, Map.of("input", input));
	}

	private static String codeText() {
		try (var in = DisclosureGroup.class.getClassLoader().getResourceAsStream(ConflictRules.CODE_TEXT)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
