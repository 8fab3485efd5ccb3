package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The group's payments and exchange rates. Each company's CFO/CAO records its own
 * payments with a counterparty of the register; the group's CFO/CAO keeps the dated rate
 * table. Each change re-evaluates at once the disclosures it can alter, in every company
 * of the group.
 */
@Service
public class GroupLedger {

	private static final int OLDEST_FISCAL_YEARS = 20;

	private final GroupData group;

	private final Reevaluation reevaluation;

	private final AuditTrail audit;

	private final Clock clock;

	GroupLedger(GroupData group, Reevaluation reevaluation, AuditTrail audit, Clock clock) {
		this.group = group;
		this.reevaluation = reevaluation;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the caller's company's payments with a counterparty in a fiscal year of the
	 * group; recording the same year and direction again replaces the amount.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<Recorded> recordPayment(String counterpartyId, Integer fiscalYear, PaymentDirection direction,
			Money amount) {
		Tenant company = TenantContext.required();
		Tenant top = this.group.topOf(company);
		GroupFigures figures = this.group.figures(top);
		Validation validation = new Validation();
		Optional<Counterparty> counterparty = (counterpartyId != null) ? this.group.counterparty(top, counterpartyId)
				: Optional.empty();
		if (counterparty.isEmpty()) {
			validation.reject("counterpartyId", UserErrorCode.NOT_FOUND,
					"No such counterparty in the group's register");
		}
		if (fiscalYear == null) {
			validation.reject("fiscalYear", UserErrorCode.REQUIRED,
					"Required: the group's fiscal year of the payments");
		}
		else if (fiscalYear > figures.currentFiscalYear()
				|| fiscalYear < figures.currentFiscalYear() - OLDEST_FISCAL_YEARS) {
			validation.reject("fiscalYear", UserErrorCode.OUT_OF_RANGE, "Must be the group's current fiscal year "
					+ figures.currentFiscalYear() + " or one of the " + OLDEST_FISCAL_YEARS + " before it");
		}
		if (direction == null) {
			validation.reject("direction", UserErrorCode.REQUIRED, "Required");
		}
		else if (counterparty.isPresent()) {
			CounterpartyKind needed = (direction == PaymentDirection.TO_COMPANY) ? CounterpartyKind.CUSTOMER
					: CounterpartyKind.SUPPLIER;
			if (!counterparty.get().kinds().contains(needed)) {
				validation.reject("direction", UserErrorCode.INVALID, counterparty.get().name()
						+ " is not registered as a " + needed.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
		if (amount == null || amount.amount() == null) {
			validation.reject("amount.amount", UserErrorCode.REQUIRED, "Required");
		}
		else {
			if (amount.amount().signum() < 0) {
				validation.reject("amount.amount", UserErrorCode.OUT_OF_RANGE, "Must not be negative");
			}
			if (amount.amount().precision() - amount.amount().scale() > 18) {
				validation.reject("amount.amount", UserErrorCode.OUT_OF_RANGE, "At most 18 digits before the point");
			}
			if (fiscalYear != null && !amount.currency().equals(figures.groupCurrency())
					&& figures.rates().inForce(amount.currency(), figures.conversionDayOf(fiscalYear)).isEmpty()) {
				validation.reject("amount.currency", UserErrorCode.NO_EXCHANGE_RATE,
						"The group's rate table has no " + amount.currency() + " rate into " + figures.groupCurrency()
								+ " in force on " + figures.conversionDayOf(fiscalYear));
			}
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		CounterpartyPayment payment = this.group.save(top,
				new CounterpartyPayment(CounterpartyPayment.idOf(counterpartyId, company.key(), fiscalYear, direction),
						counterpartyId, company.key(), fiscalYear, direction, amount, CurrentUser.required().getName(),
						this.clock.instant()));
		this.audit.record("counterparty.payment.record", "Counterparty", counterpartyId,
				Map.of("fiscalYear", String.valueOf(fiscalYear), "direction", direction.name()));
		int changed = this.reevaluation.afterGroupChange(top, Set.of(counterpartyId),
				Evaluation.Trigger.PAYMENT_CHANGED);
		return Outcome.of(new Recorded(payment, counterparty.get(), changed));
	}

	/**
	 * Sets a currency's rate into the group's currency from a date (the group's CFO/CAO).
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<RateSet> setRate(Currency currency, LocalDate effectiveDate, BigDecimal rate) {
		Tenant top = TenantContext.required();
		Validation validation = new Validation();
		if (top.parentKey() != null) {
			validation.reject("", UserErrorCode.NOT_GROUP, "The group's top company keeps the exchange-rate table");
		}
		Currency groupCurrency = Currency.getInstance(top.currency());
		if (currency == null) {
			validation.reject("currency", UserErrorCode.REQUIRED, "Required");
		}
		else if (currency.equals(groupCurrency)) {
			validation.reject("currency", UserErrorCode.INVALID, "The group's own currency needs no rate");
		}
		if (effectiveDate == null) {
			validation.reject("effectiveDate", UserErrorCode.REQUIRED, "Required");
		}
		else if (effectiveDate.getYear() < 1970 || effectiveDate.isAfter(this.group.today(top).plusYears(1))) {
			validation.reject("effectiveDate", UserErrorCode.OUT_OF_RANGE, "Must be from 1970 to a year from today");
		}
		if (rate == null || rate.signum() <= 0 || rate.precision() > 30) {
			validation.reject("rate", UserErrorCode.OUT_OF_RANGE, "Must be a positive number of at most 30 digits");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		ExchangeRate saved = this.group.save(top, new ExchangeRate(ExchangeRate.idOf(currency, effectiveDate), currency,
				groupCurrency, rate, effectiveDate, CurrentUser.required().getName(), this.clock.instant()));
		this.audit.record("exchange-rate.set", "ExchangeRate", saved.id(), Map.of("rate", rate.toPlainString()));
		List<String> affected = this.group.counterpartiesPaidIn(top, currency);
		int changed = affected.isEmpty() ? 0
				: this.reevaluation.afterGroupChange(top, Set.copyOf(affected), Evaluation.Trigger.RATE_CHANGED);
		return Outcome.of(new RateSet(saved, changed));
	}

	/**
	 * Pages of the payments of many counterparties, in one query per cursor and size
	 * asked: the caller's company's, or every company's for the group's top company. Each
	 * page is cut from the counterparties' payments after the cursor (a counterparty has
	 * a few per company and fiscal year).
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Map<PaymentPage, List<CounterpartyPayment>> paymentPages(Collection<PaymentPage> pages) {
		Tenant company = TenantContext.required();
		Tenant top = this.group.topOf(company);
		String tenantKey = company.key().equals(top.key()) ? null : company.key();
		Map<PaymentPage, List<CounterpartyPayment>> result = new HashMap<>();
		Map<List<Object>, List<PaymentPage>> alike = pages.stream()
			.collect(Collectors.groupingBy((p) -> Arrays.asList(p.afterId(), p.limit())));
		alike.values().forEach((same) -> {
			PaymentPage first = same.get(0);
			Map<String, List<CounterpartyPayment>> byCounterparty = this.group
				.paymentsAfter(top, same.stream().map(PaymentPage::counterpartyId).distinct().toList(), tenantKey,
						first.afterId())
				.stream()
				.collect(Collectors.groupingBy(CounterpartyPayment::counterpartyId));
			same.forEach((page) -> result.put(page,
					byCounterparty.getOrDefault(page.counterpartyId(), List.of())
						.stream()
						.limit(page.limit())
						.toList()));
		});
		return result;
	}

	/**
	 * A page of a counterparty's payments to load.
	 *
	 * @param counterpartyId the counterparty
	 * @param afterId the id of the last payment of the previous page, or null
	 * @param limit how many to load
	 */
	public record PaymentPage(String counterpartyId, String afterId, int limit) {
	}

	/** One payment: the caller's company's, or any for the group's top company. */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Optional<CounterpartyPayment> payment(String paymentId) {
		Tenant company = TenantContext.required();
		Tenant top = this.group.topOf(company);
		return this.group
			.inGroup(top, () -> Optional.ofNullable(this.group.findById(paymentId, CounterpartyPayment.class)))
			.filter((p) -> company.key().equals(top.key()) || p.tenantKey().equals(company.key()));
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Optional<ExchangeRate> rate(String rateId) {
		Tenant top = this.group.top();
		return this.group.inGroup(top, () -> Optional.ofNullable(this.group.findById(rateId, ExchangeRate.class)));
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public List<ExchangeRate> rates(String afterId, int limit) {
		return this.group.ratePage(this.group.top(), afterId, limit);
	}

	/**
	 * A payment recorded, with its counterparty and how many disclosures it changed.
	 *
	 * @param payment the payment
	 * @param counterparty the counterparty
	 * @param reevaluated disclosures whose evaluation changed
	 */
	public record Recorded(CounterpartyPayment payment, Counterparty counterparty, int reevaluated) {
	}

	/**
	 * A rate set, and how many disclosures it changed.
	 *
	 * @param rate the rate
	 * @param reevaluated disclosures whose evaluation changed
	 */
	public record RateSet(ExchangeRate rate, int reevaluated) {
	}

}
