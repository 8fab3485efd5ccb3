package io.conduct.calendars;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.conduct.calendars.CalendarLibrary.PublicHolidays;
import io.conduct.calendars.CalendarViews.CalendarCatalogView;
import io.conduct.calendars.CalendarViews.ClosingDayInput;
import io.conduct.calendars.CalendarViews.ClosingDayView;
import io.conduct.calendars.CalendarViews.EarlyCloseView;
import io.conduct.calendars.CalendarViews.ExchangeCalendarView;
import io.conduct.calendars.CalendarViews.GroupListingView;
import io.conduct.calendars.CalendarViews.ListingBasis;
import io.conduct.calendars.CalendarViews.PublicHolidayCalendarView;
import io.conduct.calendars.CalendarViews.SubdivisionView;
import io.conduct.calendars.CalendarViews.TenantCalendarUpdateInput;
import io.conduct.calendars.CalendarViews.TenantCalendarView;
import io.conduct.calendars.TenantCalendarSettings.ClosingDay;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The calendars as people read and set them: a tenant's calendar of a year (anyone signed
 * in), exchanges' calendars and the catalog of what is loaded (anyone signed in), and the
 * tenant's settings (its TENANT_ADMIN or CFO/CAO), audited with the values before and
 * after.
 */
@Component
class CalendarService {

	static final String MANAGERS = "hasAnyRole('TENANT_ADMIN', 'CFO_CAO')";

	static final int MAX_CLOSING_DAYS = 100;

	static final int MAX_NAME = 100;

	static final int MAX_CODE = 12;

	private final BusinessCalendars calendars;

	private final CalendarLibrary library;

	private final TenantCalendarStore store;

	private final AuditTrail audit;

	private final Clock clock;

