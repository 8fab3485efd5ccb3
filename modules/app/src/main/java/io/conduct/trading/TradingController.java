package io.conduct.trading;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.conduct.disclosures.Counterparty;
import io.conduct.disclosures.CounterpartyRegister;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.people.PersonBatches;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.tenancy.TenantContext;
import graphql.GraphQLContext;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL queries and fields of insider trading ({@code trading.graphqls}). Findings
 * are shown as the caller may see them: every one to the CFO/CAO, none that is
 * confidential to anyone else.
 */
@Controller
class TradingController {

	static final String SECURITY = "TradingSecurity";

	static final String PRE_CLEARANCE = "PreClearance";

	static final String TRADE = "Trade";

	static final String PLAN = "TradingPlan";

	static final String RESTRICTION = "TradingRestriction";

	static final String WATCH = "WatchListEntry";

	static final String WINDOW = "EventWindow";

	static final String PERSON = "Person";

	static final String COUNTERPARTY = "Counterparty";

	/** Whether the caller is at the trading desk, kept in the request's context. */
	/** The cooling-off periods of the plans a request shows, by plan id. */
	private static final String COOLING_OFFS = TradingController.class.getName() + ".coolingOffs";

	private static final String AT_THE_DESK = TradingController.class.getName() + ".atTheDesk";

	private final Securities securities;

	private final PreClearances requests;

	private final Trades trades;

	private final TradingPlans plans;

	private final TradingDesk desk;

	private final TradingStore store;

	private final TradingFactsSource facts;

	private final TradingRules rules;

	private final PeopleDirectory people;

	private final CounterpartyRegister register;

	private final Clock clock;

	private final TradingAccess access;

	TradingController(Securities securities, PreClearances requests, Trades trades, TradingPlans plans,
			TradingDesk desk, TradingStore store, TradingFactsSource facts, TradingRules rules, PeopleDirectory people,
			CounterpartyRegister register, Clock clock, TradingAccess access) {
		this.securities = securities;
		this.requests = requests;
		this.trades = trades;
		this.plans = plans;
		this.desk = desk;
		this.store = store;
		this.facts = facts;
		this.rules = rules;
		this.people = people;
		this.register = register;
		this.clock = clock;
		this.access = access;
	}

	// queries

