package io.conduct.gifts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.platform.graphql.GlobalId;
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
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A group for gift register tests: a top company in the United States (USD, fiscal year
 * from January) with subsidiaries in Germany (EUR) and Japan (JPY), a rate table, and in
 * the German one Erin (an employee supervised by Sam), Sam, two CFO/CAOs (Carol, Kim),
 * the Audit Committee (Ann) and another employee (Olga). Erin also works for the Japanese
 * company under the same verified e-mail address. The German thresholds: 50 EUR of
 * insignificant value, 100 EUR per person, 400 EUR per event, 4 events, 5 business days.
 */
final class GiftGroup {

	static final String ENTRY = """
			fragment E on GiftEntry { id kind direction response form status flagged date description attendees
			  value { amount currency }
			  valuation { tenantValue { amount currency } groupValue { amount currency }
			    rates { exchangeRateId currency rate effectiveDate } }
			  evaluation { outcome opensCase rulesVersion thresholds
			    findings { rule section applies outcome figure threshold comparison } }
			  totals { rolling12Months { from to entries entertainmentEvents value { amount currency }
			      companies { tenantKey entries entertainmentEvents } }
			    fiscalYear { fiscalYear from to entries entertainmentEvents value { amount currency } } }
			  disposition { dueDate overdue method use note recordedBy { displayName } recordedAt }
			  approval { status decidedBy { displayName } reasons }
			  caseReferral { status }
			  familyMember { name relation }
			  counterparty { kind name registered { name } }
			  recorder { displayName } }""";

	static final String RECORD = """
			mutation($input: GiftRecordInput!) { giftRecord(input: $input) {
			  giftEntry { ...E } userErrors { field code message } } }""" + ENTRY;

	static final String READ = "query($id: ID!) { node(id: $id) { ...E } }" + ENTRY;

	static final String DISPOSE = """
			mutation($input: GiftDispositionRecordInput!) { giftDispositionRecord(input: $input) {
			  giftEntry { ...E } userErrors { field code message } } }""" + ENTRY;

	static final String DECIDE = """
			mutation($input: GiftApprovalDecideInput!) { giftApprovalDecide(input: $input) {
			  giftEntry { ...E } userErrors { field code message } } }""" + ENTRY;

	final Tenant top;

	final Tenant de;

	final Tenant jp;

	final String groupCfo;

	final String deAdmin;

	final String erin;

	final String sam;

	final String carol;

	final String kim;

	final String ann;

	final String olga;

	final String erinJp;

	final String jun;

	/** The German directory's people by display name (global ids). */
	final Map<String, String> people;

	/** The Japanese directory's people by display name (global ids). */
	final Map<String, String> jpPeople;

	/** Nordwind Logistics AG, a supplier of the group's register (global id). */
	final String nordwind;

	private final GraphQlHttp api;

	private final MongoTemplate tenantData;

