package io.conduct.gifts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.conduct.disclosures.Counterparty;
import io.conduct.disclosures.CounterpartyRegister;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.money.Money;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL side of the gift register ({@code gifts.graphqls}). */
@Controller
class GiftsController {

	static final String GIFT_ENTRY = "GiftEntry";

	static final String COUNTERPARTY = "Counterparty";

	static final String RELATIVE = "Relative";

	static final String EXCHANGE_RATE = "ExchangeRate";

	/** At most every status once. */
	static final int MAX_STATUSES = GiftEntryStatus.values().length;

	private final GiftRegister register;

	private final GiftDispositions dispositions;

	private final GiftApprovals approvals;

	private final GiftSettingsService settings;

	private final CounterpartyRegister counterparties;

	private final PeopleDirectory people;

	GiftsController(GiftRegister register, GiftDispositions dispositions, GiftApprovals approvals,
			GiftSettingsService settings, CounterpartyRegister counterparties, PeopleDirectory people) {
		this.register = register;
		this.dispositions = dispositions;
		this.approvals = approvals;
		this.settings = settings;
		this.counterparties = counterparties;
		this.people = people;
	}

	// queries

	@QueryMapping
	Connection<GiftEntry> giftEntries(@Argument Integer first, @Argument String after,
			@Argument GiftEntryFilterInput filter) {
		Paging paging = Paging.of(first, after);
		List<GiftEntry> found = this.register.staffPage(filterOf(filter),
				paging.isFirstPage() ? null : paging.after().instant(),
				paging.isFirstPage() ? null : paging.after().id(), paging.probe());
		return Connection.of(found, paging, (e) -> Cursors.encode(e.recordedAt(), e.id()));
	}

	@QueryMapping
	GiftSettings giftSettings() {
		return this.settings.current();
	}

	@SchemaMapping(typeName = "Viewer", field = "giftEntries")
	Connection<GiftEntry> viewerGiftEntries(@Argument Integer first, @Argument String after,
			@Argument GiftEntryFilterInput filter) {
		Paging paging = Paging.of(first, after);
		List<GiftEntry> found = this.register.ownPage(filterOf(filter),
				paging.isFirstPage() ? null : paging.after().instant(),
				paging.isFirstPage() ? null : paging.after().id(), paging.probe());
		return Connection.of(found, paging, (e) -> Cursors.encode(e.recordedAt(), e.id()));
	}

	// fields

	@SchemaMapping(typeName = GIFT_ENTRY, field = "id")
	String id(GiftEntry entry) {
		return GlobalId.encode(GIFT_ENTRY, entry.id());
	}

	@SchemaMapping(typeName = "GiftRateUsed", field = "exchangeRateId")
	String exchangeRateId(GiftEntry.RateUsed rate) {
		return GlobalId.encode(EXCHANGE_RATE, rate.rateId());
	}

	@SchemaMapping(typeName = "GiftDisposition", field = "overdue")
	boolean overdue(GiftEntry.Disposition disposition) {
		return disposition.recordedAt() == null && this.register.today().isAfter(disposition.dueDate());
	}

	@BatchMapping(typeName = GIFT_ENTRY, field = "recorder")
	Map<GiftEntry, Person> recorder(List<GiftEntry> entries) {
		return people(entries, (e) -> e.recorder().personId());
	}

	@BatchMapping(typeName = "GiftDisposition", field = "recordedBy")
	Map<GiftEntry.Disposition, Person> recordedBy(List<GiftEntry.Disposition> dispositions) {
		return people(dispositions, GiftEntry.Disposition::recordedByPersonId);
	}

	@BatchMapping(typeName = "GiftApproval", field = "decidedBy")
	Map<GiftEntry.Approval, Person> decidedBy(List<GiftEntry.Approval> approvals) {
		return people(approvals, GiftEntry.Approval::decidedByPersonId);
	}

	@BatchMapping(typeName = "GiftCounterparty", field = "registered")
	Map<GiftEntry.Party, Counterparty> registered(List<GiftEntry.Party> parties) {
		List<String> ids = parties.stream()
			.map(GiftEntry.Party::counterpartyId)
			.filter((id) -> id != null)
			.distinct()
			.toList();
		Map<String, Counterparty> found = ids.isEmpty() ? Map.of() : this.counterparties.findAll(ids);
		Map<GiftEntry.Party, Counterparty> result = new HashMap<>();
		parties
			.forEach((p) -> Optional.ofNullable(p.counterpartyId()).map(found::get).ifPresent((c) -> result.put(p, c)));
		return result;
	}

	// mutations