	CalendarService(BusinessCalendars calendars, CalendarLibrary library, TenantCalendarStore store, AuditTrail audit,
			Clock clock) {
		this.calendars = calendars;
		this.library = library;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The tenant's calendar of a year; the current year in the tenant's zone by default.
	 * A year outside the loaded ones is a bad request.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public TenantCalendarView tenantCalendar(Integer year) {
		Tenant tenant = TenantContext.required();
		TenantCalendarSettings settings = this.store.current();
		BusinessCalendar calendar = this.calendars.compose(tenant, settings);
		if (year != null && (year < calendar.firstYear() || year > calendar.lastYear())) {
			throw ConductException.badRequest(
					"year must be one of the loaded years, " + calendar.firstYear() + " to " + calendar.lastYear());
		}
		return view(tenant, settings, calendar, (year != null) ? year : currentYear(tenant));
	}

	/** An exchange's calendar of a year, empty for an exchange without one. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<ExchangeCalendarView> exchangeCalendar(String mic, int year) {
		if (mic == null || mic.length() > MAX_CODE) {
			throw ConductException.badRequest("mic is an ISO 10383 market identifier code, e.g. XNYS");
		}
		return this.library.exchange(mic).map((exchange) -> {
			if (year < exchange.firstYear() || year > exchange.lastYear()) {
				throw ConductException.badRequest(
						"year must be one of the loaded years, " + exchange.firstYear() + " to " + exchange.lastYear());
			}
			List<EarlyCloseView> earlyCloses = exchange.earlyCloses(year)
				.stream()
				.map((e) -> new EarlyCloseView(e.date(), e.name(), e.close(),
						ZonedDateTime.of(e.date(), e.close(), exchange.zone()).toOffsetDateTime()))
				.toList();
			return new ExchangeCalendarView(CalendarViews.exchange(exchange), year, exchange.sources(year),
					exchange.holidays(year).stream().map((h) -> CalendarViews.holiday(h, exchange.weekend())).toList(),
					earlyCloses);
		});
	}

	/** The public-holiday calendars and exchanges loaded, with their years. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public CalendarCatalogView catalog() {
		List<PublicHolidayCalendarView> countries = this.library.countries()
			.stream()
			.map((country) -> new PublicHolidayCalendarView(country.id(), country.name(), country.firstYear(),
					country.lastYear(), CalendarViews.days(country.calendar().weekend()),
					this.library.subdivisionsOf(country.id())
						.stream()
						.map((s) -> new SubdivisionView(s.id(), s.name(), s.firstYear(), s.lastYear()))
						.toList(),
					Optional.ofNullable(country.defaultExchange())
						.flatMap(this.library::exchange)
						.map(CalendarViews::exchange)
						.orElse(null)))
			.toList();
		return new CalendarCatalogView(countries,
				this.library.exchanges().stream().map(CalendarViews::exchange).toList());
	}

	/**
	 * Replaces the tenant's calendar settings. Refused, with nothing stored: an unknown
	 * public-holiday calendar, subdivision or exchange, a listing exchange set by a
	 * subsidiary, too many closing days, a closing day twice or outside the loaded years.
	 */
	@PreAuthorize(MANAGERS)
	public Outcome<TenantCalendarView> update(TenantCalendarUpdateInput input) {
		Tenant tenant = TenantContext.required();
		Validation validation = new Validation();
		String country = (input.publicHolidayCountry() != null) ? input.publicHolidayCountry() : tenant.country();
		Optional<PublicHolidays> national = this.library.country(country);
		if (national.isEmpty()) {
			validation.reject("publicHolidayCountry", UserErrorCode.UNKNOWN_CALENDAR,
					"No public-holiday calendar is loaded for " + country + "; loaded: "
							+ this.library.countries()
								.stream()
								.map(PublicHolidays::id)
								.collect(Collectors.joining(", ")));
		}
		Optional<PublicHolidays> subdivision = Optional.empty();
		if (input.subdivision() != null && validation.optionalText("subdivision", input.subdivision(), MAX_CODE)) {
			subdivision = this.library.subdivision(input.subdivision()).filter((s) -> country.equals(s.parent()));
			if (subdivision.isEmpty()) {
				validation.reject("subdivision", UserErrorCode.UNKNOWN_SUBDIVISION,
						"No subdivision " + input.subdivision() + " of " + country + " is loaded; loaded: "
								+ this.library.subdivisionsOf(country)
									.stream()
									.map(PublicHolidays::id)
									.collect(Collectors.joining(", ")));
			}
		}
		if (input.listingExchange() != null
				&& validation.optionalText("listingExchange", input.listingExchange(), MAX_CODE)) {
			if (tenant.parentKey() != null) {
				validation.reject("listingExchange", UserErrorCode.NOT_GROUP,
						"Only the group's top company sets the exchange the group is listed on");
			}
			else if (this.library.exchange(input.listingExchange()).isEmpty()) {
				validation.reject("listingExchange", UserErrorCode.UNKNOWN_EXCHANGE,
						"No calendar is loaded for the exchange " + input.listingExchange() + "; loaded: "
								+ this.library.exchanges()
									.stream()
									.map(ExchangeCalendar::mic)
									.collect(Collectors.joining(", ")));
			}
		}
		List<ClosingDay> closingDays = closingDays(validation, input.closingDays(), national, subdivision);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		TenantCalendarSettings before = this.store.current();
		TenantCalendarSettings saved = this.store.save(
				new TenantCalendarSettings(TenantCalendarSettings.ID, input.publicHolidayCountry(), input.subdivision(),
						closingDays, input.listingExchange(), this.clock.instant(), CurrentUser.required().getName()));
		this.audit.record("calendar.settings.update", "TenantCalendar", tenant.key(),
				Map.of("before", before.describe(), "after", saved.describe()));
		return Outcome.of(view(tenant, saved, this.calendars.compose(tenant, saved), currentYear(tenant)));
	}

	private List<ClosingDay> closingDays(Validation validation, List<ClosingDayInput> input,
			Optional<PublicHolidays> national, Optional<PublicHolidays> subdivision) {
		List<ClosingDay> days = new ArrayList<>();
		if (input == null) {
			validation.reject("closingDays", UserErrorCode.REQUIRED, "Required; an empty list for none");
			return days;
		}
		if (!validation.maxItems("closingDays", input, MAX_CLOSING_DAYS)) {
			return days;
		}
		int first = national.map((n) -> n.firstYearWith(subdivision)).orElse(Integer.MIN_VALUE);
		int last = national.map((n) -> n.lastYearWith(subdivision)).orElse(Integer.MAX_VALUE);
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < input.size(); i++) {
			ClosingDayInput day = input.get(i);
			String field = "closingDays." + i;
			if (day == null || day.date() == null) {
				validation.reject(field + ".date", UserErrorCode.REQUIRED, "Required");
				continue;
			}
			boolean valid = validation.text(field + ".name", day.name(), MAX_NAME);
			if (national.isPresent() && (day.date().getYear() < first || day.date().getYear() > last)) {
				validation.reject(field + ".date", UserErrorCode.CALENDAR_YEAR_NOT_LOADED,
						"The calendar covers " + first + " to " + last + ", not " + day.date().getYear());
				valid = false;
			}
			else if (!seen.add(day.date())) {
				validation.reject(field + ".date", UserErrorCode.DUPLICATE_DATE, day.date() + " is listed twice");
				valid = false;
			}
			if (valid) {
				days.add(new ClosingDay(day.date().toString(), day.name().strip()));
			}
		}
		return days;
	}

	private TenantCalendarView view(Tenant tenant, TenantCalendarSettings settings, BusinessCalendar calendar,
			int year) {
		GroupListingView listing = this.calendars.listing(tenant)
			.map((l) -> new GroupListingView(CalendarViews.exchange(l.exchange()),
					l.chosen() ? ListingBasis.SETTING : ListingBasis.COUNTRY_DEFAULT, l.topTenant().key()))
			.orElse(null);
		return new TenantCalendarView(year,
				(settings.publicHolidayCountry() != null) ? settings.publicHolidayCountry() : tenant.country(),
				settings.subdivision(), calendar.name(), CalendarViews.days(calendar.weekend()),
				calendar.holidays(year).stream().map((h) -> CalendarViews.holiday(h, calendar.weekend())).toList(),
				settings.closingDays().stream().map((d) -> new ClosingDayView(d.day(), d.name())).toList(),
				calendar.firstYear(), calendar.lastYear(), calendar.sources(year), listing, settings.updatedAt());
	}

	private int currentYear(Tenant tenant) {
		return LocalDate.now(this.clock.withZone(tenant.zoneId())).getYear();
	}

}