	GiftGroup(GraphQlHttp api, TenantRegistry registry, MongoTemplate tenantData) {
		this.api = api;
		this.tenantData = tenantData;
		String topKey = TestTenants.uniqueKey("gft");
		this.top = registry.save(tenant(topKey, null, "US", "USD", "en-US", "America/New_York"));
		this.de = registry.save(tenant(TestTenants.uniqueKey("gft-de"), topKey, "DE", "EUR", "de-DE", "Europe/Berlin"));
		this.jp = registry.save(tenant(TestTenants.uniqueKey("gft-jp"), topKey, "JP", "JPY", "ja-JP", "Asia/Tokyo"));
		this.groupCfo = TestIssuer.get().token(topKey, "gina", Role.CFO_CAO, Role.EMPLOYEE);
		rate("EUR", "2026-01-01", "1.10");
		rate("EUR", "2026-08-01", "1.25");
		rate("JPY", "2026-01-01", "0.0070");
		this.nordwind = counterparty("Nordwind Logistics AG");

		String shared = "erin-" + UUID.randomUUID().toString().substring(0, 8) + "@group.test";
		String d = "@" + this.de.key() + ".test";
		this.deAdmin = TestIssuer.get().token(this.de.key(), "admin", Role.TENANT_ADMIN);
		this.people = imported(this.deAdmin,
				"1,Erin,Employee," + shared + ",EMPLOYEE,2\n2,Sam,Supervisor,sam" + d + ",EMPLOYEE,\n3,Carol,Cfo,carol"
						+ d + ",EXECUTIVE_OFFICER,\n4,Kim,Cfo,kim" + d + ",OFFICER,\n5,Ann,Audit,ann" + d
						+ ",DIRECTOR,\n6,Olga,Other,olga" + d + ",EMPLOYEE,\n",
				6);
		this.erin = TestIssuer.get()
			.tokenWithClaims(this.de.key(), "erin",
					Map.of("name", "Erin Employee", "email", shared, "email_verified", true), Role.EMPLOYEE);
		this.sam = TestIssuer.get().token(this.de.key(), "sam", Role.SUPERVISOR, Role.EMPLOYEE);
		this.carol = TestIssuer.get().token(this.de.key(), "carol", Role.CFO_CAO, Role.EMPLOYEE);
		this.kim = TestIssuer.get().token(this.de.key(), "kim", Role.CFO_CAO, Role.EMPLOYEE);
		this.ann = TestIssuer.get().token(this.de.key(), "ann", Role.AUDIT_COMMITTEE, Role.BOARD);
		this.olga = TestIssuer.get().token(this.de.key(), "olga", Role.EMPLOYEE);
		link(this.erin, this.sam, this.carol, this.kim, this.ann, this.olga);
		holders(this.de,
				Map.of("carol" + d, List.of(Role.CFO_CAO, Role.EMPLOYEE), "kim" + d,
						List.of(Role.CFO_CAO, Role.EMPLOYEE), "sam" + d, List.of(Role.SUPERVISOR, Role.EMPLOYEE),
						"ann" + d, List.of(Role.AUDIT_COMMITTEE, Role.BOARD)));
		settings(this.carol, "50", "100", "400", "EUR");

		String j = "@" + this.jp.key() + ".test";
		String jpAdmin = TestIssuer.get().token(this.jp.key(), "admin", Role.TENANT_ADMIN);
		this.jpPeople = imported(jpAdmin,
				"1,Erin,Employee," + shared + ",EMPLOYEE,\n2,Jun,Cfo,jun" + j + ",EXECUTIVE_OFFICER,\n", 2);
		this.erinJp = TestIssuer.get()
			.tokenWithClaims(this.jp.key(), "erin-jp",
					Map.of("name", "Erin Employee", "email", shared, "email_verified", true), Role.EMPLOYEE);
		this.jun = TestIssuer.get().token(this.jp.key(), "jun", Role.CFO_CAO, Role.EMPLOYEE);
		link(this.erinJp, this.jun);
		holders(this.jp, Map.of("jun" + j, List.of(Role.CFO_CAO, Role.EMPLOYEE)));
		settings(this.jun, "7000", "15000", "60000", "JPY");
	}

	private static Tenant tenant(String key, String parentKey, String country, String currency, String locale,
			String zone) {
		Instant now = TestClock.START;
		return new Tenant(key, new Tenant.Profile("Company " + key, parentKey, country, List.of()),
				new Tenant.Regional(locale, zone, currency, "eu"), new Tenant.Fiscal(1, Money.of("100000000", "USD")),
				new Tenant.Access(TestIssuer.get().issuerFor(key), UUID.randomUUID().toString()),
				new Tenant.Lifecycle(TenantStatus.ACTIVE, now, now));
	}

	private Map<String, String> imported(String admin, String rows, int count) {
		var started = this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv", "employeeNumber,givenName,familyName,email,type,supervisorEmployeeNumber\n" + rows));
		if (started.hasErrors()) {
			throw new AssertionError(started.body());
		}
		AssertionError last = null;
		for (int attempt = 0; attempt < 6; attempt++) {
			try {
				return Awaits.people(this.api, admin, count);
			}
			catch (AssertionError ex) {
				last = ex;
			}
		}
		throw last;
	}

	/** Links each account to its directory entry, as a first sign-in does. */
	private void link(String... tokens) {
		for (String token : tokens) {
			this.api.post(token, "{ viewer { person { id } } }");
		}
	}

	/**
	 * The directory's roles, as personRoleGrant records them: notifications go to
	 * holders.
	 */
	private void holders(Tenant tenant, Map<String, List<Role>> roles) {
		roles.forEach((email, granted) -> TenantContext.runAs(tenant,
				() -> this.tenantData.updateFirst(Query.query(Criteria.where("email").is(email)),
						Update.update("roles", granted.stream().map(Role::name).toList()), "people")));
	}

