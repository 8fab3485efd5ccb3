package io.conduct.trading;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.conduct.people.PersonType;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.money.Money;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL mutations of insider trading ({@code trading.graphqls}): each takes its
 * input (global ids decoded here; one that is not of the type named is not found) and
 * returns its payload with the user errors.
 */
@Controller
class TradingMutations {

	/** A local id no record has, for a global id of another type. */
	private static final String UNKNOWN = "\u0000unknown";

	private final Securities securities;

	private final PreClearances requests;

	private final Trades trades;

	private final TradingPlans plans;

	private final TradingDesk desk;

	TradingMutations(Securities securities, PreClearances requests, Trades trades, TradingPlans plans,
			TradingDesk desk) {
		this.securities = securities;
		this.requests = requests;
		this.trades = trades;
		this.plans = plans;
		this.desk = desk;
	}

	@MutationMapping
	TradingSecurityRegisterPayload tradingSecurityRegister(@Argument TradingSecurityRegisterInput input) {
		Outcome<TradingSecurity> outcome = this.securities.register(new Securities.Registration(input.issuer(),
				local(input.counterpartyId(), TradingController.COUNTERPARTY), input.issuerName(), input.exchange(),
				input.ticker(), input.isin(), input.description()));
		return new TradingSecurityRegisterPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradingSettingsUpdatePayload tradingSettingsUpdate(@Argument TradingSettingsUpdateInput input) {
		List<TradingSettings.SubjectGroup> groups = (input.subjectGroups() != null) ? input.subjectGroups()
			.stream()
			.map((g) -> new TradingSettings.SubjectGroup(g.name(),
					(g.personTypes() != null && !g.personTypes().isEmpty()) ? EnumSet.copyOf(g.personTypes())
							: Set.of(),
					g.departments(), people(g.personIds())))
			.toList() : List.of();
		Outcome<TradingSettings> outcome = this.desk
			.updateSettings(new TradingDesk.SettingsChange(input.clearanceTradingDays(), input.subjectScope(), groups,
					people(input.delegatePersonIds()), input.blackoutStartDay(), input.blackoutEndTradingDays()));
		return new TradingSettingsUpdatePayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradingQuarterSetPayload tradingQuarterSet(@Argument TradingQuarterSetInput input) {
		Outcome<QuarterDates> outcome = this.desk.setQuarter(input.fiscalYear(), input.quarter(),
				input.earningsReleaseDate(), input.periodicReportFilingDate());
		TradingDesk.TradingCalendar.Quarter quarter = outcome.isSuccess()
				? this.desk.calendar(input.fiscalYear()).quarters().get(input.quarter() - 1) : null;
		return new TradingQuarterSetPayload(quarter, outcome.userErrors());
	}

	@MutationMapping
	TradingRestrictionAddPayload tradingRestrictionAdd(@Argument TradingRestrictionAddInput input) {
		Outcome<TradingRestriction> outcome = this.desk
			.restrict(new TradingDesk.Restricting(local(input.securityId(), TradingController.SECURITY), input.scope(),
					people(input.personIds()), input.startDate(), input.endDate(), input.reason()));
		return new TradingRestrictionAddPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradingRestrictionEndPayload tradingRestrictionEnd(@Argument TradingRestrictionEndInput input) {
		Outcome<TradingRestriction> outcome = this.desk
			.endRestriction(local(input.tradingRestrictionId(), TradingController.RESTRICTION), input.endDate());
		return new TradingRestrictionEndPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradingWatchAddPayload tradingWatchAdd(@Argument TradingWatchAddInput input) {
		Outcome<WatchListEntry> outcome = this.desk.watch(local(input.securityId(), TradingController.SECURITY),
				input.startDate(), input.endDate(), input.note());
		return new TradingWatchAddPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradingWatchEndPayload tradingWatchEnd(@Argument TradingWatchEndInput input) {
		Outcome<WatchListEntry> outcome = this.desk.endWatch(local(input.watchListEntryId(), TradingController.WATCH),
				input.endDate());
		return new TradingWatchEndPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradingEventWindowOpenPayload tradingEventWindowOpen(@Argument TradingEventWindowOpenInput input) {
		List<String> covered = (input.securityIds() != null)
				? input.securityIds().stream().map((id) -> local(id, TradingController.SECURITY)).toList() : List.of();
		Outcome<EventWindow> outcome = this.desk.openWindow(input.name(), people(input.personIds()), covered);
		return new TradingEventWindowOpenPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradingEventWindowClosePayload tradingEventWindowClose(@Argument TradingEventWindowCloseInput input) {
		Outcome<EventWindow> outcome = this.desk.closeWindow(local(input.eventWindowId(), TradingController.WINDOW));
		return new TradingEventWindowClosePayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	PreClearanceSubmitPayload preClearanceSubmit(@Argument PreClearanceSubmitInput input) {
		Outcome<PreClearance> outcome = this.requests
			.submit(new PreClearances.Submission(local(input.securityId(), TradingController.SECURITY), input.kind(),
					input.quantity(), local(input.planId(), TradingController.PLAN), input.note()));
		return new PreClearanceSubmitPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	PreClearanceEnterPayload preClearanceEnter(@Argument PreClearanceEnterInput input) {
		Outcome<PreClearance> outcome = this.requests.enter(new PreClearances.Entry(
				local(input.personId(), TradingController.PERSON),
				local(input.securityId(), TradingController.SECURITY), input.kind(), input.quantity(), input.decision(),
				input.conditions(), input.note(), (input.decidedAt() != null) ? input.decidedAt().toInstant() : null));
		return new PreClearanceEnterPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	PreClearanceDecidePayload preClearanceDecide(@Argument PreClearanceDecideInput input) {
		Outcome<PreClearance> outcome = this.requests.decide(
				local(input.preClearanceId(), TradingController.PRE_CLEARANCE), input.decision(), input.conditions(),
				input.note());
		return new PreClearanceDecidePayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradeRecordPayload tradeRecord(@Argument TradeRecordInput input) {
		Money price = (input.price() != null && input.price().amount() != null && input.price().currency() != null)
				? new Money(input.price().amount(), input.price().currency()) : null;
		Outcome<Trade> outcome = this.trades.record(new Trades.Recording(
				local(input.securityId(), TradingController.SECURITY), input.kind(), input.tradeDate(),
				input.quantity(), price, local(input.preClearanceId(), TradingController.PRE_CLEARANCE),
				local(input.planId(), TradingController.PLAN)));
		return new TradeRecordPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	TradingPlanAdoptPayload tradingPlanAdopt(@Argument TradingPlanAdoptInput input) {
		Outcome<TradingPlan> outcome = this.plans
			.adopt(new TradingPlans.Adoption(local(input.securityId(), TradingController.SECURITY),
					input.adoptionDate(), input.endDate(), input.description()));
		return new TradingPlanAdoptPayload(outcome.value(), outcome.userErrors());
	}

	/** The local id of a global id of the type; {@code null} stays {@code null}. */
	private static String local(String globalId, String type) {
		return (globalId != null) ? GlobalId.localIdOf(globalId, type).orElse(UNKNOWN) : null;
	}

	private static List<String> people(List<String> globalIds) {
		return (globalIds != null) ? globalIds.stream().map((id) -> local(id, TradingController.PERSON)).toList()
				: List.of();
	}

	// inputs and payloads

	record MoneyIn(BigDecimal amount, Currency currency) {
	}

	record TradingSecurityRegisterInput(SecurityIssuer issuer, String counterpartyId, String issuerName,
			String exchange, String ticker, String isin, String description) {
	}

	record TradingSecurityRegisterPayload(TradingSecurity tradingSecurity, List<UserError> userErrors) {
	}

	record SubjectGroupInput(String name, List<PersonType> personTypes, List<String> departments,
			List<String> personIds) {
	}

	record TradingSettingsUpdateInput(Integer clearanceTradingDays, SubjectScope subjectScope,
			List<SubjectGroupInput> subjectGroups, List<String> delegatePersonIds, Integer blackoutStartDay,
			Integer blackoutEndTradingDays) {
	}

	record TradingSettingsUpdatePayload(TradingSettings tradingSettings, List<UserError> userErrors) {
	}

	record TradingQuarterSetInput(int fiscalYear, int quarter, LocalDate earningsReleaseDate,
			LocalDate periodicReportFilingDate) {
	}

	record TradingQuarterSetPayload(TradingDesk.TradingCalendar.Quarter tradingQuarter, List<UserError> userErrors) {
	}

	record TradingRestrictionAddInput(String securityId, RestrictionScope scope, List<String> personIds,
			LocalDate startDate, LocalDate endDate, String reason) {
	}

	record TradingRestrictionAddPayload(TradingRestriction tradingRestriction, List<UserError> userErrors) {
	}

	record TradingRestrictionEndInput(String tradingRestrictionId, LocalDate endDate) {
	}

	record TradingRestrictionEndPayload(TradingRestriction tradingRestriction, List<UserError> userErrors) {
	}

	record TradingWatchAddInput(String securityId, LocalDate startDate, LocalDate endDate, String note) {
	}

	record TradingWatchAddPayload(WatchListEntry watchListEntry, List<UserError> userErrors) {
	}

	record TradingWatchEndInput(String watchListEntryId, LocalDate endDate) {
	}

	record TradingWatchEndPayload(WatchListEntry watchListEntry, List<UserError> userErrors) {
	}

	record TradingEventWindowOpenInput(String name, List<String> personIds, List<String> securityIds) {
	}

	record TradingEventWindowOpenPayload(EventWindow eventWindow, List<UserError> userErrors) {
	}

	record TradingEventWindowCloseInput(String eventWindowId) {
	}

	record TradingEventWindowClosePayload(EventWindow eventWindow, List<UserError> userErrors) {
	}

	record PreClearanceSubmitInput(String securityId, TradeKind kind, BigDecimal quantity, String planId, String note) {
	}

	record PreClearanceSubmitPayload(PreClearance preClearance, List<UserError> userErrors) {
	}

	record PreClearanceEnterInput(String personId, String securityId, TradeKind kind, BigDecimal quantity,
			PreClearanceDecision decision, List<String> conditions, String note, OffsetDateTime decidedAt) {
	}

	record PreClearanceEnterPayload(PreClearance preClearance, List<UserError> userErrors) {
	}

	record PreClearanceDecideInput(String preClearanceId, PreClearanceDecision decision, List<String> conditions,
			String note) {
	}

	record PreClearanceDecidePayload(PreClearance preClearance, List<UserError> userErrors) {
	}

	record TradeRecordInput(String securityId, TradeKind kind, LocalDate tradeDate, BigDecimal quantity, MoneyIn price,
			String preClearanceId, String planId) {
	}

	record TradeRecordPayload(Trade trade, List<UserError> userErrors) {
	}

	record TradingPlanAdoptInput(String securityId, LocalDate adoptionDate, LocalDate endDate, String description) {
	}

	record TradingPlanAdoptPayload(TradingPlan tradingPlan, List<UserError> userErrors) {
	}

}
