package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.conduct.platform.money.Money;

/**
 * Applies the Code's definitions of a significant customer and a significant supplier:
 * payments of the group's last full fiscal year, or proposed for its current one, summed
 * over the group's tenants in the group's currency, "in excess of" the threshold (so
 * exactly 5% is not significant) of the group's revenue, and for a supplier also of the
 * supplier's own revenue. Framework-free.
 */
final class SignificanceCalculator {

	private final BigDecimal threshold;

	SignificanceCalculator(BigDecimal threshold) {
		this.threshold = threshold;
	}

	Significance assess(Set<CounterpartyKind> kinds, Money ownRevenue, List<PaymentFact> payments, GroupFigures group) {
		Conversion conversion = new Conversion(group);
		List<Significance.Test> tests = new ArrayList<>();
		Boolean customer = null;
		Boolean supplier = null;
		List<Integer> years = List.of(group.lastFullFiscalYear(), group.currentFiscalYear());
		if (kinds.contains(CounterpartyKind.CUSTOMER)) {
			customer = false;
			for (int year : years) {
				Optional<Money> paid = conversion.sum(payments, PaymentDirection.TO_COMPANY, year);
				Boolean result = test(Significance.Definition.SIGNIFICANT_CUSTOMER, year, group, paid,
						group.groupRevenue(), "payments to the Company", "the group's revenue", tests, conversion);
				customer = or(customer, result);
			}
		}
		if (kinds.contains(CounterpartyKind.SUPPLIER)) {
			supplier = false;
			Optional<Money> own = (ownRevenue != null)
					? conversion.convert(ownRevenue, group.conversionDayOf(group.lastFullFiscalYear())) : null;
			if (ownRevenue == null) {
				conversion.gaps.add("the supplier's own revenue is not in the register: only the group's is compared");
			}
			for (int year : years) {
				Optional<Money> paid = conversion.sum(payments, PaymentDirection.BY_COMPANY, year);
				supplier = or(supplier,
						test(Significance.Definition.SIGNIFICANT_SUPPLIER_GROUP_REVENUE, year, group, paid,
								group.groupRevenue(), "payments by the Company", "the group's revenue", tests,
								conversion));
				if (own != null) {
					supplier = or(supplier,
							test(Significance.Definition.SIGNIFICANT_SUPPLIER_OWN_REVENUE, year, group, paid,
									own.orElse(null), "payments by the Company", "the supplier's own revenue", tests,
									conversion));
				}
			}
		}
		return new Significance(customer, supplier, group.groupRevenue(), tests, conversion.used(), conversion.gaps);
	}

	/**
	 * {@code true} if either is; {@code null} (unknown) if neither is and one is unknown.
	 */
	private static Boolean or(Boolean a, Boolean b) {
		if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
			return true;
		}
		return (a == null || b == null) ? null : false;
	}

	private Boolean test(Significance.Definition definition, int year, GroupFigures group, Optional<Money> paid,
			Money base, String what, String ofWhat, List<Significance.Test> tests, Conversion conversion) {
		if (paid.isEmpty()) {
			return null;
		}
		if (base == null || base.amount().signum() <= 0) {
			conversion.gaps.add(ofWhat + " is not known: " + definition + " cannot be tested");
			return null;
		}
		if (!base.currency().equals(group.groupCurrency())) {
			return null;
		}
		Percent share = Percent.of(paid.get().amount(), base.amount());
		boolean significant = share.compareTo(this.threshold) > 0;
		String basis = (year == group.currentFiscalYear()) ? "proposed for the current fiscal year " + year
				: "in the last full fiscal year " + year;
		String comparison = "%s %s: %s of %s %s %s".formatted(what, basis, share, ofWhat,
				significant ? ">" : "≤ (not in excess of)", Percent.words(this.threshold));
		tests.add(new Significance.Test(definition, year,
				(year == group.currentFiscalYear()) ? Significance.Basis.CURRENT_YEAR
						: Significance.Basis.LAST_FULL_YEAR,
				paid.get(), base, share.value(), this.threshold, significant, comparison));
		return significant;
	}

	/**
	 * A payment recorded by one of the group's tenants.
	 *
	 * @param tenantKey the tenant that paid or was paid
	 * @param fiscalYear the group's fiscal year
	 * @param direction to or by the Company
	 * @param amount the amount
	 */
	record PaymentFact(String tenantKey, int fiscalYear, PaymentDirection direction, Money amount) {
	}

	/** Converts amounts to the group's currency and remembers the rates it used. */
	private static final class Conversion {

		private final GroupFigures group;

		private final Map<String, Significance.RateUsed> used = new LinkedHashMap<>();

		private final List<String> gaps = new ArrayList<>();

		Conversion(GroupFigures group) {
			this.group = group;
		}

		/** The sum of a year's payments one way; empty when one cannot be converted. */
		Optional<Money> sum(List<PaymentFact> payments, PaymentDirection direction, int year) {
			BigDecimal total = BigDecimal.ZERO;
			for (PaymentFact payment : payments) {
				if (payment.direction() != direction || payment.fiscalYear() != year) {
					continue;
				}
				Optional<Money> converted = convert(payment.amount(), this.group.conversionDayOf(year));
				if (converted.isEmpty()) {
					return Optional.empty();
				}
				total = total.add(converted.get().amount());
			}
			return Optional.of(new Money(total, this.group.groupCurrency()));
		}

		Optional<Money> convert(Money amount, LocalDate day) {
			Currency groupCurrency = this.group.groupCurrency();
			Optional<Converted> converted = this.group.rates().convert(amount, groupCurrency, groupCurrency, day);
			if (converted.isEmpty()) {
				this.gaps.add("no " + amount.currency() + " rate into " + groupCurrency + " in force on " + day);
				return Optional.empty();
			}
			for (Converted.RateApplied rate : converted.get().rates()) {
				this.used.putIfAbsent(rate.rateId(), new Significance.RateUsed(rate.currency(), rate.groupCurrency(),
						rate.rate(), rate.effectiveDate()));
			}
			return Optional.of(converted.get().amount());
		}

		List<Significance.RateUsed> used() {
			return List.copyOf(this.used.values());
		}

	}

}
