package io.conduct.trading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.calendars.BusinessCalendars;
import io.conduct.calendars.ExchangeCalendar;
import io.conduct.cases.CaseInsiders;
import io.conduct.people.Person;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.stereotype.Component;

/**
 * Gathers what the engine needs for a request or a trade: the quarterly blackout from the
 * tenant's fiscal calendar and the group's listing exchange, the event windows the person
 * is in, whether an open case makes them an insider, the restricted and watch lists of
 * the security, the plan's cooling-off, and the person's trades around the day. One query
 * per kind of fact; the calendars are in memory.
 */
@Component
class TradingFactsSource {

	private final TradingStore store;

	private final BusinessCalendars calendars;

	private final CaseInsiders cases;

	private final TradingRules rules;

	TradingFactsSource(TradingStore store, BusinessCalendars calendars, CaseInsiders cases, TradingRules rules) {
		this.store = store;
		this.calendars = calendars;
		this.cases = cases;
		this.rules = rules;
	}

	RequestFacts of(Tenant tenant, TradingSettings settings, Person person, TradingSecurity security, TradeKind kind,
			TradingPlan plan, Instant at, LocalDate today) {
		TradingSettings.Subjection subjection = settings.subjection(person);
		RequestFacts.Blackout blackout = security.isCompany()
				? blackouts(tenant, settings, today).inForceAt(at).orElse(null) : null;
		List<RequestFacts.Window> windows = this.store.windowsWith(person.id(), at)
			.stream()
			.map(EventWindow::facts)
			.toList();
		boolean insider = security.isCompany() && isCaseInsider(person);
		RequestFacts.RestrictedList restricted = RequestFacts.RestrictedList
			.of(this.store.restrictionsOf(security.id()).stream().map(TradingRestriction::facts).toList());
		List<RequestFacts.Watch> watched = this.store.watchOf(security.id())
			.stream()
			.map(WatchListEntry::facts)
			.toList();
		List<RequestFacts.PastTrade> trades = (security.isCompany() && person.type() != null
				&& person.type().isExecutiveOrDirector())
						? this.store
							.companyTrades(person.id(), today.minusMonths(this.rules.shortSwingMonths()),
									today.plusMonths(this.rules.shortSwingMonths()))
							.stream()
							.map(Trade::facts)
							.toList()
						: List.of();
		return new RequestFacts(at, today,
				new RequestFacts.Requester(person.id(), person.type(), subjection.subject(), subjection.basis()),
				security.facts(), kind, (plan != null) ? plan(tenant, plan) : null, blackout, windows, insider,
				restricted, watched, trades);
	}

	/**
	 * Whether the person handles, investigates or is informed of an open case about
	 * accounting, auditing or a violation of law, by name or by a role the directory
	 * records for them.
	 */
	boolean isCaseInsider(Person person) {
		CaseInsiders.Insiders insiders = this.cases.openCaseInsiders();
		return insiders.personIds().contains(person.id())
				|| person.roles().stream().anyMatch(insiders.roles()::contains);
	}

	/** The tenant's quarterly blackouts around a day. */
	QuarterlyBlackouts blackouts(Tenant tenant, TradingSettings settings, LocalDate around) {
		ExchangeCalendar listing = listing(tenant);
		QuarterlyBlackouts.FiscalQuarter quarter = QuarterlyBlackouts.quarterOf(around, tenant.fiscalYearStartMonth());
		return new QuarterlyBlackouts(tenant.fiscalYearStartMonth(), settings.blackoutStartDay(),
				settings.blackoutEndTradingDays(), listing,
				this.store.quarters(quarter.fiscalYear() - 1, quarter.fiscalYear() + 1));
	}

	/** The exchange the group is listed on, whose trading days end the blackouts. */
	ExchangeCalendar listing(Tenant tenant) {
		return this.calendars.groupListing(tenant)
			.orElseThrow(() -> new ConductException(ErrorCode.UNAVAILABLE,
					"The group has no listing exchange; its top company sets one with tenantCalendarUpdate"));
	}

	/** A plan with its cooling-off, from the quarter's periodic report once entered. */
	RequestFacts.Plan plan(Tenant tenant, TradingPlan plan) {
		CoolingOff.Period period = coolingOff(tenant, plan);
		return new RequestFacts.Plan(plan.id(), plan.adoptionDate(), plan.endDate(), period.endDate(), period.basis());
	}

	CoolingOff.Period coolingOff(Tenant tenant, TradingPlan plan) {
		return coolingOffs(tenant, List.of(plan)).get(plan.id());
	}

	/** The cooling-off of each plan, by id, with one read of the quarters' dates. */
	java.util.Map<String, CoolingOff.Period> coolingOffs(Tenant tenant, java.util.Collection<TradingPlan> plans) {
		if (plans.isEmpty()) {
			return java.util.Map.of();
		}
		int start = tenant.fiscalYearStartMonth();
		java.util.Map<String, QuarterlyBlackouts.FiscalQuarter> quarters = new java.util.HashMap<>();
		plans.forEach((p) -> quarters.put(p.id(), QuarterlyBlackouts.quarterOf(p.adoptionDate(), start)));
		int first = quarters.values()
			.stream()
			.mapToInt(QuarterlyBlackouts.FiscalQuarter::fiscalYear)
			.min()
			.orElseThrow();
		int last = quarters.values()
			.stream()
			.mapToInt(QuarterlyBlackouts.FiscalQuarter::fiscalYear)
			.max()
			.orElseThrow();
		java.util.Map<String, QuarterDates> dates = this.store.quarters(first, last);
		BusinessCalendar sec = secBusinessDays();
		java.util.Map<String, CoolingOff.Period> periods = new java.util.HashMap<>();
		for (TradingPlan plan : plans) {
			QuarterlyBlackouts.FiscalQuarter quarter = quarters.get(plan.id());
			QuarterDates entered = dates.get(QuarterDates.keyOf(quarter.fiscalYear(), quarter.quarter()));
			periods.put(plan.id(), CoolingOff.of(this.rules.coolingOff(), plan.personType(), plan.adoptionDate(),
					quarter, (entered != null) ? entered.periodicReportFilingDate() : null, sec));
		}
		return periods;
	}

	/** The days the SEC counts deadlines in: US federal business days. */
	BusinessCalendar secBusinessDays() {
		return this.calendars.publicHolidays("US")
			.orElseThrow(() -> new ConductException(ErrorCode.UNAVAILABLE, "No US public-holiday calendar is loaded"));
	}

	ExchangeCalendar exchange(TradingSecurity security) {
		return this.calendars.exchange(security.exchange())
			.orElseThrow(() -> new ConductException(ErrorCode.UNAVAILABLE,
					"No calendar is loaded for the exchange " + security.exchange()));
	}

	/** The window of a clearance given at the moment. */
	PreClearance.Validity validity(TradingSecurity security, Instant decidedAt, int tradingDays) {
		ExchangeCalendar exchange = exchange(security);
		LocalDate day = decidedAt.atZone(exchange.zone()).toLocalDate();
		LocalDate last = exchange.addTradingDays(day, tradingDays);
		return new PreClearance.Validity(tradingDays, exchange.mic(), exchange.zone().getId(), day, last,
				exchange.closeOn(last).toInstant(), exchange.earlyClose(last).isPresent());
	}

}
