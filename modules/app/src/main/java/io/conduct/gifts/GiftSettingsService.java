package io.conduct.gifts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

import io.conduct.disclosures.Converted;
import io.conduct.disclosures.ExchangeRates;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The tenant's thresholds: its CFO/CAO sets them in the tenant's currency (audited,
 * before and after); everyone signed in reads them, since they say what is of
 * insignificant value. Until they are set, the defaults of the rules file apply,
 * converted with the group's rate table.
 */
@Service
public class GiftSettingsService {

	/** The most digits before the point of a threshold. */
	static final int MAX_INTEGER_DIGITS = 12;

	private final MongoTemplate tenantData;

	private final GiftEngine engine;

	private final ExchangeRates rates;

	private final AuditTrail audit;

	private final Clock clock;

	GiftSettingsService(MongoTemplate tenantData, GiftEngine engine, ExchangeRates rates, AuditTrail audit,
			Clock clock) {
		this.tenantData = tenantData;
		this.engine = engine;
		this.rates = rates;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The settings in force today: the tenant's, or the defaults converted at today's
	 * rates.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public GiftSettings current() {
		Tenant tenant = TenantContext.required();
		return stored().orElseGet(() -> defaultsOn(tenant, LocalDate.now(this.clock.withZone(tenant.zoneId()))));
	}

	/**
	 * Sets the tenant's thresholds (its CFO/CAO), replacing the previous ones.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<GiftSettings> update(Update update) {
		Tenant tenant = TenantContext.required();
		Currency currency = Currency.getInstance(tenant.currency());
		Validation validation = new Validation();
		threshold(validation, "insignificantValue", update.insignificantValue(), currency);
		threshold(validation, "entertainmentPerPerson", update.entertainmentPerPerson(), currency);
		threshold(validation, "entertainmentPerEvent", update.entertainmentPerEvent(), currency);
		Money perPerson = update.entertainmentPerPerson();
		Money perEvent = update.entertainmentPerEvent();
		if (perPerson != null && perEvent != null && perPerson.currency().equals(perEvent.currency())
				&& perPerson.amount().compareTo(perEvent.amount()) > 0) {
			validation.reject("entertainmentPerPerson", UserErrorCode.INVALID,
					"Cannot be more than the threshold per event");
		}
		if (update.entertainmentFrequency() == null || update.entertainmentFrequency() < 1
				|| update.entertainmentFrequency() > GiftSettings.MAX_FREQUENCY) {
			validation.reject("entertainmentFrequency", UserErrorCode.OUT_OF_RANGE,
					"From 1 to " + GiftSettings.MAX_FREQUENCY + " events in twelve months");
		}
		if (update.dispositionDueBusinessDays() == null || update.dispositionDueBusinessDays() < 1
				|| update.dispositionDueBusinessDays() > GiftSettings.MAX_DUE_DAYS) {
			validation.reject("dispositionDueBusinessDays", UserErrorCode.OUT_OF_RANGE,
					"From 1 to " + GiftSettings.MAX_DUE_DAYS + " business days");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		GiftSettings before = current();
		GiftSettings saved = this.tenantData
			.save(new GiftSettings(GiftSettings.ID, GiftSettings.Source.TENANT, update.insignificantValue(),
					update.entertainmentPerPerson(), update.entertainmentPerEvent(), update.entertainmentFrequency(),
					update.dispositionDueBusinessDays(), CurrentUser.required().getName(), this.clock.instant()));
		this.audit.record("gift-settings.update", "GiftSettings", GiftSettings.ID,
				Map.of("before", words(before), "after", words(saved)));
		return Outcome.of(saved);
	}

	/**
	 * The thresholds for an entry of the day: the tenant's, or the defaults converted at
	 * the rates in force on the day; empty when the defaults cannot be converted.
	 */
	Optional<Thresholds> thresholdsOn(LocalDate day) {
		Optional<GiftSettings> stored = stored();
		if (stored.isPresent()) {
			return Optional.of(stored.get().thresholds("the tenant's, set by its CFO/CAO"));
		}
		GiftSettings defaults = defaultsOn(TenantContext.required(), day);
		if (defaults.insignificantValue() == null) {
			return Optional.empty();
		}
		GiftRules.Defaults rules = this.engine.rules().defaults();
		return Optional
			.of(defaults.thresholds("the defaults of the rules (" + rules.insignificantValue().toPlainString() + " "
					+ rules.currency() + " of insignificant value), converted at the rates in force on " + day));
	}

	/**
	 * The default thresholds in the tenant's currency; amounts {@code null} without a
	 * rate.
	 */
	private GiftSettings defaultsOn(Tenant tenant, LocalDate day) {
		GiftRules.Defaults defaults = this.engine.rules().defaults();
		Currency into = Currency.getInstance(tenant.currency());
		return new GiftSettings(null, GiftSettings.Source.DEFAULTS,
				convert(defaults.insignificantValue(), defaults, into, day),
				convert(defaults.entertainmentPerPerson(), defaults, into, day),
				convert(defaults.entertainmentPerEvent(), defaults, into, day), defaults.entertainmentFrequency(),
				defaults.dispositionDueBusinessDays(), null, null);
	}

	private Money convert(BigDecimal amount, GiftRules.Defaults defaults, Currency into, LocalDate day) {
		return this.rates.convert(new Money(amount, Currency.getInstance(defaults.currency())), into, day)
			.map(Converted::amount)
			.map(Amounts::rounded)
			.orElse(null);
	}

	private Optional<GiftSettings> stored() {
		return Optional.ofNullable(this.tenantData.findById(GiftSettings.ID, GiftSettings.class));
	}

	private static void threshold(Validation validation, String field, Money value, Currency currency) {
		if (value == null) {
			validation.reject(field, UserErrorCode.REQUIRED, "Required, in " + currency);
			return;
		}
		if (!value.currency().equals(currency)) {
			validation.reject(field + ".currency", UserErrorCode.INVALID, "Must be the tenant's currency " + currency);
		}
		BigDecimal amount = value.amount();
		if (amount.signum() < 0) {
			validation.reject(field + ".amount", UserErrorCode.OUT_OF_RANGE, "Must not be negative");
		}
		else if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
			validation.reject(field + ".amount", UserErrorCode.OUT_OF_RANGE,
					"At most " + MAX_INTEGER_DIGITS + " digits before the point");
		}
		else if (amount.stripTrailingZeros().scale() > Amounts.digits(currency)) {
			validation.reject(field + ".amount", UserErrorCode.INVALID,
					currency + " has " + Amounts.digits(currency) + " decimals");
		}
	}

	private static String words(GiftSettings settings) {
		return settings.source() + ": insignificant " + amount(settings.insignificantValue()) + ", per person "
				+ amount(settings.entertainmentPerPerson()) + ", per event " + amount(settings.entertainmentPerEvent())
				+ ", " + settings.entertainmentFrequency() + " events, " + settings.dispositionDueBusinessDays()
				+ " business days";
	}

	private static String amount(Money money) {
		return (money != null) ? Amounts.words(money) : "not convertible";
	}

	/**
	 * New thresholds, all of them.
	 *
	 * @param insignificantValue in the tenant's currency
	 * @param entertainmentPerPerson in the tenant's currency
	 * @param entertainmentPerEvent in the tenant's currency
	 * @param entertainmentFrequency events in twelve months
	 * @param dispositionDueBusinessDays business days
	 */
	public record Update(Money insignificantValue, Money entertainmentPerPerson, Money entertainmentPerEvent,
			Integer entertainmentFrequency, Integer dispositionDueBusinessDays) {
	}

}
