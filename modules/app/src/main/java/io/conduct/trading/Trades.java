package io.conduct.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.calendars.ExchangeCalendar;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Trades recorded after the fact by the person who made them: judged by the engine as of
 * the trade's day (within a clearance or a plan, or flagged to the CFO/CAO), with the
 * short-swing warning and the Form 4 reminder for executive officers and directors.
 */
@Service
class Trades {

	/** The moment of the trading day a trade is judged at, in the exchange's zone. */
	static final LocalTime MIDDAY = LocalTime.NOON;

	private final TradingStore store;

	private final TradingFactsSource facts;

	private final ClearanceEngine engine;

	private final TradingAccess access;

	private final TradingNotifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	Trades(TradingStore store, TradingFactsSource facts, ClearanceEngine engine, TradingAccess access,
			TradingNotifications notifications, AuditTrail audit, Clock clock) {
		this.store = store;
		this.facts = facts;
		this.engine = engine;
		this.access = access;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Trade> record(Recording recording) {
		return recordAs(this.access.caller(), recording);
	}

	Outcome<Trade> recordAs(Person trader, Recording recording) {
		Validation validation = new Validation();
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
		TradingSecurity security = null;
		if (recording.securityId() == null) {
			validation.reject("securityId", UserErrorCode.REQUIRED, "Required");
		}
		else {
			security = this.store.find(recording.securityId(), TradingSecurity.class).orElse(null);
			if (security == null) {
				validation.reject("securityId", UserErrorCode.NOT_FOUND, "No such security");
			}
		}
		if (recording.kind() == null) {
			validation.reject("kind", UserErrorCode.REQUIRED, "Required");
		}
		PreClearances.quantity(validation, "quantity", recording.quantity());
		price(validation, recording.price());
		ExchangeCalendar exchange = (security != null) ? this.facts.exchange(security) : null;
		if (recording.tradeDate() == null) {
			validation.reject("tradeDate", UserErrorCode.REQUIRED, "Required");
		}
		else if (recording.tradeDate().isAfter(today)) {
			validation.reject("tradeDate", UserErrorCode.OUT_OF_RANGE, "A trade is recorded once it is made");
		}
		else if (exchange != null && !exchange.covers(recording.tradeDate())) {
			validation.reject("tradeDate", UserErrorCode.CALENDAR_YEAR_NOT_LOADED,
					"The calendar of " + exchange.mic() + " has no data for " + recording.tradeDate().getYear());
		}
		if (recording.preClearanceId() != null && recording.planId() != null) {
			validation.reject("planId", UserErrorCode.INVALID, "A trade is under a clearance or a plan, not both");
		}
		PreClearance clearance = clearance(validation, recording, trader, security);
		TradingPlan plan = plan(validation, recording, trader, security);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		TradingSettings settings = this.store.settings(this.engine.rules().defaults());
		Instant at = recording.tradeDate().atTime(MIDDAY).atZone(exchange.zone()).toInstant();
		RequestFacts context = this.facts.of(tenant, settings, trader, security, recording.kind(), plan, at,
				recording.tradeDate());
		LocalDate form4Due = form4Due(trader, security, exchange, recording.tradeDate());
		Instant now = this.clock.instant();
		TradeFacts tradeFacts = new TradeFacts(context, recording.tradeDate(), recording.quantity(),
				(clearance != null) ? clearanceFacts(clearance, now) : null,
				(clearance != null) ? this.store.tradedUnder(clearance.id()) : BigDecimal.ZERO, form4Due);
		ClearanceEngine.Assessment assessment = this.engine.trade(tradeFacts);
		Trade trade = this.store.insert(new Trade(UUID.randomUUID().toString(), trader.id(), security.id(),
				security.issuer(), recording.kind(), recording.tradeDate(), recording.quantity(), recording.price(),
				recording.preClearanceId(), recording.planId(), now, assessment.tradeCleared(), assessment.flagged(),
				assessment.findings(), assessment.rulesVersion(), form4Due));
		this.audit.record("trade.record", "Trade", trade.id(),
				Map.of("cleared", String.valueOf(trade.cleared()), "flagged", String.valueOf(trade.flagged())));
		if (trade.flagged()) {
			this.notifications.flagged(trade, trader, security, settings);
		}
		if (form4Due != null) {
			this.notifications.form4Due(trade, trader, "");
		}
		return Outcome.of(trade);
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Trade> ownPage(Paging paging) {
		Person caller = this.access.caller();
		return this.store.newestFirst(Trade.class, Criteria.where("traderPersonId").is(caller.id()), "recordedAt",
				paging.after(), paging.probe());
	}

	/** The desk's trades, newest first, the flagged ones only if asked; reads audited. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Trade> deskPage(Boolean flagged, Paging paging) {
		this.access.requireDesk();
		Criteria filter = (flagged != null) ? Criteria.where("flagged").is(flagged) : null;
		List<Trade> page = this.store.newestFirst(Trade.class, filter, "recordedAt", paging.after(), paging.probe());
		this.audit.recordAll("trade.read", "Trade", page.stream().map(Trade::id).toList(), Map.of());
		return page;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Trade> find(String tradeId) {
		Optional<Trade> found = this.store.find(tradeId, Trade.class);
		if (found.isEmpty() || this.access.desk().isPresent()) {
			return found;
		}
		String caller = this.access.callerIfAny().map(Person::id).orElse(null);
		return found.filter((t) -> t.traderPersonId().equals(caller));
	}

	/**
	 * The Form 4 due day for an executive officer's or director's trade in the Company's
	 * US-listed securities: two SEC business days after it.
	 */
	private LocalDate form4Due(Person trader, TradingSecurity security, ExchangeCalendar exchange, LocalDate day) {
		if (!security.isCompany() || trader.type() == null || !trader.type().isExecutiveOrDirector()
				|| !"US".equals(exchange.country())) {
			return null;
		}
		BusinessCalendar sec = this.facts.secBusinessDays();
		return sec.addBusinessDays(day, this.engine.rules().form4BusinessDays());
	}

	private static TradeFacts.Clearance clearanceFacts(PreClearance clearance, Instant now) {
		PreClearance.Validity validity = clearance.validity();
		return new TradeFacts.Clearance(clearance.id(), clearance.statusAt(now), clearance.quantity(),
				(validity != null) ? validity.firstDay() : null, (validity != null) ? validity.lastDay() : null,
				(validity != null) ? validity.closesAt().atZone(ZoneId.of(validity.timeZone())) : null,
				(validity != null) ? validity.exchange() : null);
	}

	private PreClearance clearance(Validation validation, Recording recording, Person trader,
			TradingSecurity security) {
		if (recording.preClearanceId() == null) {
			return null;
		}
		PreClearance clearance = this.store.find(recording.preClearanceId(), PreClearance.class)
			.filter((c) -> c.requesterPersonId().equals(trader.id()))
			.orElse(null);
		if (clearance == null) {
			validation.reject("preClearanceId", UserErrorCode.NOT_FOUND, "No such request of yours");
			return null;
		}
		if (security != null && !clearance.securityId().equals(security.id())) {
			validation.reject("preClearanceId", UserErrorCode.INVALID, "The request is for another security");
		}
		if (recording.kind() != null && clearance.kind() != recording.kind()) {
			validation.reject("preClearanceId", UserErrorCode.INVALID,
					"The request is for a " + clearance.kind().words());
		}
		ZoneId zone = (clearance.validity() != null) ? ZoneId.of(clearance.validity().timeZone())
				: TenantContext.required().zoneId();
		LocalDate requestedOn = clearance.requestedAt().atZone(zone).toLocalDate();
		if (recording.tradeDate() != null && recording.tradeDate().isBefore(requestedOn)) {
			validation.reject("tradeDate", UserErrorCode.OUT_OF_RANGE,
					"The trade date is before the request of " + requestedOn);
		}
		return clearance;
	}

	private TradingPlan plan(Validation validation, Recording recording, Person trader, TradingSecurity security) {
		if (recording.planId() == null) {
			return null;
		}
		TradingPlan plan = this.store.find(recording.planId(), TradingPlan.class)
			.filter((p) -> p.personId().equals(trader.id()))
			.orElse(null);
		if (plan == null) {
			validation.reject("planId", UserErrorCode.NOT_FOUND, "No such plan of yours");
			return null;
		}
		if (security != null && !plan.securityId().equals(security.id())) {
			validation.reject("planId", UserErrorCode.INVALID, "The plan is for another security");
		}
		if (recording.tradeDate() != null && (recording.tradeDate().isBefore(plan.adoptionDate())
				|| recording.tradeDate().isAfter(plan.endDate()))) {
			validation.reject("tradeDate", UserErrorCode.OUT_OF_RANGE,
					"The plan runs from " + plan.adoptionDate() + " to " + plan.endDate());
		}
		return plan;
	}

	private static void price(Validation validation, Money price) {
		if (price == null) {
			validation.reject("price", UserErrorCode.REQUIRED, "Required");
		}
		else if (price.amount().signum() < 0) {
			validation.reject("price.amount", UserErrorCode.OUT_OF_RANGE, "Must not be negative");
		}
		else if (price.amount().precision() > 18) {
			validation.reject("price.amount", UserErrorCode.OUT_OF_RANGE, "At most 18 digits");
		}
	}

	/**
	 * A trade as recorded.
	 *
	 * @param securityId the security
	 * @param kind buy, sell, gift or exercise
	 * @param tradeDate when
	 * @param quantity how many
	 * @param price the price of one
	 * @param preClearanceId the clearance it was made under, if any
	 * @param planId the plan it was made under, if any
	 */
	record Recording(String securityId, TradeKind kind, LocalDate tradeDate, BigDecimal quantity, Money price,
			String preClearanceId, String planId) {
	}

}
