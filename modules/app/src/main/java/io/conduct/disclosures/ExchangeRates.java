package io.conduct.disclosures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.conduct.platform.money.Money;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Converts money with the group's dated exchange-rate table, for any company of the
 * group, with the same arithmetic as the significance of counterparties: only the rates
 * in force on the day needed are read, by index.
 */
@Service
public class ExchangeRates {

	private final GroupData group;

	ExchangeRates(GroupData group) {
		this.group = group;
	}

	/** The group's currency: its top company's, which the table's rates convert into. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Currency groupCurrency() {
		return Currency.getInstance(this.group.top().currency());
	}

	/**
	 * Converts an amount into a currency at the rates in force on the day (through the
	 * group's currency).
	 * @return the amount converted, unrounded, with the rates used; empty when the table
	 * has no rate in force on the day for one of the two currencies
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Converted> convert(Money amount, Currency into, LocalDate day) {
		Tenant top = this.group.top();
		Currency groupCurrency = Currency.getInstance(top.currency());
		Set<Currency> needed = new LinkedHashSet<>(List.of(amount.currency(), into));
		needed.remove(groupCurrency);
		if (amount.currency().equals(into)) {
			needed.clear();
		}
		List<GroupFigures.Rate> rates = new ArrayList<>();
		for (Currency currency : needed) {
			this.group.rateInForce(top, currency, day).map(ExchangeRate::fact).ifPresent(rates::add);
		}
		return new GroupFigures.RateTable(rates).convert(amount, into, groupCurrency, day);
	}

}
