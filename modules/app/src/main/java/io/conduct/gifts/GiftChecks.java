package io.conduct.gifts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.conduct.disclosures.Converted;
import io.conduct.disclosures.Counterparty;
import io.conduct.disclosures.CounterpartyRegister;
import io.conduct.disclosures.ExchangeRates;
import io.conduct.people.Person;
import io.conduct.people.Relative;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.money.Money;
import io.conduct.platform.validation.Validation;

import org.springframework.stereotype.Component;

/**
 * What the person must fix in an entry, field by field, and what it names, resolved: the
 * counterparty (from the register, or by name; a name the register has exactly is that
 * counterparty), the member of their immediate family, the date, and the value converted
 * with the group's rate table. Every input is bounded before it is used.
 */
@Component
class GiftChecks {

	static final int DESCRIPTION_LENGTH = 2_000;

	static final int NAME_LENGTH = 200;

	static final int MAX_ATTENDEES = 1_000;

	static final int MAX_INTEGER_DIGITS = 15;

	static final int OLDEST_YEARS = 10;

	private final CounterpartyRegister register;

	private final ExchangeRates rates;

	private final GiftEngine engine;

	GiftChecks(CounterpartyRegister register, ExchangeRates rates, GiftEngine engine) {
		this.register = register;
		this.rates = rates;
		this.engine = engine;
	}