	void settings(String cfo, String insignificant, String perPerson, String perEvent, String currency) {
		var response = this.api.post(cfo, """
				mutation($input: GiftSettingsUpdateInput!) { giftSettingsUpdate(input: $input) {
				  giftSettings { source } userErrors { field code message } } }""",
				Map.of("input",
						Map.of("insignificantValue", Map.of("amount", insignificant, "currency", currency),
								"entertainmentPerPerson", Map.of("amount", perPerson, "currency", currency),
								"entertainmentPerEvent", Map.of("amount", perEvent, "currency", currency),
								"entertainmentFrequency", 4, "dispositionDueBusinessDays", 5)));
		if (!"TENANT".equals(response.readOrNull("$.data.giftSettingsUpdate.giftSettings.source"))) {
			throw new AssertionError(response.body());
		}
	}

	void rate(String currency, String date, String rate) {
		var response = this.api.post(this.groupCfo, """
				mutation($input: ExchangeRateSetInput!) { exchangeRateSet(input: $input) {
				  exchangeRate { id } userErrors { field code message } } }""",
				Map.of("input", Map.of("currency", currency, "effectiveDate", date, "rate", rate)));
		if (response.readOrNull("$.data.exchangeRateSet.exchangeRate.id") == null) {
			throw new AssertionError(response.body());
		}
	}

	String counterparty(String name) {
		var response = this.api.post(this.groupCfo, """
				mutation($input: CounterpartyRegisterInput!) { counterpartyRegister(input: $input) {
				  counterparty { id } userErrors { field code message } } }""",
				Map.of("input", Map.of("name", name, "kinds", List.of("SUPPLIER"), "ownership", "PRIVATELY_HELD")));
		String id = response.readOrNull("$.data.counterpartyRegister.counterparty.id");
		if (id == null) {
			throw new AssertionError(response.body());
		}
		return id;
	}

	/** An input: a gift received and accepted from the counterparty, on the day. */
	static Map<String, Object> received(String kind, Map<String, Object> counterparty, String date, String amount,
			String currency) {
		Map<String, Object> input = new HashMap<>();
		input.put("kind", kind);
		input.put("direction", "RECEIVED");
		input.put("response", "ACCEPTED");
		input.put("counterparty", counterparty);
		input.put("description", "A " + kind.toLowerCase() + " on " + date);
		input.put("date", date);
		input.put("value", Map.of("amount", amount, "currency", currency));
		return input;
	}

	static Map<String, Object> registered(String counterpartyId) {
		return Map.of("counterpartyId", counterpartyId);
	}

	static Map<String, Object> named(String name, String kind) {
		return Map.of("name", name, "kind", kind);
	}

	static Map<String, Object> with(Map<String, Object> input, Object... pairs) {
		Map<String, Object> changed = new HashMap<>(input);
		for (int i = 0; i < pairs.length; i += 2) {
			changed.put((String) pairs[i], pairs[i + 1]);
		}
		return changed;
	}

	GraphQlHttp.Response record(String token, Map<String, Object> input) {
		return this.api.post(token, RECORD, Map.of("input", input));
	}

	/** Records; the entry as the payload has it. */
	Map<String, Object> recorded(String token, Map<String, Object> input) {
		var response = record(token, input);
		Map<String, Object> entry = response.readOrNull("$.data.giftRecord.giftEntry");
		if (entry == null) {
			throw new AssertionError(response.body());
		}
		return entry;
	}

	GraphQlHttp.Response read(String token, String entryId) {
		return this.api.post(token, READ, Map.of("id", entryId));
	}

	GraphQlHttp.Response dispose(String token, Map<String, Object> input) {
		return this.api.post(token, DISPOSE, Map.of("input", input));
	}

	GraphQlHttp.Response decide(String token, Map<String, Object> input) {
		return this.api.post(token, DECIDE, Map.of("input", input));
	}

	/**
	 * The outbox of a tenant, for one kind of notification: the recipients' person ids.
	 */
	List<String> outbox(Tenant tenant, String kind, String entryId) {
		String local = GlobalId.localIdOf(entryId, "GiftEntry").orElseThrow();
		return TenantContext.callAs(tenant,
				() -> this.tenantData.getCollection("notification_outbox")
					.find(new Document("kind", kind).append("_id", new Document("$regex", "^gift:" + local + "\\|")))
					.map((d) -> d.getString("recipientPersonId"))
					.into(new ArrayList<>()));
	}

	/** A person's local id, by display name. */
	String local(String displayName) {
		return GlobalId.localIdOf(this.people.get(displayName), "Person").orElseThrow();
	}

	long entries(Tenant tenant) {
		return TenantContext.callAs(tenant, () -> this.tenantData.getCollection("gift_entries").countDocuments());
	}

}
