package io.conduct.gifts;

import java.time.LocalDate;
import java.util.List;

import io.conduct.platform.money.Money;

/**
 * What one person received from and gave to one counterparty, added up across the group's
 * companies: over the twelve months to an entry's date, and over the group's fiscal year
 * it falls in. Declined offers count for nothing.
 *
 * @param rolling12Months the twelve months to the entry's date, both ends included
 * @param fiscalYear the group's fiscal year of the entry's date
 */
public record GiftTotals(Window rolling12Months, Window fiscalYear) {

	/**
	 * The totals of one period.
	 *
	 * @param from its first day
	 * @param to its last day
	 * @param fiscalYear the group's fiscal year, named by the calendar year it starts in,
	 * for the fiscal year's window
	 * @param entries entries not declined
	 * @param entertainmentEvents events of entertainment, provided or accepted
	 * @param value their value in the group's currency, each at the rate of its own day
	 * @param companies the same, company by company, for the companies with any
	 */
	public record Window(LocalDate from, LocalDate to, Integer fiscalYear, int entries, int entertainmentEvents,
			Money value, List<CompanyShare> companies) {

		public Window {
			companies = (companies != null) ? List.copyOf(companies) : List.of();
		}

		/** The companies in words, e.g. {@code acme-de 3, acme-jp 2}. */
		String companiesInWords() {
			return String.join(", ",
					this.companies.stream().map((c) -> c.tenantKey() + " " + c.entertainmentEvents()).toList());
		}

	}

	/**
	 * One company's share of a window.
	 *
	 * @param tenantKey the company
	 * @param entries entries not declined
	 * @param entertainmentEvents events of entertainment
	 * @param value their value in the group's currency
	 */
	public record CompanyShare(String tenantKey, int entries, int entertainmentEvents, Money value) {
	}

}