	Checked check(Person recorder, GiftRecording recording, Currency tenantCurrency, LocalDate today,
			Validation validation) {
		if (recording.kind() == null) {
			validation.reject("kind", UserErrorCode.REQUIRED, "Required");
		}
		if (recording.direction() == null) {
			validation.reject("direction", UserErrorCode.REQUIRED, "Required");
		}
		if (recording.response() == null) {
			validation.reject("response", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("description", recording.description(), DESCRIPTION_LENGTH);
		boolean given = recording.direction() == GiftDirection.GIVEN;
		if (!given && Boolean.TRUE.equals(recording.companyFunds())) {
			validation.reject("companyFunds", UserErrorCode.INVALID, "Only for something given");
		}
		if (!given && recording.lawfulAndUnconditional() != null) {
			validation.reject("lawfulAndUnconditional", UserErrorCode.INVALID, "Only for something given");
		}
		int attendees = attendees(recording, validation);
		checkDate(recording, today, validation);
		GiftEntry.Party party = party(recording.counterparty(), validation);
		GiftEntry.FamilyMember member = familyMember(recorder, recording, validation);
		GiftEntry.Valuation valuation = valuation(recording, tenantCurrency, validation);
		return new Checked(party, member, valuation, attendees);
	}

	private static int attendees(GiftRecording recording, Validation validation) {
		if (recording.attendees() == null) {
			return 1;
		}
		if (recording.kind() != GiftKind.ENTERTAINMENT) {
			validation.reject("attendees", UserErrorCode.INVALID, "Only for entertainment");
		}
		else if (recording.attendees() < 1 || recording.attendees() > MAX_ATTENDEES) {
			validation.reject("attendees", UserErrorCode.OUT_OF_RANGE, "From 1 to " + MAX_ATTENDEES + " people");
		}
		return recording.attendees();
	}

	/**
	 * Something received, accepted or given is in the past; only something to give that
	 * is offered (planned) may be dated ahead, by a year at most.
	 */
	private static void checkDate(GiftRecording recording, LocalDate today, Validation validation) {
		LocalDate date = recording.date();
		if (date == null) {
			validation.reject("date", UserErrorCode.REQUIRED, "Required");
			return;
		}
		boolean planned = recording.direction() == GiftDirection.GIVEN && recording.response() == GiftResponse.OFFERED;
		if (date.isBefore(today.minusYears(OLDEST_YEARS))) {
			validation.reject("date", UserErrorCode.OUT_OF_RANGE, "At most " + OLDEST_YEARS + " years ago");
		}
		else if (!planned && date.isAfter(today)) {
			validation.reject("date", UserErrorCode.OUT_OF_RANGE, ((recording.direction() == GiftDirection.RECEIVED)
					? "Something received" : "Something given or declined") + " cannot be dated after today, " + today);
		}
		else if (date.isAfter(today.plusYears(1))) {
			validation.reject("date", UserErrorCode.OUT_OF_RANGE, "At most a year ahead");
		}
	}

	private GiftEntry.Party party(GiftRecording.CounterpartyGiven given, Validation validation) {
		if (given == null || (given.counterpartyId() == null && given.name() == null && given.kind() == null)) {
			validation.reject("counterparty", UserErrorCode.REQUIRED,
					"Name the counterparty: one of the group's register, or a name and its kind");
			return null;
		}
		if (given.counterpartyId() != null) {
			if (given.name() != null || (given.kind() != null && given.kind() != GiftCounterpartyKind.REGISTERED)) {
				validation.reject("counterparty.name", UserErrorCode.INVALID,
						"Either a counterparty of the register or a name, not both");
				return null;
			}
			Optional<Counterparty> found = this.register.find(given.counterpartyId());
			if (found.isEmpty()) {
				validation.reject("counterparty.counterpartyId", UserErrorCode.NOT_FOUND,
						"No such counterparty in the group's register");
				return null;
			}
			return registered(found.get());
		}
		if (!validation.text("counterparty.name", given.name(), NAME_LENGTH)) {
			return null;
		}
		if (given.kind() == null) {
			validation.reject("counterparty.kind", UserErrorCode.REQUIRED, "What the counterparty is");
			return null;
		}
		if (given.kind() == GiftCounterpartyKind.REGISTERED) {
			validation.reject("counterparty.kind", UserErrorCode.INVALID,
					"A counterparty of the register is named by its counterpartyId");
			return null;
		}
		String name = given.name().trim().replaceAll("\\s+", " ");
		if (given.kind() == GiftCounterpartyKind.BUSINESS_CONTACT) {
			Optional<Counterparty> same = this.register.page(name, null, null, 5)
				.stream()
				.filter((c) -> c.sortName().equals(name.toLowerCase(Locale.ROOT)))
				.findFirst();
			if (same.isPresent()) {
				// the register's, whatever the company calls it: it counts once
				return registered(same.get());
			}
		}
		return new GiftEntry.Party(given.kind(), null, name, CounterpartyKeys.named(given.kind(), name));
	}

	private static GiftEntry.Party registered(Counterparty counterparty) {
		return new GiftEntry.Party(GiftCounterpartyKind.REGISTERED, counterparty.id(), counterparty.name(),
				CounterpartyKeys.registered(counterparty.id()));
	}

	/**
	 * The member of the recorder's immediate family it concerns: one of their declared
	 * relatives (every relation the directory knows is immediate family).
	 */
	private static GiftEntry.FamilyMember familyMember(Person recorder, GiftRecording recording,
			Validation validation) {
		String relativeId = recording.relativeId();
		if (relativeId == null) {
			return null;
		}
		if (recording.direction() == GiftDirection.GIVEN) {
			validation.reject("relativeId", UserErrorCode.INVALID,
					"A family member receives; what is given is the person's own entry");
			return null;
		}
		int separator = relativeId.indexOf('/');
		String declaration = (separator > 0 && relativeId.substring(0, separator).equals(recorder.id()))
				? relativeId.substring(separator + 1) : null;
		Optional<Relative> relative = recorder.relatives()
			.stream()
			.filter((r) -> r.id().equals(declaration))
			.findFirst();
		if (relative.isEmpty()) {
			validation.reject("relativeId", UserErrorCode.NOT_FOUND, "Not one of your declared relatives");
			return null;
		}
		return new GiftEntry.FamilyMember(relative.get().id(), relative.get().name(), relative.get().relation());
	}

	/**
	 * The value, bounded, and converted into the tenant's and the group's currency at the
	 * rates in force on the entry's date.
	 */
	private GiftEntry.Valuation valuation(GiftRecording recording, Currency tenantCurrency, Validation validation) {
		Money value = recording.value();
		if (value == null) {
			validation.reject("value", UserErrorCode.REQUIRED, "Required: the amount and its currency");
			return null;
		}
		BigDecimal amount = value.amount();
		Currency currency = value.currency();
		if (currency.getDefaultFractionDigits() < 0) {
			validation.reject("value.currency", UserErrorCode.INVALID,
					currency + " is not a currency of money (metals, funds and test codes are not)");
			return null;
		}
		if (amount.signum() < 0) {
			validation.reject("value.amount", UserErrorCode.OUT_OF_RANGE, "Must not be negative");
			return null;
		}
		if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			validation.reject("value.amount", UserErrorCode.OUT_OF_RANGE,
					"At most " + MAX_INTEGER_DIGITS + " digits before the point");
			return null;
		}
		if (amount.stripTrailingZeros().scale() > Amounts.digits(currency)) {
			validation.reject("value.amount", UserErrorCode.INVALID,
					currency + " has " + Amounts.digits(currency) + " decimals");
			return null;
		}
		LocalDate date = recording.date();
		if (date == null) {
			return null;
		}
		Currency groupCurrency = this.rates.groupCurrency();
		Optional<Converted> inTenant = this.rates.convert(value, tenantCurrency, date);
		Optional<Converted> inGroup = this.rates.convert(value, groupCurrency, date);
		if (inTenant.isEmpty() || inGroup.isEmpty()) {
			validation.reject("value.currency", UserErrorCode.NO_EXCHANGE_RATE,
					"The group's rate table has no rate in " + "force on " + date + " to convert " + currency + " into "
							+ tenantCurrency + (groupCurrency.equals(tenantCurrency) ? "" : " and " + groupCurrency));
			return null;
		}
		if (tooLarge(inGroup.get().amount(), date)) {
			validation.reject("value.amount", UserErrorCode.OUT_OF_RANGE,
					"More than " + this.engine.rules().defaults().largestValue().toPlainString() + " "
							+ this.engine.rules().defaults().currency() + ": check the amount");
			return null;
		}
		Map<String, GiftEntry.RateUsed> used = new LinkedHashMap<>();
		List<Converted.RateApplied> applied = new ArrayList<>(inTenant.get().rates());
		applied.addAll(inGroup.get().rates());
		applied.forEach((r) -> used.putIfAbsent(r.rateId(),
				new GiftEntry.RateUsed(r.rateId(), r.currency(), r.groupCurrency(), r.rate(), r.effectiveDate())));
		return new GiftEntry.Valuation(value, Amounts.rounded(inTenant.get().amount()),
				Amounts.rounded(inGroup.get().amount()), List.copyOf(used.values()));
	}

	/** Above the rules' largest value, compared in its currency (when it converts). */
	private boolean tooLarge(Money inGroup, LocalDate date) {
		GiftRules.Defaults defaults = this.engine.rules().defaults();
		Currency boundCurrency = Currency.getInstance(defaults.currency());
		return this.rates.convert(inGroup, boundCurrency, date)
			.map((c) -> c.amount().amount().compareTo(defaults.largestValue()) > 0)
			.orElse(false);
	}

	/**
	 * What an entry names, resolved.
	 *
	 * @param party the counterparty
	 * @param familyMember the member of the family, if any
	 * @param valuation the value converted
	 * @param attendees people entertained (1 for others)
	 */
	record Checked(GiftEntry.Party party, GiftEntry.FamilyMember familyMember, GiftEntry.Valuation valuation,
			int attendees) {
	}

}
