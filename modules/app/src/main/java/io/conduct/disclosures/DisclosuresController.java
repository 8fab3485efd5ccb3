package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.function.Function;

import io.conduct.people.Person;
import io.conduct.people.PersonBatches;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL side of conflicts of interest ({@code disclosures.graphqls}). */
@Controller
class DisclosuresController {

	static final String DISCLOSURE = "Disclosure";

	static final String COUNTERPARTY = "Counterparty";

	static final String PAYMENT = "CounterpartyPayment";

	static final String RATE = "ExchangeRate";

	static final String RULE = "ConflictRule";

	static final String IMPORT = "CounterpartyImport";

	static final String PERSON = "Person";

	/** The data loader of counterparties' pages of payments. */
	private static final String PAYMENTS = "counterpartyPayments";

	private static final Set<Role> SEE_SIGNIFICANCE = EnumSet.of(Role.CFO_CAO, Role.BOARD, Role.AUDIT_COMMITTEE);

	private final Disclosures disclosures;

	private final Determinations determinations;

	private final CounterpartyRegister register;

	private final GroupLedger ledger;

	private final DisclosureEvaluator evaluator;

	private final GroupData group;

	private final DisclosureStore store;

	DisclosuresController(Disclosures disclosures, Determinations determinations, CounterpartyRegister register,
			GroupLedger ledger, DisclosureEvaluator evaluator, GroupData group, DisclosureStore store,
			BatchLoaderRegistry loaders) {
		this.disclosures = disclosures;
		this.determinations = determinations;
		this.register = register;
		this.ledger = ledger;
		this.evaluator = evaluator;
		this.group = group;
		this.store = store;
		loaders.<GroupLedger.PaymentPage, List<CounterpartyPayment>>forName(PAYMENTS)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> ledger.paymentPages(keys)));
	}

	// queries

	@QueryMapping
	Connection<Counterparty> counterparties(@Argument Integer first, @Argument String after, @Argument String name) {
		Paging paging = Paging.of(first, after);
		List<Counterparty> found = this.register.page(name, paging.isFirstPage() ? null : paging.after().sortKey(),
				paging.isFirstPage() ? null : paging.after().id(), paging.probe());
		return page(found, paging, (c) -> Cursors.encode(c.sortName(), c.id()));
	}

	@QueryMapping
	Connection<ExchangeRate> exchangeRates(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		List<ExchangeRate> found = this.ledger.rates(paging.isFirstPage() ? null : paging.after().id(), paging.probe());
		return page(found, paging, (r) -> Cursors.encode(r.id(), r.id()));
	}

	@QueryMapping
	Connection<Disclosure> disclosures(@Argument Integer first, @Argument String after,
			@Argument DisclosureFilterInput filter) {
		Paging paging = Paging.of(first, after);
		DisclosureFilterInput effective = (filter != null) ? filter : new DisclosureFilterInput(null, null);
		List<Disclosure> found = this.disclosures.staffPage(effective.statusSet(), effective.outcomeSet(),
				paging.isFirstPage() ? null : paging.after().instant(),
				paging.isFirstPage() ? null : paging.after().id(), paging.probe());
		return page(found, paging, (d) -> Cursors.encode(d.submittedAt(), d.id()));
	}

	@QueryMapping
	Connection<TenantRule> conflictRules(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		List<TenantRule> found = this.store.rulePage(paging.isFirstPage() ? null : paging.after().instant(),
				paging.isFirstPage() ? null : paging.after().id(), paging.probe());
		return page(found, paging, (r) -> Cursors.encode(r.declaredAt(), r.id()));
	}

	@SchemaMapping(typeName = "Viewer", field = "disclosures")
	Connection<Disclosure> viewerDisclosures(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		List<Disclosure> found = this.disclosures.ownPage(paging.isFirstPage() ? null : paging.after().instant(),
				paging.isFirstPage() ? null : paging.after().id(), paging.probe());
		return page(found, paging, (d) -> Cursors.encode(d.submittedAt(), d.id()));
	}

	@SchemaMapping(typeName = "Viewer", field = "disclosureSuggestions")
	List<Disclosures.Suggestion> disclosureSuggestions() {
		return this.disclosures.suggestions();
	}

	// fields

	@SchemaMapping(typeName = DISCLOSURE, field = "id")
	String disclosureId(Disclosure disclosure) {
		return GlobalId.encode(DISCLOSURE, disclosure.id());
	}

	@SchemaMapping(typeName = COUNTERPARTY, field = "id")
	String counterpartyId(Counterparty counterparty) {
		return GlobalId.encode(COUNTERPARTY, counterparty.id());
	}

	@SchemaMapping(typeName = PAYMENT, field = "id")
	String paymentId(CounterpartyPayment payment) {
		return GlobalId.encode(PAYMENT, payment.id());
	}

	@SchemaMapping(typeName = RATE, field = "id")
	String rateId(ExchangeRate rate) {
		return GlobalId.encode(RATE, rate.id());
	}

	@SchemaMapping(typeName = RULE, field = "id")
	String ruleId(TenantRule rule) {
		return GlobalId.encode(RULE, rule.id());
	}

	@SchemaMapping(typeName = IMPORT, field = "id")
	String importId(CounterpartyImport counterpartyImport) {
		return GlobalId.encode(IMPORT, counterpartyImport.id());
	}

	@SchemaMapping(typeName = DISCLOSURE, field = "discloser")
	CompletableFuture<Person> discloser(Disclosure disclosure, DataLoader<String, Person> people) {
		return PersonBatches.one(people, disclosure.discloserPersonId());
	}

	@SchemaMapping(typeName = DISCLOSURE, field = "familyMember")
	CompletableFuture<Person> familyMember(Disclosure disclosure, DataLoader<String, Person> people) {
		return PersonBatches.one(people, disclosure.familyPersonId());
	}

	@BatchMapping(typeName = DISCLOSURE, field = "counterparty")
	Map<Disclosure, Counterparty> disclosureCounterparty(List<Disclosure> disclosures) {
		List<String> ids = disclosures.stream().map(Disclosure::counterpartyId).filter((id) -> id != null).toList();
		Map<String, Counterparty> found = ids.isEmpty() ? Map.of() : this.register.findAll(ids);
		Map<Disclosure, Counterparty> result = new HashMap<>();
		disclosures
			.forEach((d) -> Optional.ofNullable(d.counterpartyId()).map(found::get).ifPresent((c) -> result.put(d, c)));
		return result;
	}

	@BatchMapping(typeName = "ConflictFinding", field = "tenantRule")
	Map<Finding, TenantRule> findingRule(List<Finding> findings) {
		List<String> ids = findings.stream().map(Finding::tenantRuleId).filter((id) -> id != null).distinct().toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, TenantRule> rules = new HashMap<>();
		this.store.rulesById(ids).forEach((r) -> rules.put(r.id(), r));
		Map<Finding, TenantRule> result = new HashMap<>();
		findings
			.forEach((f) -> Optional.ofNullable(f.tenantRuleId()).map(rules::get).ifPresent((r) -> result.put(f, r)));
		return result;
	}

	/**
	 * Significance for the CFO/CAO, the Board and the Audit Committee; null for others.
	 */
	@BatchMapping(typeName = COUNTERPARTY, field = "significance")
	Map<Counterparty, Significance> significance(List<Counterparty> counterparties) {
		boolean allowed = CurrentUser.authentication()
			.map((a) -> a.roles().stream().anyMatch(SEE_SIGNIFICANCE::contains))
			.orElse(false);
		if (!allowed) {
			return Map.of();
		}
		Map<String, Significance> byId = this.evaluator.significanceOf(this.group.top(), counterparties);
		Map<Counterparty, Significance> result = new HashMap<>();
		counterparties.forEach((c) -> result.put(c, byId.get(c.id())));
		return result;
	}

	/**
	 * A counterparty's payments, for the CFO/CAO: their company's, or all for the
	 * group's.
	 */
	/**
	 * A counterparty's payments, for the CFO/CAO: the pages of all the counterparties of
	 * a list are read together, by one data loader, not one query per counterparty.
	 */
	@SchemaMapping(typeName = COUNTERPARTY, field = "payments")
	CompletableFuture<Connection<CounterpartyPayment>> payments(Counterparty counterparty, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		Paging paging = Paging.of(first, after);
		boolean cfo = CurrentUser.authentication().map((a) -> a.roles().contains(Role.CFO_CAO)).orElse(false);
		if (!cfo) {
			return CompletableFuture.completedFuture(page(List.of(), paging, DisclosuresController::paymentCursor));
		}
		DataLoader<GroupLedger.PaymentPage, List<CounterpartyPayment>> pages = environment.getDataLoader(PAYMENTS);
		return pages
			.load(new GroupLedger.PaymentPage(counterparty.id(), paging.isFirstPage() ? null : paging.after().id(),
					paging.probe()))
			.thenApply((found) -> page(found, paging, DisclosuresController::paymentCursor));
	}

	private static String paymentCursor(CounterpartyPayment payment) {
		return Cursors.encode(payment.id(), payment.id());
	}

	// mutations

	@MutationMapping
	CounterpartyRegisterPayload counterpartyRegister(@Argument CounterpartyRegisterInput input) {
		Outcome<Counterparty> outcome = this.register.register(input.facts());
		return new CounterpartyRegisterPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	CounterpartyUpdatePayload counterpartyUpdate(@Argument CounterpartyUpdateInput input) {
		Optional<String> id = GlobalId.localIdOf(input.counterpartyId(), COUNTERPARTY);
		Outcome<CounterpartyRegister.Changed> outcome = id.isPresent() ? this.register.update(id.get(), input.facts())
				: Outcome.rejected("counterpartyId", UserErrorCode.NOT_FOUND, "No such counterparty");
		return new CounterpartyUpdatePayload(outcome.isSuccess() ? outcome.value().counterparty() : null,
				outcome.isSuccess() ? outcome.value().reevaluated() : 0, outcome.userErrors());
	}

	@MutationMapping
	CounterpartyImportRunPayload counterpartyImportRun(@Argument CounterpartyImportRunInput input) {
		Outcome<CounterpartyImport> outcome = this.register.importCsv(input.csv());
		return new CounterpartyImportRunPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	CounterpartyPaymentRecordPayload counterpartyPaymentRecord(@Argument CounterpartyPaymentRecordInput input) {
		String id = GlobalId.localIdOf(input.counterpartyId(), COUNTERPARTY).orElse(null);
		Outcome<GroupLedger.Recorded> outcome = this.ledger.recordPayment(id, input.fiscalYear(), input.direction(),
				(input.amount() != null) ? input.amount().toMoney() : null);
		return outcome.isSuccess()
				? new CounterpartyPaymentRecordPayload(outcome.value().payment(), outcome.value().counterparty(),
						outcome.value().reevaluated(), List.of())
				: new CounterpartyPaymentRecordPayload(null, null, 0, outcome.userErrors());
	}

	@MutationMapping
	ExchangeRateSetPayload exchangeRateSet(@Argument ExchangeRateSetInput input) {
		Outcome<GroupLedger.RateSet> outcome = this.ledger.setRate(input.currency(), input.effectiveDate(),
				input.rate());
		return outcome.isSuccess()
				? new ExchangeRateSetPayload(outcome.value().rate(), outcome.value().reevaluated(), List.of())
				: new ExchangeRateSetPayload(null, 0, outcome.userErrors());
	}

	@MutationMapping
	DisclosureSubmitPayload disclosureSubmit(@Argument DisclosureSubmitInput input) {
		Outcome<Disclosure> outcome = this.disclosures.submit(input.toSubmission());
		return new DisclosureSubmitPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	DisclosureWithdrawPayload disclosureWithdraw(@Argument DisclosureWithdrawInput input) {
		Optional<String> id = GlobalId.localIdOf(input.disclosureId(), DISCLOSURE);
		Outcome<Disclosure> outcome = id.isPresent() ? this.disclosures.withdraw(id.get())
				: Outcome.rejected("disclosureId", UserErrorCode.NOT_FOUND, "No such disclosure of yours");
		return new DisclosureWithdrawPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	DisclosureDeterminePayload disclosureDetermine(@Argument DisclosureDetermineInput input) {
		Optional<String> id = GlobalId.localIdOf(input.disclosureId(), DISCLOSURE);
		Outcome<Determinations.Determined> outcome = id.isPresent()
				? this.determinations
					.determine(id.get(), input.decision(), input.conditions(), input.reasons(),
							(input.tenantRule() != null) ? new Determinations.RuleRequest(input.tenantRule().title(),
									input.tenantRule().terms()) : null)
				: Outcome.rejected("disclosureId", UserErrorCode.NOT_FOUND, "No such disclosure");
		return outcome.isSuccess()
				? new DisclosureDeterminePayload(outcome.value().disclosure(), outcome.value().rule(), List.of())
				: new DisclosureDeterminePayload(null, null, outcome.userErrors());
	}

	private static <T> Connection<T> page(List<T> found, Paging paging, Function<T, String> cursor) {
		boolean hasNext = found.size() > paging.first();
		List<T> nodes = hasNext ? found.subList(0, paging.first()) : found;
		return Connection.of(nodes, nodes.stream().map(cursor).toList(), Function.identity(), hasNext,
				!paging.isFirstPage());
	}

	// inputs and payloads

	record MoneyIn(BigDecimal amount, Currency currency) {

		Money toMoney() {
			return (this.amount != null && this.currency != null) ? new Money(this.amount, this.currency) : null;
		}

	}

	record DisclosureFilterInput(List<DisclosureStatus> statuses, List<ConflictOutcome> outcomes) {

		Set<DisclosureStatus> statusSet() {
			return (this.statuses != null) ? Set.copyOf(this.statuses) : Set.of();
		}

		Set<ConflictOutcome> outcomeSet() {
			return (this.outcomes != null) ? Set.copyOf(this.outcomes) : Set.of();
		}

	}

	record CounterpartyRegisterInput(String name, String externalId, List<CounterpartyKind> kinds, Ownership ownership,
			BigDecimal outstandingShares, MoneyIn lastFiscalYearRevenue) {

		CounterpartyRegister.Facts facts() {
			return new CounterpartyRegister.Facts(this.name, this.externalId,
					(this.kinds != null && !this.kinds.isEmpty()) ? EnumSet.copyOf(this.kinds) : Set.of(),
					this.ownership, this.outstandingShares,
					(this.lastFiscalYearRevenue != null) ? this.lastFiscalYearRevenue.amount() : null,
					(this.lastFiscalYearRevenue != null && this.lastFiscalYearRevenue.currency() != null)
							? this.lastFiscalYearRevenue.currency().getCurrencyCode() : null);
		}

	}

	record CounterpartyUpdateInput(String counterpartyId, String name, String externalId, List<CounterpartyKind> kinds,
			Ownership ownership, BigDecimal outstandingShares, MoneyIn lastFiscalYearRevenue) {

		CounterpartyRegister.Facts facts() {
			return new CounterpartyRegisterInput(this.name, this.externalId, this.kinds, this.ownership,
					this.outstandingShares, this.lastFiscalYearRevenue)
				.facts();
		}

	}

	record CounterpartyImportRunInput(String csv) {
	}

	record CounterpartyPaymentRecordInput(String counterpartyId, Integer fiscalYear, PaymentDirection direction,
			MoneyIn amount) {
	}

	record ExchangeRateSetInput(Currency currency, LocalDate effectiveDate, BigDecimal rate) {
	}

	record DisclosureSubmitInput(DisclosureKind kind, String counterpartyId, ServiceCapacity capacity,
			Boolean atCompanyRequest, InterestHolder holder, String relativeId, BigDecimal sharesHeld,
			BigDecimal percentOfOutstandingShares, String familyMemberId, String description) {

		Disclosures.Submission toSubmission() {
			String counterparty = (this.counterpartyId != null)
					? GlobalId.localIdOf(this.counterpartyId, COUNTERPARTY).orElse("\u0000unknown") : null;
			String member = (this.familyMemberId != null)
					? GlobalId.localIdOf(this.familyMemberId, PERSON).orElse("\u0000unknown") : null;
			String relative = (this.relativeId != null) ? io.conduct.people.RelativeIds.decode(this.relativeId)
				.map(io.conduct.people.RelativeIds.Declaration::relativeId)
				.orElse("\u0000unknown") : null;
			return new Disclosures.Submission(this.kind, counterparty, this.capacity,
					Boolean.TRUE.equals(this.atCompanyRequest), this.holder, relative, this.sharesHeld,
					this.percentOfOutstandingShares, member, this.description);
		}

	}

	record DisclosureWithdrawInput(String disclosureId) {
	}

	record ConflictRuleInput(String title, List<String> terms) {
	}

	record DisclosureDetermineInput(String disclosureId, DeterminationDecision decision, List<String> conditions,
			String reasons, ConflictRuleInput tenantRule) {
	}

	record CounterpartyRegisterPayload(Counterparty counterparty, List<UserError> userErrors) {
	}

	record CounterpartyUpdatePayload(Counterparty counterparty, int reevaluated, List<UserError> userErrors) {
	}

	record CounterpartyImportRunPayload(CounterpartyImport counterpartyImport, List<UserError> userErrors) {
	}

	record CounterpartyPaymentRecordPayload(CounterpartyPayment payment, Counterparty counterparty, int reevaluated,
			List<UserError> userErrors) {
	}

	record ExchangeRateSetPayload(ExchangeRate exchangeRate, int reevaluated, List<UserError> userErrors) {
	}

	record DisclosureSubmitPayload(Disclosure disclosure, List<UserError> userErrors) {
	}

	record DisclosureWithdrawPayload(Disclosure disclosure, List<UserError> userErrors) {
	}

	record DisclosureDeterminePayload(Disclosure disclosure, TenantRule conflictRule, List<UserError> userErrors) {
	}

}
