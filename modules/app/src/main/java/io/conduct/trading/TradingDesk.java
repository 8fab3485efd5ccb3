package io.conduct.trading;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.calendars.ExchangeCalendar;
import io.conduct.people.PeopleDirectory;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the CFO/CAO keeps at the insider trading desk: the tenant's settings, the dates of
 * each fiscal quarter (earnings release, periodic report), the restricted list (the
 * delegates read it too), and the watch list and event windows, which nobody else sees.
 */
@Service
class TradingDesk {

	static final int MAX_PEOPLE = 500;

	static final int MAX_GROUPS = 20;

	static final int MAX_SECURITIES = 100;

	static final int TEXT_LENGTH = 1_000;

	private final TradingStore store;

	private final TradingFactsSource facts;

	private final TradingAccess access;

	private final TradingRules rules;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	TradingDesk(TradingStore store, TradingFactsSource facts, TradingAccess access, TradingRules rules,
			PeopleDirectory people, AuditTrail audit, Clock clock) {
		this.store = store;
		this.facts = facts;
		this.access = access;
		this.rules = rules;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	// settings

	@PreAuthorize(Authorities.ANY_ROLE)
	public TradingSettings settings() {
		this.access.requireDesk();
		return this.store.settings(this.rules.defaults());
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<TradingSettings> updateSettings(SettingsChange change) {
		Validation validation = new Validation();
		validation.range("clearanceTradingDays", change.clearanceTradingDays(), 1, TradingSettings.MAX_CLEARANCE_DAYS);
		validation.range("blackoutStartDay", change.blackoutStartDay(), 1, 28);
		validation.range("blackoutEndTradingDays", change.blackoutEndTradingDays(), 0, 10);
		if (change.subjectScope() == null) {
			validation.reject("subjectScope", UserErrorCode.REQUIRED, "Required");
		}
		List<TradingSettings.SubjectGroup> groups = (change.subjectGroups() != null) ? change.subjectGroups()
				: List.of();
		if (validation.maxItems("subjectGroups", groups, MAX_GROUPS)) {
			for (int i = 0; i < groups.size(); i++) {
				TradingSettings.SubjectGroup group = groups.get(i);
				String field = "subjectGroups." + i;
				validation.text(field + ".name", group.name(), 100);
				if (validation.maxItems(field + ".departments", group.departments(), 50)) {
					for (int d = 0; d < group.departments().size(); d++) {
						validation.text(field + ".departments." + d, group.departments().get(d), 100);
					}
				}
				people(validation, field + ".personIds", group.personIds(), false);
				if (group.personTypes().isEmpty() && group.departments().isEmpty() && group.personIds().isEmpty()) {
					validation.reject(field, UserErrorCode.REQUIRED,
							"A group names person types, departments or people");
				}
			}
		}
		List<String> delegates = (change.delegatePersonIds() != null) ? change.delegatePersonIds() : List.of();
		people(validation, "delegatePersonIds", delegates, false);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		TradingSettings before = this.store.settings(this.rules.defaults());
		TradingSettings after = this.store
			.save(new TradingSettings(TradingSettings.ID, change.clearanceTradingDays(), change.subjectScope(),
					groups.stream()
						.map((g) -> new TradingSettings.SubjectGroup(g.name().trim(), g.personTypes(),
								g.departments().stream().map(String::trim).toList(), distinct(g.personIds())))
						.toList(),
					distinct(delegates), change.blackoutStartDay(), change.blackoutEndTradingDays(),
					this.clock.instant()));
		this.audit.record("trading-settings.update", "TradingSettings", TradingSettings.ID,
				Map.of("before", summary(before), "after", summary(after)));
		return Outcome.of(after);
	}

	// fiscal quarters

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<QuarterDates> setQuarter(int fiscalYear, int quarter, LocalDate earningsReleaseDate,
			LocalDate periodicReportFilingDate) {
		Validation validation = new Validation();
		boolean known = validation.range("fiscalYear", fiscalYear, 2000, 2200)
				& validation.range("quarter", quarter, 1, 4);
		if (known) {
			Tenant tenant = TenantContext.required();
			QuarterlyBlackouts.FiscalQuarter q = QuarterlyBlackouts.FiscalQuarter.of(fiscalYear, quarter,
					tenant.fiscalYearStartMonth());
			ExchangeCalendar listing = this.facts.listing(tenant);
			if (earningsReleaseDate != null) {
				afterQuarter(validation, "earningsReleaseDate", earningsReleaseDate, q);
				if (!listing.covers(earningsReleaseDate) || !listing.covers(earningsReleaseDate.plusDays(30))) {
					validation.reject("earningsReleaseDate", UserErrorCode.CALENDAR_YEAR_NOT_LOADED,
							"The calendar of " + listing.mic() + " has no data for the days after "
									+ earningsReleaseDate + " (loaded: " + listing.firstYear() + " to "
									+ listing.lastYear() + ")");
				}
			}
			if (periodicReportFilingDate != null) {
				afterQuarter(validation, "periodicReportFilingDate", periodicReportFilingDate, q);
				if (!this.facts.secBusinessDays().covers(periodicReportFilingDate.plusDays(30))) {
					validation.reject("periodicReportFilingDate", UserErrorCode.CALENDAR_YEAR_NOT_LOADED,
							"The SEC's business days after " + periodicReportFilingDate + " are not loaded");
				}
			}
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		QuarterDates saved = this.store.save(new QuarterDates(QuarterDates.keyOf(fiscalYear, quarter), fiscalYear,
				quarter, earningsReleaseDate, periodicReportFilingDate, this.clock.instant()));
		this.audit.record("trading-quarter.set", "TradingQuarter", saved.id(),
				Map.of("earningsReleaseDate", String.valueOf(earningsReleaseDate), "periodicReportFilingDate",
						String.valueOf(periodicReportFilingDate)));
		return Outcome.of(saved);
	}

	/** A fiscal year's quarters with their blackout windows; everyone sees them. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public TradingCalendar calendar(int fiscalYear) {
		if (fiscalYear < 2000 || fiscalYear > 2200) {
			throw ConductException.badRequest("The fiscal year is 2000 to 2200");
		}
		Tenant tenant = TenantContext.required();
		TradingSettings settings = this.store.settings(this.rules.defaults());
		LocalDate anyDay = LocalDate.of(fiscalYear, tenant.fiscalYearStartMonth(), 1);
		QuarterlyBlackouts blackouts = this.facts.blackouts(tenant, settings, anyDay.plusMonths(6));
		Map<String, QuarterDates> dates = this.store.quarters(fiscalYear, fiscalYear);
		List<TradingCalendar.Quarter> quarters = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			QuarterlyBlackouts.FiscalQuarter quarter = QuarterlyBlackouts.FiscalQuarter.of(fiscalYear, q,
					tenant.fiscalYearStartMonth());
			RequestFacts.Blackout window = blackouts.windowOf(quarter);
			QuarterDates entered = dates.get(QuarterDates.keyOf(fiscalYear, q));
			quarters.add(new TradingCalendar.Quarter(fiscalYear, q, quarter.start(), quarter.end(), window.startDate(),
					window.releaseDate(), window.lastDay(),
					(window.endsAt() != null) ? window.endsAt().toInstant() : null,
					(entered != null) ? entered.periodicReportFilingDate() : null));
		}
		return new TradingCalendar(fiscalYear, tenant.fiscalYearStartMonth(), blackouts.listing().mic(),
				settings.blackoutStartDay(), settings.blackoutEndTradingDays(), quarters);
	}

	// the restricted list

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<TradingRestriction> restrict(Restricting restricting) {
		Validation validation = new Validation();
		security(validation, restricting.securityId());
		List<String> named = (restricting.personIds() != null) ? restricting.personIds() : List.of();
		if (restricting.scope() == null) {
			validation.reject("scope", UserErrorCode.REQUIRED, "Required");
		}
		else if (restricting.scope() == RestrictionScope.NAMED_PEOPLE) {
			people(validation, "personIds", named, true);
		}
		else if (!named.isEmpty()) {
			validation.reject("personIds", UserErrorCode.INVALID, "A restriction for everyone names nobody");
		}
		dates(validation, restricting.startDate(), restricting.endDate());
		validation.optionalText("reason", restricting.reason(), TEXT_LENGTH);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		TradingRestriction restriction = this.store
			.insert(new TradingRestriction(UUID.randomUUID().toString(), restricting.securityId(), restricting.scope(),
					distinct(named), restricting.startDate(), restricting.endDate(), trimmed(restricting.reason()),
					CurrentUser.required().getName(), this.clock.instant()));
		this.audit.record("trading-restriction.add", "TradingRestriction", restriction.id(),
				Map.of("securityId", restriction.securityId()));
		return Outcome.of(restriction);
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<TradingRestriction> endRestriction(String restrictionId, LocalDate endDate) {
		Optional<TradingRestriction> found = (restrictionId != null)
				? this.store.find(restrictionId, TradingRestriction.class) : Optional.empty();
		if (found.isEmpty()) {
			return Outcome.rejected("tradingRestrictionId", UserErrorCode.NOT_FOUND, "No such restriction");
		}
		Validation validation = new Validation();
		dates(validation, found.get().startDate(), endDate);
		if (endDate == null) {
			validation.reject("endDate", UserErrorCode.REQUIRED, "Required");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		TradingRestriction ended = this.store.save(found.get().endingOn(endDate));
		this.audit.record("trading-restriction.end", "TradingRestriction", ended.id(),
				Map.of("endDate", endDate.toString()));
		return Outcome.of(ended);
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public List<TradingRestriction> restrictions(Paging paging) {
		this.access.requireDesk();
		return this.store.newestFirst(TradingRestriction.class, null, "addedAt", paging.after(), paging.probe());
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<TradingRestriction> restriction(String restrictionId) {
		return this.access.desk().flatMap((desk) -> this.store.find(restrictionId, TradingRestriction.class));
	}

	// the watch list (the CFO/CAO only)

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<WatchListEntry> watch(String securityId, LocalDate startDate, LocalDate endDate, String note) {
		Validation validation = new Validation();
		security(validation, securityId);
		dates(validation, startDate, endDate);
		validation.optionalText("note", note, TEXT_LENGTH);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		WatchListEntry entry = this.store.insert(new WatchListEntry(UUID.randomUUID().toString(), securityId, startDate,
				endDate, trimmed(note), CurrentUser.required().getName(), this.clock.instant()));
		this.audit.record("trading-watch.add", "WatchListEntry", entry.id(), Map.of("securityId", securityId));
		return Outcome.of(entry);
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<WatchListEntry> endWatch(String entryId, LocalDate endDate) {
		Optional<WatchListEntry> found = (entryId != null) ? this.store.find(entryId, WatchListEntry.class)
				: Optional.empty();
		if (found.isEmpty()) {
			return Outcome.rejected("watchListEntryId", UserErrorCode.NOT_FOUND, "No such entry");
		}
		Validation validation = new Validation();
		if (endDate == null) {
			validation.reject("endDate", UserErrorCode.REQUIRED, "Required");
		}
		dates(validation, found.get().startDate(), endDate);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		WatchListEntry ended = this.store.save(found.get().endingOn(endDate));
		this.audit.record("trading-watch.end", "WatchListEntry", ended.id(), Map.of("endDate", endDate.toString()));
		return Outcome.of(ended);
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public List<WatchListEntry> watchList(Paging paging) {
		return this.store.newestFirst(WatchListEntry.class, null, "addedAt", paging.after(), paging.probe());
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<WatchListEntry> watchEntry(String entryId) {
		return TradingAccess.isCfo() ? this.store.find(entryId, WatchListEntry.class) : Optional.empty();
	}

	// event windows (the CFO/CAO only)

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<EventWindow> openWindow(String name, List<String> personIds, List<String> securityIds) {
		Validation validation = new Validation();
		validation.text("name", name, 200);
		List<String> named = (personIds != null) ? personIds : List.of();
		people(validation, "personIds", named, true);
		List<String> covered = (securityIds != null) ? securityIds : List.of();
		if (validation.maxItems("securityIds", covered, MAX_SECURITIES)) {
			Set<String> found = this.store.findAll(distinct(covered), TradingSecurity.class, TradingSecurity::id)
				.keySet();
			for (int i = 0; i < covered.size(); i++) {
				if (covered.get(i) == null || !found.contains(covered.get(i))) {
					validation.reject("securityIds." + i, UserErrorCode.NOT_FOUND, "No such security");
				}
			}
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		EventWindow window = this.store.insert(new EventWindow(UUID.randomUUID().toString(), name.trim(),
				distinct(named), distinct(covered), this.clock.instant(), null, CurrentUser.required().getName()));
		this.audit.record("trading-event-window.open", "EventWindow", window.id(),
				Map.of("people", String.valueOf(window.personIds().size())));
		return Outcome.of(window);
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<EventWindow> closeWindow(String windowId) {
		Optional<EventWindow> found = (windowId != null) ? this.store.find(windowId, EventWindow.class)
				: Optional.empty();
		if (found.isEmpty()) {
			return Outcome.rejected("eventWindowId", UserErrorCode.NOT_FOUND, "No such event window");
		}
		if (!found.get().isOpen()) {
			return Outcome.rejected("eventWindowId", UserErrorCode.CLOSED, "It is closed already");
		}
		EventWindow window = found.get();
		EventWindow closed = this.store.save(new EventWindow(window.id(), window.name(), window.personIds(),
				window.securityIds(), window.openedAt(), this.clock.instant(), window.openedBy()));
		this.audit.record("trading-event-window.close", "EventWindow", closed.id(), Map.of());
		return Outcome.of(closed);
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public List<EventWindow> windows(Paging paging) {
		return this.store.newestFirst(EventWindow.class, null, "openedAt", paging.after(), paging.probe());
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<EventWindow> window(String windowId) {
		return TradingAccess.isCfo() ? this.store.find(windowId, EventWindow.class) : Optional.empty();
	}

	// checks

	private void security(Validation validation, String securityId) {
		if (securityId == null) {
			validation.reject("securityId", UserErrorCode.REQUIRED, "Required");
		}
		else if (this.store.find(securityId, TradingSecurity.class).isEmpty()) {
			validation.reject("securityId", UserErrorCode.NOT_FOUND, "No such security");
		}
	}

	private void people(Validation validation, String field, List<String> personIds, boolean required) {
		if (personIds == null || personIds.isEmpty()) {
			if (required) {
				validation.reject(field, UserErrorCode.REQUIRED, "At least one person");
			}
			return;
		}
		if (!validation.maxItems(field, personIds, MAX_PEOPLE)) {
			return;
		}
		Set<String> found = this.people.findAll(distinct(personIds)).keySet();
		for (int i = 0; i < personIds.size(); i++) {
			if (personIds.get(i) == null || !found.contains(personIds.get(i))) {
				validation.reject(field + "." + i, UserErrorCode.NOT_FOUND, "No such person");
			}
		}
	}

	private static void dates(Validation validation, LocalDate startDate, LocalDate endDate) {
		if (startDate == null) {
			validation.reject("startDate", UserErrorCode.REQUIRED, "Required");
		}
		else if (endDate != null && endDate.isBefore(startDate)) {
			validation.reject("endDate", UserErrorCode.OUT_OF_RANGE, "Not before its first day, " + startDate);
		}
	}

	private static void afterQuarter(Validation validation, String field, LocalDate day,
			QuarterlyBlackouts.FiscalQuarter quarter) {
		if (!day.isAfter(quarter.end()) || day.isAfter(quarter.end().plusMonths(6))) {
			validation.reject(field, UserErrorCode.OUT_OF_RANGE,
					"After the quarter ends on " + quarter.end() + ", within six months");
		}
	}

	private static List<String> distinct(Collection<String> values) {
		return List.copyOf(new LinkedHashSet<>(values));
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static String summary(TradingSettings settings) {
		return "clearanceTradingDays=" + settings.clearanceTradingDays() + ", subjectScope=" + settings.subjectScope()
				+ ", groups=" + settings.subjectGroups().size() + ", delegates=" + settings.delegatePersonIds().size()
				+ ", blackoutStartDay=" + settings.blackoutStartDay() + ", blackoutEndTradingDays="
				+ settings.blackoutEndTradingDays();
	}

	/**
	 * The settings as the CFO/CAO sets them; the input replaces them.
	 *
	 * @param clearanceTradingDays trading days a clearance is valid
	 * @param subjectScope everyone or the named groups
	 * @param subjectGroups the named groups
	 * @param delegatePersonIds the delegates
	 * @param blackoutStartDay the day of a quarter's last month its window opens
	 * @param blackoutEndTradingDays full trading days after the release it lasts
	 */
	record SettingsChange(Integer clearanceTradingDays, SubjectScope subjectScope,
			List<TradingSettings.SubjectGroup> subjectGroups, List<String> delegatePersonIds, Integer blackoutStartDay,
			Integer blackoutEndTradingDays) {
	}

	/**
	 * An entry of the restricted list as entered.
	 *
	 * @param securityId the security
	 * @param scope everyone or the people named
	 * @param personIds the people named
	 * @param startDate its first day
	 * @param endDate its last day, if set
	 * @param reason why
	 */
	record Restricting(String securityId, RestrictionScope scope, List<String> personIds, LocalDate startDate,
			LocalDate endDate, String reason) {
	}

	/**
	 * A fiscal year's quarters and their blackout windows.
	 *
	 * @param fiscalYear the fiscal year, named by the calendar year it starts in
	 * @param fiscalYearStartMonth the month it starts in
	 * @param exchange the listing exchange whose trading days count
	 * @param blackoutStartDay the day of each quarter's last month its window opens
	 * @param blackoutEndTradingDays full trading days after the release it lasts
	 * @param quarters the four quarters
	 */
	record TradingCalendar(int fiscalYear, int fiscalYearStartMonth, String exchange, int blackoutStartDay,
			int blackoutEndTradingDays, List<Quarter> quarters) {

		/**
		 * A quarter and its window.
		 *
		 * @param fiscalYear the fiscal year
		 * @param quarter 1 to 4
		 * @param startDate its first day
		 * @param endDate its last day
		 * @param blackoutStartDate its window's first day
		 * @param earningsReleaseDate its earnings release, once entered
		 * @param blackoutLastDate its window's last trading day, once the release is
		 * entered
		 * @param blackoutEndsAt the close that day
		 * @param periodicReportFilingDate the filing of its periodic report, once entered
		 */
		record Quarter(int fiscalYear, int quarter, LocalDate startDate, LocalDate endDate, LocalDate blackoutStartDate,
				LocalDate earningsReleaseDate, LocalDate blackoutLastDate, Instant blackoutEndsAt,
				LocalDate periodicReportFilingDate) {
		}

	}

}