	@MutationMapping
	GiftRecordPayload giftRecord(@Argument GiftRecordInput input) {
		Outcome<GiftEntry> outcome = this.register.record(input.toRecording());
		return new GiftRecordPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	GiftDispositionRecordPayload giftDispositionRecord(@Argument GiftDispositionRecordInput input) {
		Optional<String> id = GlobalId.localIdOf(input.giftEntryId(), GIFT_ENTRY);
		Outcome<GiftEntry> outcome = id.isPresent()
				? this.dispositions.record(id.get(), input.method(), input.use(), input.note())
				: Outcome.rejected("giftEntryId", UserErrorCode.NOT_FOUND, "No such entry of yours");
		return new GiftDispositionRecordPayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	GiftApprovalDecidePayload giftApprovalDecide(@Argument GiftApprovalDecideInput input) {
		Optional<String> id = GlobalId.localIdOf(input.giftEntryId(), GIFT_ENTRY);
		Outcome<GiftEntry> outcome = id.isPresent() ? this.approvals.decide(id.get(), input.decision(), input.reasons())
				: Outcome.rejected("giftEntryId", UserErrorCode.NOT_FOUND, "No such entry");
		return new GiftApprovalDecidePayload(outcome.value(), outcome.userErrors());
	}

	@MutationMapping
	GiftSettingsUpdatePayload giftSettingsUpdate(@Argument GiftSettingsUpdateInput input) {
		Outcome<GiftSettings> outcome = this.settings
			.update(new GiftSettingsService.Update(money(input.insignificantValue()),
					money(input.entertainmentPerPerson()), money(input.entertainmentPerEvent()),
					input.entertainmentFrequency(), input.dispositionDueBusinessDays()));
		return new GiftSettingsUpdatePayload(outcome.value(), outcome.userErrors());
	}

	private <T> Map<T, Person> people(List<T> items, Function<T, String> personId) {
		Collection<String> ids = items.stream().map(personId).filter((id) -> id != null).distinct().toList();
		Map<String, Person> found = ids.isEmpty() ? Map.of() : this.people.findAll(ids);
		Map<T, Person> result = new HashMap<>();
		items.forEach((i) -> Optional.ofNullable(personId.apply(i)).map(found::get).ifPresent((p) -> result.put(i, p)));
		return result;
	}

	private GiftStore.Filter filterOf(GiftEntryFilterInput filter) {
		if (filter == null) {
			return GiftStore.Filter.NONE;
		}
		if (filter.statuses() != null && filter.statuses().size() > MAX_STATUSES) {
			throw io.conduct.platform.errors.ConductException
				.badRequest("At most " + MAX_STATUSES + " statuses in a filter");
		}
		return new GiftStore.Filter((filter.statuses() != null) ? filter.statuses() : List.of(),
				Boolean.TRUE.equals(filter.overdue()) ? this.register.today() : null, filter.flagged());
	}

	private static Money money(MoneyIn in) {
		return (in != null && in.amount() != null && in.currency() != null) ? new Money(in.amount(), in.currency())
				: null;
	}

	// inputs and payloads

	record MoneyIn(BigDecimal amount, Currency currency) {
	}

	record GiftEntryFilterInput(List<GiftEntryStatus> statuses, Boolean overdue, Boolean flagged) {
	}

	record GiftCounterpartyInput(String counterpartyId, String name, GiftCounterpartyKind kind) {

		GiftRecording.CounterpartyGiven toGiven() {
			String local = (this.counterpartyId != null)
					? GlobalId.localIdOf(this.counterpartyId, COUNTERPARTY).orElse("\u0000unknown") : null;
			return new GiftRecording.CounterpartyGiven(local, this.name, this.kind);
		}

	}

	record GiftRecordInput(GiftKind kind, GiftDirection direction, GiftResponse response, GiftForm form,
			Boolean statedBriberyOrKickback, Boolean companyFunds, Boolean lawfulAndUnconditional,
			GiftCounterpartyInput counterparty, String relativeId, String description, LocalDate date,
			Integer attendees, MoneyIn value) {

		GiftRecording toRecording() {
			String relative = (this.relativeId != null)
					? GlobalId.localIdOf(this.relativeId, RELATIVE).orElse("\u0000unknown") : null;
			return new GiftRecording(this.kind, this.direction, this.response, this.form, this.statedBriberyOrKickback,
					this.companyFunds, this.lawfulAndUnconditional,
					(this.counterparty != null) ? this.counterparty.toGiven() : null, relative, this.description,
					this.date, this.attendees, money(this.value));
		}

	}

	record GiftDispositionRecordInput(String giftEntryId, GiftDispositionMethod method, CompanyDisposition use,
			String note) {
	}

	record GiftApprovalDecideInput(String giftEntryId, GiftApprovalStatus decision, String reasons) {
	}

	record GiftSettingsUpdateInput(MoneyIn insignificantValue, MoneyIn entertainmentPerPerson,
			MoneyIn entertainmentPerEvent, Integer entertainmentFrequency, Integer dispositionDueBusinessDays) {
	}

	record GiftRecordPayload(GiftEntry giftEntry, List<UserError> userErrors) {
	}

	record GiftDispositionRecordPayload(GiftEntry giftEntry, List<UserError> userErrors) {
	}

	record GiftApprovalDecidePayload(GiftEntry giftEntry, List<UserError> userErrors) {
	}

	record GiftSettingsUpdatePayload(GiftSettings giftSettings, List<UserError> userErrors) {
	}

}
