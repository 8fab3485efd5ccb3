package io.conduct.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.tenancy.TenantStatus;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's calendar over GraphQL: anyone signed in reads it, only its TENANT_ADMIN or
 * CFO/CAO sets it (audited, with the values before and after), bad settings get user
 * errors naming the field and store nothing, the group's top company sets the listing
 * exchange its subsidiaries count with, and the other domains' {@link BusinessCalendars}
 * see the settings at once.
 */
@ConductIntegrationTest
class TenantCalendarTests {

	private static final String READ = """
			query($year: Int) { tenantCalendar(year: $year) {
			  year publicHolidayCountry subdivision name weekend firstYear lastYear sources updatedAt
			  holidays { date name kind onWeekend } closingDays { date name }
			  listing { basis topTenantKey exchange { mic name timeZone regularClose } } } }
			""";

	private static final String UPDATE = """
			mutation($input: TenantCalendarUpdateInput!) { tenantCalendarUpdate(input: $input) {
			  tenantCalendar { publicHolidayCountry subdivision closingDays { date name } listing { basis exchange { mic } } }
			  userErrors { field message code } } }
			""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	BusinessCalendars calendars;

	@Autowired
	AuditTrail audit;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant parent;

	Tenant subsidiary;

	@BeforeEach
	void aUsGroupWithAGermanSubsidiary() {
		this.api = new GraphQlHttp(this.port);
		String key = TestTenants.uniqueKey("cal-us");
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		this.parent = this.registry
			.save(new Tenant(key, new Tenant.Profile("Parent " + key, null, "US", List.of("US-SOX")),
					new Tenant.Regional("en-US", "America/New_York", "USD", "us"),
					new Tenant.Fiscal(1, Money.of("100000000", "USD")),
					new Tenant.Access(TestIssuer.get().issuerFor(key), UUID.randomUUID().toString()),
					new Tenant.Lifecycle(TenantStatus.ACTIVE, now, now)));
		String subsidiaryKey = TestTenants.uniqueKey("cal-de");
		this.subsidiary = TestTenants.register(this.registry, subsidiaryKey, this.parent.key(),
				TestIssuer.get().issuerFor(subsidiaryKey));
	}

	@Test
	void anEmployeeReadsTheTenantsHolidaysWeekendAndListing() {
		var read = this.api.post(employee(this.subsidiary), READ, Map.of());

		assertThat(read.hasErrors()).as(read.body()).isFalse();
		assertThat(read.<Integer>read("$.data.tenantCalendar.year")).isEqualTo(2026);
		assertThat(read.<String>read("$.data.tenantCalendar.publicHolidayCountry")).isEqualTo("DE");
		assertThat(read.<List<String>>read("$.data.tenantCalendar.weekend")).containsExactly("SATURDAY", "SUNDAY");
		assertThat(read.<List<String>>read("$.data.tenantCalendar.holidays[?(@.date == '2026-04-03')].name"))
			.containsExactly("Good Friday");
		assertThat(read.<List<String>>read("$.data.tenantCalendar.holidays[?(@.date == '2026-04-03')].kind"))
			.containsExactly("PUBLIC_HOLIDAY");
		assertThat(read.<List<Boolean>>read("$.data.tenantCalendar.holidays[?(@.date == '2026-12-26')].onWeekend"))
			.containsExactly(true);
		assertThat(read.<Integer>read("$.data.tenantCalendar.firstYear")).isEqualTo(2025);
		assertThat(read.<Integer>read("$.data.tenantCalendar.lastYear")).isEqualTo(2028);
		assertThat(read.<List<String>>read("$.data.tenantCalendar.sources")).singleElement()
			.asString()
			.contains("Länder");
		assertThat(read.<Object>read("$.data.tenantCalendar.updatedAt")).isNull();
		// the group's top company is in the US and chose nothing: the NYSE
		assertThat(read.<String>read("$.data.tenantCalendar.listing.exchange.mic")).isEqualTo("XNYS");
		assertThat(read.<String>read("$.data.tenantCalendar.listing.exchange.regularClose")).isEqualTo("16:00:00");
		assertThat(read.<String>read("$.data.tenantCalendar.listing.basis")).isEqualTo("COUNTRY_DEFAULT");
		assertThat(read.<String>read("$.data.tenantCalendar.listing.topTenantKey")).isEqualTo(this.parent.key());

		var y2027 = this.api.post(employee(this.subsidiary), READ, Map.of("year", 2027));
		assertThat(y2027.<List<String>>read("$.data.tenantCalendar.holidays[*].date")).contains("2027-03-26");
	}

	@Test
	void aYearOutsideTheLoadedOnesIsABadRequestAndSigningInIsRequired() {
		var y2029 = this.api.post(employee(this.subsidiary), READ, Map.of("year", 2029));
		assertThat(y2029.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(y2029.firstErrorMessage()).isEqualTo("year must be one of the loaded years, 2025 to 2028");

		assertThat(this.api.post(null, READ, Map.of()).firstErrorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void anEmployeeOrASupervisorMayNotChangeTheCalendar() {
		for (Role role : List.of(Role.EMPLOYEE, Role.SUPERVISOR, Role.CEO, Role.BOARD)) {
			var refused = this.api.post(TestIssuer.get().token(this.subsidiary.key(), "someone", role), UPDATE,
					Map.of("input", Map.of("closingDays", List.of(closing("2026-12-24", "Christmas Eve")))));
			assertThat(refused.firstErrorCode()).as(role.name()).isEqualTo("FORBIDDEN");
		}
		assertThat(storedSettings(this.subsidiary)).isZero();
	}

	@Test
	void theAdministratorSetsASubdivisionAndAClosingDayWhichEveryDomainCountsWith() {
		var updated = this.api.post(admin(this.subsidiary), UPDATE,
				Map.of("input", Map.of("subdivision", "DE-BY", "closingDays",
						List.of(closing("2026-12-24", "Christmas Eve"), closing("2026-12-31", "New Year's Eve")))));

		assertThat(updated.<List<?>>read("$.data.tenantCalendarUpdate.userErrors")).as(updated.body()).isEmpty();
		assertThat(updated.<String>read("$.data.tenantCalendarUpdate.tenantCalendar.subdivision")).isEqualTo("DE-BY");
		var read = this.api.post(employee(this.subsidiary), READ, Map.of());
		assertThat(read.<List<String>>read("$.data.tenantCalendar.holidays[?(@.date == '2026-12-24')].kind"))
			.containsExactly("COMPANY_CLOSING");
		assertThat(read.<List<String>>read("$.data.tenantCalendar.holidays[?(@.date == '2026-06-04')].kind"))
			.containsExactly("SUBDIVISION_HOLIDAY");
		assertThat(read.<List<String>>read("$.data.tenantCalendar.closingDays[*].date")).containsExactly("2026-12-24",
				"2026-12-31");
		assertThat(read.<String>read("$.data.tenantCalendar.name")).contains("Bavaria");
		assertThat(read.<String>read("$.data.tenantCalendar.updatedAt")).isNotNull();

		// from Wednesday 2026-12-23: the 24th and the 31st closed, Christmas, New Year's
		// Day, and Epiphany (2027-01-06) in Bavaria
		BusinessCalendar calendar = this.calendars.forTenant(this.subsidiary);
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-12-24"))).isFalse();
		assertThat(calendar.addBusinessDays(LocalDate.parse("2026-12-23"), 4)).isEqualTo("2027-01-04");
		assertThat(calendar.addBusinessDays(LocalDate.parse("2026-12-23"), 6)).isEqualTo("2027-01-07");
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-06-04"))).isFalse();
		// the parent is not affected
		assertThat(this.calendars.forTenant(this.parent).isBusinessDay(LocalDate.parse("2026-12-24"))).isTrue();

		List<AuditEntry> entries = TenantContext.callAs(this.subsidiary,
				() -> this.audit.findByTarget("TenantCalendar", this.subsidiary.key()));
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("calendar.settings.update");
			assertThat(entry.actorSubject()).isEqualTo("admin");
			assertThat(entry.details().get("before")).contains("subdivision=none").contains("closingDays=[]");
			assertThat(entry.details().get("after")).contains("subdivision=DE-BY")
				.contains("2026-12-24 Christmas Eve, 2026-12-31 New Year's Eve");
		});
	}

	@Test
	void theGroupsCfoSetsTheListingExchangeItsSubsidiariesCountWith() {
		assertThat(this.calendars.groupListing(this.subsidiary).orElseThrow().mic()).isEqualTo("XNYS");

		var updated = this.api.post(TestIssuer.get().token(this.parent.key(), "cfo", Role.CFO_CAO), UPDATE,
				Map.of("input", Map.of("listingExchange", "XNAS", "closingDays", List.of())));

		assertThat(updated.<List<?>>read("$.data.tenantCalendarUpdate.userErrors")).as(updated.body()).isEmpty();
		var read = this.api.post(employee(this.subsidiary), READ, Map.of());
		assertThat(read.<String>read("$.data.tenantCalendar.listing.exchange.mic")).isEqualTo("XNAS");
		assertThat(read.<String>read("$.data.tenantCalendar.listing.basis")).isEqualTo("SETTING");
		assertThat(this.calendars.groupListing(this.subsidiary).orElseThrow().mic()).isEqualTo("XNAS");
		assertThat(TenantContext.callAs(this.subsidiary, () -> this.calendars.groupListingForCurrentTenant())
			.orElseThrow()
			.mic()).isEqualTo("XNAS");
		// the US parent counts in its own US federal calendar
		assertThat(this.calendars.forTenant(this.parent).isBusinessDay(LocalDate.parse("2026-11-26"))).isFalse();
	}

	@Test
	void badSettingsGetUserErrorsNamingTheFieldAndStoreNothing() {
		String admin = admin(this.subsidiary);
		assertUserError(admin, Map.of("publicHolidayCountry", "BR", "closingDays", List.of()),
				List.of("input", "publicHolidayCountry"), "UNKNOWN_CALENDAR");
		assertUserError(admin, Map.of("subdivision", "DE-XX", "closingDays", List.of()),
				List.of("input", "subdivision"), "UNKNOWN_SUBDIVISION");
		assertUserError(admin, Map.of("publicHolidayCountry", "FR", "subdivision", "DE-BY", "closingDays", List.of()),
				List.of("input", "subdivision"), "UNKNOWN_SUBDIVISION");
		assertUserError(admin, Map.of("listingExchange", "XNAS", "closingDays", List.of()),
				List.of("input", "listingExchange"), "NOT_GROUP");
		assertUserError(admin, Map.of("closingDays", List.of(closing("2029-01-02", "Too far"))),
				List.of("input", "closingDays", "0", "date"), "CALENDAR_YEAR_NOT_LOADED");
		assertUserError(admin,
				Map.of("closingDays", List.of(closing("2026-12-24", "Eve"), closing("2026-12-24", "Eve again"))),
				List.of("input", "closingDays", "1", "date"), "DUPLICATE_DATE");
		assertUserError(admin, Map.of("closingDays", List.of(closing("2026-12-24", "x".repeat(101)))),
				List.of("input", "closingDays", "0", "name"), "TOO_LONG");
		assertUserError(admin, Map.of("closingDays", List.of(closing("2026-12-24", " "))),
				List.of("input", "closingDays", "0", "name"), "REQUIRED");
		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			tooMany.add(closing(LocalDate.parse("2026-01-01").plusDays(i).toString(), "Day " + i));
		}
		assertUserError(admin, Map.of("closingDays", tooMany), List.of("input", "closingDays"), "TOO_MANY");
		assertUserError(TestIssuer.get().token(this.parent.key(), "admin", Role.TENANT_ADMIN),
				Map.of("listingExchange", "XXXX", "closingDays", List.of()), List.of("input", "listingExchange"),
				"UNKNOWN_EXCHANGE");

		assertThat(storedSettings(this.subsidiary)).isZero();
		assertThat(storedSettings(this.parent)).isZero();
		assertThat(TenantContext.callAs(this.subsidiary,
				() -> this.audit.findByTarget("TenantCalendar", this.subsidiary.key())))
			.isEmpty();
	}

	@Test
	void anExchangesTradingHolidaysAndEarlyCloses() {
		String query = """
				query($mic: String!, $year: Int!) { exchangeCalendar(mic: $mic, year: $year) {
				  year sources exchange { mic name country timeZone regularClose firstYear lastYear }
				  tradingHolidays { date name kind } earlyCloses { date name closeTime closesAt } } }
				""";
		var nyse = this.api.post(employee(this.subsidiary), query, Map.of("mic", "XNYS", "year", 2026));

		assertThat(nyse.hasErrors()).as(nyse.body()).isFalse();
		assertThat(nyse.<String>read("$.data.exchangeCalendar.exchange.timeZone")).isEqualTo("America/New_York");
		assertThat(nyse.<List<String>>read("$.data.exchangeCalendar.tradingHolidays[*].date")).contains("2026-04-03",
				"2026-07-03", "2026-12-25");
		assertThat(nyse.<List<String>>read("$.data.exchangeCalendar.tradingHolidays[*].kind"))
			.containsOnly("MARKET_HOLIDAY");
		assertThat(nyse.<List<String>>read("$.data.exchangeCalendar.earlyCloses[*].date")).containsExactly("2026-11-27",
				"2026-12-24");
		assertThat(nyse.<String>read("$.data.exchangeCalendar.earlyCloses[0].closeTime")).isEqualTo("13:00:00");
		assertThat(OffsetDateTime.parse(nyse.read("$.data.exchangeCalendar.earlyCloses[0].closesAt")))
			.isAtSameInstantAs(OffsetDateTime.parse("2026-11-27T13:00:00-05:00"));
		assertThat(nyse.<List<String>>read("$.data.exchangeCalendar.sources")).singleElement()
			.asString()
			.contains("NYSE");

		var unknown = this.api.post(employee(this.subsidiary), query, Map.of("mic", "XXXX", "year", 2026));
		assertThat(unknown.hasErrors()).isFalse();
		assertThat(unknown.<Object>read("$.data.exchangeCalendar")).isNull();
		var y2029 = this.api.post(employee(this.subsidiary), query, Map.of("mic", "XNYS", "year", 2029));
		assertThat(y2029.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(this.api.post(null, query, Map.of("mic", "XNYS", "year", 2026)).firstErrorCode())
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void theCatalogListsWhatIsLoaded() {
		var catalog = this.api.post(employee(this.subsidiary), """
				{ calendarCatalog { publicHolidayCalendars { country name firstYear lastYear weekend
				    subdivisions { code name } defaultExchange { mic } } exchanges { mic } } }
				""");

		assertThat(catalog.hasErrors()).as(catalog.body()).isFalse();
		assertThat(catalog.<List<String>>read("$.data.calendarCatalog.publicHolidayCalendars[*].country"))
			.containsExactly("DE", "ES", "FR", "GB", "IT", "JP", "US");
		assertThat(catalog.<List<String>>read(
				"$.data.calendarCatalog.publicHolidayCalendars[?(@.country == 'US')].defaultExchange.mic"))
			.containsExactly("XNYS");
		assertThat(catalog.<List<String>>read(
				"$.data.calendarCatalog.publicHolidayCalendars[?(@.country == 'DE')].subdivisions[*].code"))
			.containsExactly("DE-BY");
		assertThat(catalog.<List<String>>read("$.data.calendarCatalog.exchanges[*].mic")).containsExactly("XETR",
				"XLON", "XNAS", "XNYS", "XTKS");
	}

	private void assertUserError(String token, Map<String, Object> input, List<String> field, String code) {
		var refused = this.api.post(token, UPDATE, Map.of("input", input));
		assertThat(refused.hasErrors()).as(refused.body()).isFalse();
		assertThat(refused.<Object>read("$.data.tenantCalendarUpdate.tenantCalendar")).isNull();
		assertThat(refused.<List<String>>read("$.data.tenantCalendarUpdate.userErrors[*].code")).as(refused.body())
			.containsExactly(code);
		assertThat(refused.<List<String>>read("$.data.tenantCalendarUpdate.userErrors[0].field")).isEqualTo(field);
	}

	private long storedSettings(Tenant tenant) {
		return TenantContext.callAs(tenant, () -> this.tenantData.getCollection("calendar_settings").countDocuments());
	}

	private static Map<String, Object> closing(String date, String name) {
		return Map.of("date", date, "name", name);
	}

	private static String employee(Tenant tenant) {
		return TestIssuer.get().token(tenant.key(), "erin", Role.EMPLOYEE);
	}

	private static String admin(Tenant tenant) {
		return TestIssuer.get().token(tenant.key(), "admin", Role.TENANT_ADMIN);
	}

}
