package io.conduct.calendars;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.calendars.CalendarLibrary.PublicHolidays;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.stereotype.Service;

/**
 * The calendars other domains count business days with:
 * <ul>
 * <li>{@link #forTenant}: a tenant's business days: the public holidays of its country
 * (or of the country it chose), of its subdivision if it set one, and the company's own
 * closing days;</li>
 * <li>{@link #exchange}: an exchange's trading days and closing times, by MIC;</li>
 * <li>{@link #publicHolidays}: a country's own public holidays (e.g. US federal business
 * days, as the SEC counts them);</li>
 * <li>{@link #groupListing}: the exchange the group is listed on, which the group's top
 * company sets (e.g. {@code XNAS} for a Nasdaq-listed parent), by default the main
 * exchange of its country ({@code US}: {@code XNYS}).</li>
 * </ul>
 * No role is checked here: the callers are use cases that checked theirs. Each call reads
 * the tenant's settings once; get a calendar once per operation and reuse it.
 */
@Service
public class BusinessCalendars {

	private static final int MAX_GROUP_DEPTH = 16;

	private final CalendarLibrary library;

	private final TenantCalendarStore store;

	private final TenantRegistry registry;

	BusinessCalendars(CalendarLibrary library, TenantCalendarStore store, TenantRegistry registry) {
		this.library = library;
		this.store = store;
		this.registry = registry;
	}

	/**
	 * The business-day calendar of a tenant.
	 * @param tenant the tenant
	 * @return its calendar, covering the years both its public-holiday calendars cover
	 * @throws CalendarNotConfiguredException if no public-holiday calendar is loaded for
	 * the tenant's country (or the one it chose)
	 */
	public BusinessCalendar forTenant(Tenant tenant) {
		return compose(tenant, TenantContext.callAs(tenant, this.store::current));
	}

	/**
	 * The business-day calendar of the current request's tenant.
	 * @return its calendar
	 * @throws CalendarNotConfiguredException as {@link #forTenant}
	 * @throws io.conduct.platform.tenancy.NoTenantContextException without a tenant
	 */
	public BusinessCalendar forCurrentTenant() {
		return forTenant(TenantContext.required());
	}

	/**
	 * A country's nationwide public holidays, whatever a tenant chose: e.g. {@code US}
	 * federal business days, in which the SEC counts filing deadlines (a Form 8-K's four
	 * business days, a Form 4's two), unlike the exchange that is closed on Good Friday.
	 * @param country an ISO 3166-1 alpha-2 code
	 * @return the country's calendar, or empty if none is loaded for it
	 */
	public Optional<BusinessCalendar> publicHolidays(String country) {
		return (country != null) ? this.library.country(country).map(PublicHolidays::calendar) : Optional.empty();
	}

	/**
	 * An exchange's calendar.
	 * @param mic its ISO 10383 market identifier code, e.g. {@code XNYS}
	 * @return its calendar, or empty if none is loaded for that code
	 */
	public Optional<ExchangeCalendar> exchange(String mic) {
		return (mic != null) ? this.library.exchange(mic) : Optional.empty();
	}

	/**
	 * The calendar of the exchange the tenant's group is listed on: the one the group's
	 * top company set, else the default exchange of the top company's country.
	 * @param tenant any tenant of the group
	 * @return the listing's calendar, or empty if the top company set none and its
	 * country has no default exchange
	 */
	public Optional<ExchangeCalendar> groupListing(Tenant tenant) {
		return listing(tenant).map(GroupListing::exchange);
	}

	/**
	 * The calendar of the exchange the current request's group is listed on, as
	 * {@link #groupListing}.
	 * @return the listing's calendar, or empty
	 */
	public Optional<ExchangeCalendar> groupListingForCurrentTenant() {
		return groupListing(TenantContext.required());
	}

	/** The group's listing, and whether its top company chose it. */
	Optional<GroupListing> listing(Tenant tenant) {
		Tenant top = topOf(tenant);
		TenantCalendarSettings settings = TenantContext.callAs(top, this.store::current);
		if (settings.listingExchange() != null) {
			return this.library.exchange(settings.listingExchange()).map((e) -> new GroupListing(top, e, true));
		}
		return this.library.country(top.country())
			.map(PublicHolidays::defaultExchange)
			.flatMap(this.library::exchange)
			.map((e) -> new GroupListing(top, e, false));
	}

	/** The group's top company: the tenant's furthest ancestor. */
	Tenant topOf(Tenant tenant) {
		Tenant current = tenant;
		for (int i = 0; i < MAX_GROUP_DEPTH && current.parentKey() != null; i++) {
			Optional<Tenant> parent = this.registry.findByKey(current.parentKey());
			if (parent.isEmpty()) {
				break;
			}
			current = parent.get();
		}
		return current;
	}

	/** A tenant's calendar under the given settings. */
	BusinessCalendar compose(Tenant tenant, TenantCalendarSettings settings) {
		String country = (settings.publicHolidayCountry() != null) ? settings.publicHolidayCountry() : tenant.country();
		PublicHolidays national = this.library.country(country)
			.orElseThrow(() -> new CalendarNotConfiguredException(tenant.key(), country));
		Optional<PublicHolidays> subdivision = Optional.empty();
		if (settings.subdivision() != null) {
			subdivision = this.library.subdivision(settings.subdivision()).filter((s) -> country.equals(s.parent()));
			if (subdivision.isEmpty()) {
				throw new CalendarNotConfiguredException(tenant.key(), settings.subdivision());
			}
		}
		int first = national.firstYearWith(subdivision);
		int last = national.lastYearWith(subdivision);
		if (first > last) {
			throw new CalendarNotConfiguredException(tenant.key(), settings.subdivision());
		}
		List<Holiday> holidays = new ArrayList<>(national.calendar().allHolidays());
		subdivision.ifPresent((s) -> holidays.addAll(s.calendar().allHolidays()));
		settings.closingDays()
			.forEach((day) -> holidays.add(new Holiday(day.day(), day.name(), HolidayKind.COMPANY_CLOSING)));
		holidays.removeIf((h) -> h.date().getYear() < first || h.date().getYear() > last);
		Map<Integer, List<String>> sources = new LinkedHashMap<>();
		for (int year = first; year <= last; year++) {
			List<String> yearSources = new ArrayList<>(national.calendar().allSources().getOrDefault(year, List.of()));
			int y = year;
			subdivision.ifPresent((s) -> yearSources.addAll(s.calendar().allSources().getOrDefault(y, List.of())));
			sources.put(year, List.copyOf(yearSources));
		}
		String id = subdivision.map(PublicHolidays::id).orElse(national.id());
		String name = national.name() + subdivision.map((s) -> " and " + s.name()).orElse("");
		return new BusinessCalendar(id, name, national.calendar().weekend(), first, last, holidays, sources);
	}

	/**
	 * The exchange a group is listed on.
	 *
	 * @param topTenant the group's top company
	 * @param exchange the exchange's calendar
	 * @param chosen whether the top company chose it (else it is its country's default)
	 */
	record GroupListing(Tenant topTenant, ExchangeCalendar exchange, boolean chosen) {
	}

}
