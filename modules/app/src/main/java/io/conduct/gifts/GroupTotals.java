package io.conduct.gifts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.stereotype.Component;

/**
 * Adds one person's entries with one counterparty up across the group's companies: one
 * aggregation on the tally index in each company's database (so each company's entries
 * stay in its own database and data region; only the sums meet here), over the twelve
 * months to the entry's date and over the group's fiscal year (the top company's).
 */
@Component
class GroupTotals {

	private final GiftStore store;

	private final TenantRegistry tenants;

	GroupTotals(GiftStore store, TenantRegistry tenants) {
		this.store = store;
		this.tenants = tenants;
	}

	/**
	 * The totals of the current tenant's group, with what the entry being recorded adds
	 * to the current tenant's share. In the recorder's own company their entries are
	 * theirs by directory entry; in another company only by a group key of a verified
	 * e-mail address ({@link GroupPersonKeys}), so without one the others are not asked.
	 */
	GiftTotals of(String personId, String personKey, String counterpartyKey, LocalDate date, Currency groupCurrency,
			GiftStore.Part recording) {
		Tenant current = TenantContext.required();
		Tenant top = this.tenants.topOf(current);
		GiftStore.Span rolling = rollingTwelveMonths(date);
		int fiscalYear = fiscalYearOf(date, top.fiscalYearStartMonth());
		GiftStore.Span fiscal = fiscalYear(fiscalYear, top.fiscalYearStartMonth());
		List<Share> shares = new ArrayList<>();
		for (Tenant company : this.tenants.groupOf(current)) {
			boolean own = company.key().equals(current.key());
			if (!own && !GroupPersonKeys.matchesAcrossCompanies(personKey)) {
				continue;
			}
			GiftStore.Person who = own ? new GiftStore.Person(personId, null) : new GiftStore.Person(null, personKey);
			GiftStore.Tallied tallied = TenantContext.callAs(company,
					() -> this.store.tally(who, counterpartyKey, rolling, fiscal));
			if (own) {
				tallied = new GiftStore.Tallied(tallied.rolling().plus(recording), tallied.fiscal().plus(recording));
			}
			shares.add(new Share(company.key(), tallied));
		}
		return totals(shares, rolling, fiscal, fiscalYear, groupCurrency);
	}

	/** Framework-free: the totals of the companies' shares. */
	static GiftTotals totals(List<Share> shares, GiftStore.Span rolling, GiftStore.Span fiscal, int fiscalYear,
			Currency groupCurrency) {
		return new GiftTotals(window(shares, true, rolling, null, groupCurrency),
				window(shares, false, fiscal, fiscalYear, groupCurrency));
	}

	private static GiftTotals.Window window(List<Share> shares, boolean rolling, GiftStore.Span span,
			Integer fiscalYear, Currency groupCurrency) {
		GiftStore.Part sum = GiftStore.Part.NONE;
		List<GiftTotals.CompanyShare> companies = new ArrayList<>();
		for (Share share : shares) {
			GiftStore.Part part = rolling ? share.tallied().rolling() : share.tallied().fiscal();
			if (part.entries() == 0 && part.events() == 0) {
				continue;
			}
			sum = sum.plus(part);
			companies.add(new GiftTotals.CompanyShare(share.tenantKey(), part.entries(), part.events(),
					Amounts.ofMinorUnits(part.groupMinorUnits(), groupCurrency)));
		}
		return new GiftTotals.Window(span.from(), span.to(), fiscalYear, sum.entries(), sum.events(),
				Amounts.ofMinorUnits(sum.groupMinorUnits(), groupCurrency), companies);
	}

	/** The twelve months to the day, both ends included. */
	static GiftStore.Span rollingTwelveMonths(LocalDate day) {
		return new GiftStore.Span(day.minusYears(1).plusDays(1), day);
	}

	/** The group's fiscal year of a day, named by the calendar year it starts in. */
	static int fiscalYearOf(LocalDate day, int startMonth) {
		return (day.getMonthValue() >= startMonth) ? day.getYear() : day.getYear() - 1;
	}

	static GiftStore.Span fiscalYear(int fiscalYear, int startMonth) {
		LocalDate first = LocalDate.of(fiscalYear, startMonth, 1);
		return new GiftStore.Span(first, first.plusYears(1).minusDays(1));
	}

	/**
	 * One company's share.
	 *
	 * @param tenantKey the company
	 * @param tallied its part of both windows
	 */
	record Share(String tenantKey, GiftStore.Tallied tallied) {
	}

}