	@QueryMapping
	Connection<TradingSecurity> tradingSecurities(@Argument Integer first, @Argument String after,
			@Argument String search) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.securities.page(search, paging), paging, (s) -> Cursors.encode(s.sortName(), s.id()));
	}

	@QueryMapping
	Connection<PreClearance> preClearances(@Argument Integer first, @Argument String after,
			@Argument PreClearanceFilter filter) {
		Paging paging = Paging.of(first, after);
		Set<PreClearanceStatus> statuses = (filter != null && filter.statuses() != null) ? Set.copyOf(filter.statuses())
				: Set.of();
		return Connection.of(this.requests.deskPage(statuses, paging), paging,
				(r) -> Cursors.encode(r.requestedAt(), r.id()));
	}

	@QueryMapping
	Connection<Trade> trades(@Argument Integer first, @Argument String after, @Argument TradeFilter filter) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.trades.deskPage((filter != null) ? filter.flagged() : null, paging), paging,
				(t) -> Cursors.encode(t.recordedAt(), t.id()));
	}

	@QueryMapping
	Connection<TradingPlan> tradingPlans(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.plans.deskPage(paging), paging, (p) -> Cursors.encode(p.recordedAt(), p.id()));
	}

	@QueryMapping
	Connection<TradingRestriction> tradingRestrictions(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.desk.restrictions(paging), paging, (r) -> Cursors.encode(r.addedAt(), r.id()));
	}

	@QueryMapping
	Connection<WatchListEntry> tradingWatchList(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.desk.watchList(paging), paging, (w) -> Cursors.encode(w.addedAt(), w.id()));
	}

	@QueryMapping
	Connection<EventWindow> tradingEventWindows(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.desk.windows(paging), paging, (w) -> Cursors.encode(w.openedAt(), w.id()));
	}

	@QueryMapping
	TradingDesk.TradingCalendar tradingCalendar(@Argument int fiscalYear) {
		return this.desk.calendar(fiscalYear);
	}

	@QueryMapping
	TradingSettings tradingSettings() {
		return this.desk.settings();
	}

	@QueryMapping
	List<TradingRules.Rule> tradingRules() {
		return this.rules.rules();
	}

	@SchemaMapping(typeName = "Viewer", field = "preClearances")
	Connection<PreClearance> viewerPreClearances(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.requests.ownPage(paging), paging, (r) -> Cursors.encode(r.requestedAt(), r.id()));
	}

	@SchemaMapping(typeName = "Viewer", field = "trades")
	Connection<Trade> viewerTrades(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.trades.ownPage(paging), paging, (t) -> Cursors.encode(t.recordedAt(), t.id()));
	}

	@SchemaMapping(typeName = "Viewer", field = "tradingPlans")
	Connection<TradingPlan> viewerTradingPlans(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.plans.ownPage(paging), paging, (p) -> Cursors.encode(p.recordedAt(), p.id()));
	}

	// ids

	@SchemaMapping(typeName = SECURITY, field = "id")
	String securityId(TradingSecurity security) {
		return GlobalId.encode(SECURITY, security.id());
	}

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "id")
	String preClearanceId(PreClearance request) {
		return GlobalId.encode(PRE_CLEARANCE, request.id());
	}

	@SchemaMapping(typeName = TRADE, field = "id")
	String tradeId(Trade trade) {
		return GlobalId.encode(TRADE, trade.id());
	}

	@SchemaMapping(typeName = PLAN, field = "id")
	String planId(TradingPlan plan) {
		return GlobalId.encode(PLAN, plan.id());
	}

	@SchemaMapping(typeName = RESTRICTION, field = "id")
	String restrictionId(TradingRestriction restriction) {
		return GlobalId.encode(RESTRICTION, restriction.id());
	}

	@SchemaMapping(typeName = WATCH, field = "id")
	String watchId(WatchListEntry entry) {
		return GlobalId.encode(WATCH, entry.id());
	}

	@SchemaMapping(typeName = WINDOW, field = "id")
	String windowId(EventWindow window) {
		return GlobalId.encode(WINDOW, window.id());
	}

	// securities

	@BatchMapping(typeName = SECURITY, field = "counterparty")
	Map<TradingSecurity, Counterparty> counterparty(List<TradingSecurity> securities) {
		List<String> ids = securities.stream()
			.map(TradingSecurity::counterpartyId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<String, Counterparty> found = ids.isEmpty() ? Map.of() : this.register.findAll(ids);
		return byKey(securities, TradingSecurity::counterpartyId, found);
	}

	@BatchMapping(typeName = PRE_CLEARANCE, field = "security")
	Map<PreClearance, TradingSecurity> requestSecurity(List<PreClearance> requests) {
		return securitiesOf(requests, PreClearance::securityId);
	}

	@BatchMapping(typeName = TRADE, field = "security")
	Map<Trade, TradingSecurity> tradeSecurity(List<Trade> trades) {
		return securitiesOf(trades, Trade::securityId);
	}

	@BatchMapping(typeName = PLAN, field = "security")
	Map<TradingPlan, TradingSecurity> planSecurity(List<TradingPlan> plans) {
		return securitiesOf(plans, TradingPlan::securityId);
	}

	@BatchMapping(typeName = RESTRICTION, field = "security")
	Map<TradingRestriction, TradingSecurity> restrictionSecurity(List<TradingRestriction> restrictions) {
		return securitiesOf(restrictions, TradingRestriction::securityId);
	}

	@BatchMapping(typeName = WATCH, field = "security")
	Map<WatchListEntry, TradingSecurity> watchSecurity(List<WatchListEntry> entries) {
		return securitiesOf(entries, WatchListEntry::securityId);
	}

	@BatchMapping(typeName = WINDOW, field = "securities")
	Map<EventWindow, List<TradingSecurity>> windowSecurities(List<EventWindow> windows) {
		Map<String, TradingSecurity> found = this.securities
			.findAll(windows.stream().flatMap((w) -> w.securityIds().stream()).distinct().toList());
		return eachOf(windows, EventWindow::securityIds, found);
	}

	// people

	// every person these fields name comes from the one data loader of people of the
	// request (PersonBatches): one query per level of the response, whatever the field

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "requester")
	CompletableFuture<Person> requester(PreClearance request, DataLoader<String, Person> people) {
		return PersonBatches.one(people, request.requesterPersonId());
	}

	/**
	 * Who answered; for a denial that reads "contact the CFO/CAO", only the desk sees it
	 * (whether the caller is at the desk is looked up once per request).
	 */
	@SchemaMapping(typeName = PRE_CLEARANCE, field = "decidedBy")
	CompletableFuture<Person> decidedBy(PreClearance request, DataLoader<String, Person> people,
			GraphQLContext context) {
		if (request.answer() == null) {
			return PersonBatches.one(people, null);
		}
		boolean desk = TradingAccess.isCfo()
				|| context.<Boolean>computeIfAbsent(AT_THE_DESK, (key) -> this.access.desk().isPresent());
		boolean shown = desk || !Answers.tellsOnlyToContactTheCfo(request, this.clock.instant());
		return PersonBatches.one(people, shown ? request.answer().deciderPersonId() : null);
	}

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "enteredBy")
	CompletableFuture<Person> enteredBy(PreClearance request, DataLoader<String, Person> people) {
		return PersonBatches.one(people, (request.entry() != null) ? request.entry().enteredByPersonId() : null);
	}

	@SchemaMapping(typeName = TRADE, field = "trader")
	CompletableFuture<Person> trader(Trade trade, DataLoader<String, Person> people) {
		return PersonBatches.one(people, trade.traderPersonId());
	}

	@SchemaMapping(typeName = PLAN, field = "person")
	CompletableFuture<Person> planPerson(TradingPlan plan, DataLoader<String, Person> people) {
		return PersonBatches.one(people, plan.personId());
	}

	@SchemaMapping(typeName = RESTRICTION, field = "people")
	CompletableFuture<List<Person>> restrictionPeople(TradingRestriction restriction,
			DataLoader<String, Person> people) {
		return PersonBatches.all(people, restriction.personIds());
	}

	@SchemaMapping(typeName = WINDOW, field = "people")
	CompletableFuture<List<Person>> windowPeople(EventWindow window, DataLoader<String, Person> people) {
		return PersonBatches.all(people, window.personIds());
	}

	@SchemaMapping(typeName = "SubjectGroup", field = "people")
	CompletableFuture<List<Person>> groupPeople(TradingSettings.SubjectGroup group, DataLoader<String, Person> people) {
		return PersonBatches.all(people, group.personIds());
	}

	@SchemaMapping(typeName = "TradingSettings", field = "delegates")
	List<Person> delegates(TradingSettings settings) {
		Map<String, Person> found = this.people.findAll(settings.delegatePersonIds());
		return settings.delegatePersonIds().stream().map(found::get).filter(Objects::nonNull).toList();
	}

	// requests as the caller may see them

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "status")
	PreClearanceStatus status(PreClearance request) {
		return request.statusAt(this.clock.instant());
	}

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "answer")
	String answer(PreClearance request) {
		return Answers.of(request, this.clock.instant());
	}

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "decidedAt")
	Instant decidedAt(PreClearance request) {
		return (request.answer() != null) ? request.answer().decidedAt() : null;
	}

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "conditions")
	List<String> conditions(PreClearance request) {
		return (request.answer() != null) ? request.answer().conditions() : List.of();
	}

	/** The decider's note, for the desk only. */
	@BatchMapping(typeName = PRE_CLEARANCE, field = "deciderNote")
	Map<PreClearance, String> deciderNote(List<PreClearance> requests) {
		if (this.access.desk().isEmpty()) {
			return Map.of();
		}
		Map<PreClearance, String> notes = new HashMap<>();
		requests.stream()
			.filter((r) -> r.answer() != null && r.answer().note() != null)
			.forEach((r) -> notes.put(r, r.answer().note()));
		return notes;
	}

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "validUntil")
	Instant validUntil(PreClearance request) {
		return (request.validity() != null) ? request.validity().closesAt() : null;
	}

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "findings")
	List<TradingFinding> requestFindings(PreClearance request) {
		return Answers.visible(request, TradingAccess.seesConfidential(), this.clock.instant());
	}

	@SchemaMapping(typeName = PRE_CLEARANCE, field = "enteredAt")
	Instant enteredAt(PreClearance request) {
		return (request.entry() != null) ? request.entry().enteredAt() : null;
	}

	@BatchMapping(typeName = PRE_CLEARANCE, field = "plan")
	Map<PreClearance, TradingPlan> requestPlan(List<PreClearance> requests) {
		return plansOf(requests, PreClearance::planId);
	}

	// trades as the caller may see them

	@SchemaMapping(typeName = TRADE, field = "findings")
	List<TradingFinding> tradeFindings(Trade trade) {
		return Answers.visible(trade.findings(), TradingAccess.seesConfidential());
	}

	@SchemaMapping(typeName = TRADE, field = "flagged")
	boolean flagged(Trade trade) {
		return Answers.visible(trade.findings(), TradingAccess.seesConfidential())
			.stream()
			.anyMatch(TradingFinding::flags);
	}

	@BatchMapping(typeName = TRADE, field = "preClearance")
	Map<Trade, PreClearance> tradeClearance(List<Trade> trades) {
		List<String> ids = trades.stream().map(Trade::preClearanceId).filter(Objects::nonNull).distinct().toList();
		return byKey(trades, Trade::preClearanceId, this.store.findAll(ids, PreClearance.class, PreClearance::id));
	}

	@BatchMapping(typeName = TRADE, field = "plan")
	Map<Trade, TradingPlan> tradePlan(List<Trade> trades) {
		return plansOf(trades, Trade::planId);
	}

	// plans

	@BatchMapping(typeName = PLAN, field = "coolingOff")
	Map<TradingPlan, CoolingOff.Period> coolingOff(List<TradingPlan> plans, GraphQLContext context) {
		Map<String, CoolingOff.Period> periods = coolingOffsOf(plans, context);
		Map<TradingPlan, CoolingOff.Period> result = new HashMap<>();
		plans.forEach((p) -> result.put(p, periods.get(p.id())));
		return result;
	}

	@BatchMapping(typeName = PLAN, field = "status")
	Map<TradingPlan, TradingPlanStatus> planStatus(List<TradingPlan> plans, GraphQLContext context) {
		Map<String, CoolingOff.Period> periods = coolingOffsOf(plans, context);
		Map<TradingPlan, TradingPlanStatus> result = new HashMap<>();
		plans.forEach((p) -> result.put(p, this.plans.statusOf(p, periods.get(p.id()))));
		return result;
	}

	/**
	 * The plans' cooling-off periods, computed once per request for both fields that show
	 * them (one read of the quarters' dates, not one per field).
	 */
	private Map<String, CoolingOff.Period> coolingOffsOf(List<TradingPlan> plans, GraphQLContext context) {
		Map<String, CoolingOff.Period> known = context.computeIfAbsent(COOLING_OFFS,
				(key) -> java.util.Collections.synchronizedMap(new HashMap<>()));
		List<TradingPlan> missing = plans.stream().filter((p) -> !known.containsKey(p.id())).toList();
		if (!missing.isEmpty()) {
			known.putAll(this.facts.coolingOffs(TenantContext.required(), missing));
		}
		return known;
	}

	// the rest

	@SchemaMapping(typeName = WINDOW, field = "open")
	boolean open(EventWindow window) {
		return window.isOpen();
	}

	@SchemaMapping(typeName = "TradingRuleEntry", field = "effectOnRequest")
	TradingEffect effectOnRequest(TradingRules.Rule rule) {
		return rule.effects().get(TradingRules.Stage.REQUEST);
	}

	@SchemaMapping(typeName = "TradingRuleEntry", field = "effectOnTrade")
	TradingEffect effectOnTrade(TradingRules.Rule rule) {
		return rule.effects().get(TradingRules.Stage.TRADE);
	}

	// helpers

	private <K> Map<K, TradingSecurity> securitiesOf(List<K> items, Function<K, String> securityId) {
		List<String> ids = items.stream().map(securityId).filter(Objects::nonNull).distinct().toList();
		return byKey(items, securityId, this.securities.findAll(ids));
	}

	private <K> Map<K, TradingPlan> plansOf(List<K> items, Function<K, String> planId) {
		List<String> ids = items.stream().map(planId).filter(Objects::nonNull).distinct().toList();
		return byKey(items, planId, this.store.findAll(ids, TradingPlan.class, TradingPlan::id));
	}

	private static <K, V> Map<K, V> byKey(Collection<K> items, Function<K, String> key, Map<String, V> found) {
		Map<K, V> result = new HashMap<>();
		for (K item : items) {
			String id = key.apply(item);
			if (id != null && found.containsKey(id)) {
				result.put(item, found.get(id));
			}
		}
		return result;
	}

	private static <K, V> Map<K, List<V>> eachOf(Collection<K> items, Function<K, List<String>> keys,
			Map<String, V> found) {
		Map<K, List<V>> result = new HashMap<>();
		for (K item : items) {
			result.put(item, keys.apply(item).stream().map(found::get).filter(Objects::nonNull).toList());
		}
		return result;
	}

	/**
	 * Which requests to list.
	 *
	 * @param statuses only these statuses
	 */
	record PreClearanceFilter(List<PreClearanceStatus> statuses) {
	}

	/**
	 * Which trades to list.
	 *
	 * @param flagged only flagged or unflagged ones
	 */
	record TradeFilter(Boolean flagged) {
	}

}
