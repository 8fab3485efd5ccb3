package io.conduct.trading;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.conduct.calendars.BusinessCalendars;
import io.conduct.disclosures.Counterparty;
import io.conduct.disclosures.CounterpartyRegister;
import io.conduct.disclosures.Ownership;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The securities people ask to trade: the Company's own, one per listing, and those of
 * publicly held counterparties of the group's register. The CFO/CAO registers them, with
 * an exchange whose calendar is loaded and an ISIN whose check digit is right; everyone
 * looks them up.
 */
@Service
class Securities {

	static final Pattern TICKER = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]{0,11}");

	private final TradingStore store;

	private final CounterpartyRegister register;

	private final BusinessCalendars calendars;

	private final AuditTrail audit;

	private final Clock clock;

	Securities(TradingStore store, CounterpartyRegister register, BusinessCalendars calendars, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.register = register;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<TradingSecurity> register(Registration registration) {
		Validation validation = new Validation();
		String issuerName = null;
		if (registration.issuer() == null) {
			validation.reject("issuer", UserErrorCode.REQUIRED, "Required");
		}
		else if (registration.issuer() == SecurityIssuer.COUNTERPARTY) {
			Optional<Counterparty> counterparty = (registration.counterpartyId() != null)
					? this.register.find(registration.counterpartyId()) : Optional.empty();
			if (registration.counterpartyId() == null) {
				validation.reject("counterpartyId", UserErrorCode.REQUIRED, "A counterparty's security names it");
			}
			else if (counterparty.isEmpty()) {
				validation.reject("counterpartyId", UserErrorCode.NOT_FOUND, "No such counterparty in the register");
			}
			else if (counterparty.get().ownership() != Ownership.PUBLICLY_HELD) {
				validation.reject("counterpartyId", UserErrorCode.INVALID,
						"A privately held company has no listed securities");
			}
			else {
				issuerName = counterparty.get().name();
			}
		}
		else {
			if (registration.counterpartyId() != null) {
				validation.reject("counterpartyId", UserErrorCode.INVALID,
						"The Company's securities name no counterparty");
			}
			if (validation.text("issuerName", registration.issuerName(), 200)) {
				issuerName = registration.issuerName().trim();
			}
		}
		String exchange = (registration.exchange() != null) ? registration.exchange().trim().toUpperCase() : null;
		if (exchange == null || exchange.isEmpty()) {
			validation.reject("exchange", UserErrorCode.REQUIRED, "Required");
		}
		else if (exchange.length() > 4 || this.calendars.exchange(exchange).isEmpty()) {
			validation.reject("exchange", UserErrorCode.UNKNOWN_EXCHANGE,
					"No calendar is loaded for the exchange " + exchange.substring(0, Math.min(exchange.length(), 8)));
		}
		String ticker = (registration.ticker() != null) ? registration.ticker().trim().toUpperCase() : null;
		if (ticker == null || ticker.isEmpty()) {
			validation.reject("ticker", UserErrorCode.REQUIRED, "Required");
		}
		else {
			validation.matches("ticker", ticker, TICKER, "1 to 12 letters, digits, dots or dashes");
		}
		String isin = Isin.normalized(registration.isin());
		if (isin == null || isin.isEmpty()) {
			validation.reject("isin", UserErrorCode.REQUIRED, "Required");
		}
		else if (!Isin.isValid(isin)) {
			validation.reject("isin", UserErrorCode.INVALID, "Must be an ISIN with its check digit, e.g. US0378331005");
		}
		validation.optionalText("description", registration.description(), 200);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		TradingSecurity security = new TradingSecurity(UUID.randomUUID().toString(), registration.issuer(),
				registration.counterpartyId(), issuerName, TradingSecurity.sortNameOf(issuerName, ticker), exchange,
				ticker, isin, (registration.description() != null) ? registration.description().trim() : null,
				this.clock.instant());
		try {
			this.store.insert(security);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("isin", UserErrorCode.TAKEN, "This ISIN is registered on that exchange already");
		}
		this.audit.record("trading-security.register", "TradingSecurity", security.id(),
				Map.of("isin", isin, "exchange", exchange));
		return Outcome.of(security);
	}

	/** A page in name order; everyone of the tenant looks securities up. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public java.util.List<TradingSecurity> page(String prefix, Paging paging) {
		if (prefix != null && prefix.length() > 100) {
			throw ConductException.badRequest("The search takes at most 100 characters");
		}
		return this.store.securityPage(prefix, paging.after(), paging.probe());
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<TradingSecurity> find(String securityId) {
		return this.store.find(securityId, TradingSecurity.class);
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Map<String, TradingSecurity> findAll(Collection<String> securityIds) {
		return this.store.findAll(securityIds, TradingSecurity.class, TradingSecurity::id);
	}

	/**
	 * A security as entered.
	 *
	 * @param issuer the Company or a counterparty
	 * @param counterpartyId the counterparty, for its securities
	 * @param issuerName the Company's name, for its own
	 * @param exchange the MIC of the exchange
	 * @param ticker the ticker there
	 * @param isin the ISIN
	 * @param description what it is
	 */
	record Registration(SecurityIssuer issuer, String counterpartyId, String issuerName, String exchange, String ticker,
			String isin, String description) {
	}

}
