package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.money.Money;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The group's counterparty register, kept by the CFO/CAO of the group's top company and
 * read by every company of the group; importable from an ERP's CSV export, each refused
 * row reported with its line and reason. A change re-evaluates the disclosures naming the
 * counterparty, in every company of the group.
 */
@Service
public class CounterpartyRegister {

	static final int NAME_LENGTH = 200;

	static final int MAX_CSV_CHARACTERS = 2_000_000;

	static final int MAX_ROWS = 10_000;

	private final GroupData group;

	private final Reevaluation reevaluation;

	private final AuditTrail audit;

	private final Clock clock;

	CounterpartyRegister(GroupData group, Reevaluation reevaluation, AuditTrail audit, Clock clock) {
		this.group = group;
		this.reevaluation = reevaluation;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<Counterparty> register(Facts facts) {
		Tenant top = TenantContext.required();
		Validation validation = validate(facts, top, "");
		notGroup(validation, top);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		try {
			Counterparty registered = this.group.insert(top,
					facts.toCounterparty(UUID.randomUUID().toString(), now, now));
			this.audit.record("counterparty.register", "Counterparty", registered.id(), Map.of());
			return Outcome.of(registered);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("externalId", UserErrorCode.TAKEN, "Another counterparty has that external id");
		}
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<Changed> update(String counterpartyId, Facts facts) {
		Tenant top = TenantContext.required();
		Validation validation = new Validation();
		notGroup(validation, top);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Optional<Counterparty> found = this.group.counterparty(top, counterpartyId);
		if (found.isEmpty()) {
			return Outcome.rejected("counterpartyId", UserErrorCode.NOT_FOUND, "No such counterparty");
		}
		validation = validate(facts, top, "");
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Counterparty updated;
		try {
			updated = this.group.save(top,
					facts.toCounterparty(counterpartyId, found.get().createdAt(), this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("externalId", UserErrorCode.TAKEN, "Another counterparty has that external id");
		}
		this.audit.record("counterparty.update", "Counterparty", counterpartyId, Map.of());
		boolean revenue = !java.util.Objects.equals(found.get().lastFiscalYearRevenue(),
				updated.lastFiscalYearRevenue());
		int changed = this.reevaluation.afterGroupChange(top, Set.of(counterpartyId),
				revenue ? Evaluation.Trigger.REVENUE_CHANGED : Evaluation.Trigger.COUNTERPARTY_CHANGED);
		return Outcome.of(new Changed(updated, changed));
	}

	/**
	 * Imports an ERP export, idempotent by external id; valid rows are kept and each bad
	 * row is reported with its line and reason.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<CounterpartyImport> importCsv(String csv) {
		Tenant top = TenantContext.required();
		Validation validation = new Validation();
		notGroup(validation, top);
		if (csv == null || csv.isBlank()) {
			validation.reject("csv", UserErrorCode.REQUIRED, "Required");
		}
		else if (csv.length() > MAX_CSV_CHARACTERS) {
			validation.reject("csv", UserErrorCode.TOO_LONG, "At most " + MAX_CSV_CHARACTERS + " characters");
		}
		else {
			List<String> missing = CounterpartyCsv.missingColumns(csv);
			if (!missing.isEmpty()) {
				validation.reject("csv", UserErrorCode.INVALID, "The header lacks the columns "
						+ String.join(", ", missing) + "; expected " + String.join(",", CounterpartyCsv.COLUMNS));
			}
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		List<CounterpartyCsv.Row> rows;
		try {
			rows = CounterpartyCsv.read(csv);
		}
		catch (RuntimeException ex) {
			return Outcome.rejected("csv", UserErrorCode.INVALID, "Not readable as CSV");
		}
		if (rows.size() > MAX_ROWS) {
			return Outcome.rejected("csv", UserErrorCode.TOO_MANY, "At most " + MAX_ROWS + " rows");
		}
		List<CounterpartyImport.RowError> errors = new ArrayList<>();
		int failed = 0;
		int created = 0;
		int updatedCount = 0;
		Map<String, Integer> linesInFile = new HashMap<>();
		Set<String> changedIds = new HashSet<>();
		Instant now = this.clock.instant();
		for (CounterpartyCsv.Row row : rows) {
			String reason = row.unreadable();
			if (reason == null) {
				Validation rowValidation = validate(row.facts(), top, "");
				if (row.facts().externalId() == null) {
					rowValidation.reject("externalId", UserErrorCode.REQUIRED, "Required");
				}
				if (rowValidation.hasErrors()) {
					var first = rowValidation.errors().get(0);
					reason = first.field().get(first.field().size() - 1) + ": " + first.message();
				}
				else {
					Integer earlier = linesInFile.putIfAbsent(row.facts().externalId(), row.line());
					if (earlier != null) {
						reason = "externalId " + row.facts().externalId() + " is already on line " + earlier;
					}
				}
			}
			if (reason != null) {
				failed++;
				if (errors.size() < CounterpartyImport.MAX_ROW_ERRORS) {
					errors.add(new CounterpartyImport.RowError(row.line(), reason));
				}
				continue;
			}
			Optional<Counterparty> known = this.group.byExternalId(top, row.facts().externalId());
			if (known.isPresent()) {
				this.group.save(top, row.facts().toCounterparty(known.get().id(), known.get().createdAt(), now));
				changedIds.add(known.get().id());
				updatedCount++;
			}
			else {
				this.group.insert(top, row.facts().toCounterparty(UUID.randomUUID().toString(), now, now));
				created++;
			}
		}
		CounterpartyImport done = this.group.insert(top, new CounterpartyImport(UUID.randomUUID().toString(),
				rows.size(), created, updatedCount, failed, errors, CurrentUser.required().getName(), now));
		this.audit.record("counterparty.import", "CounterpartyImport", done.id(), Map.of("created",
				String.valueOf(created), "updated", String.valueOf(updatedCount), "failed", String.valueOf(failed)));
		if (!changedIds.isEmpty()) {
			this.reevaluation.afterGroupChange(top, changedIds, Evaluation.Trigger.COUNTERPARTY_CHANGED);
		}
		return Outcome.of(done);
	}

	/**
	 * A page of the group's register in name order; anyone of the group may look names
	 * up.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Counterparty> page(String namePrefix, String afterSortName, String afterId, int limit) {
		if (namePrefix != null && namePrefix.length() > NAME_LENGTH) {
			throw io.conduct.platform.errors.ConductException.badRequest("The name takes at most 200 characters");
		}
		return this.group.counterpartyPage(this.group.top(), namePrefix, afterSortName, afterId, limit);
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Counterparty> find(String counterpartyId) {
		return this.group.counterparty(this.group.top(), counterpartyId);
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Map<String, Counterparty> findAll(java.util.Collection<String> ids) {
		Map<String, Counterparty> found = new HashMap<>();
		this.group.counterparties(this.group.top(), ids).forEach((c) -> found.put(c.id(), c));
		return found;
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Optional<CounterpartyImport> findImport(String importId) {
		return this.group.counterpartyImport(this.group.top(), importId);
	}

	private static void notGroup(Validation validation, Tenant tenant) {
		if (tenant.parentKey() != null) {
			validation.reject("", UserErrorCode.NOT_GROUP, "The group's top company keeps the counterparty register");
		}
	}

	/** What the user can fix in a counterparty's facts. */
	private Validation validate(Facts facts, Tenant top, String prefix) {
		Validation validation = new Validation();
		validation.text(prefix + "name", facts.name(), NAME_LENGTH);
		validation.optionalText(prefix + "externalId", facts.externalId(), 100);
		if (facts.kinds() == null || facts.kinds().isEmpty()) {
			validation.reject(prefix + "kinds", UserErrorCode.REQUIRED, "At least one kind");
		}
		if (facts.ownership() == null) {
			validation.reject(prefix + "ownership", UserErrorCode.REQUIRED, "Required");
		}
		if (facts.outstandingShares() != null && facts.outstandingShares().signum() <= 0) {
			validation.reject(prefix + "outstandingShares", UserErrorCode.OUT_OF_RANGE, "Must be positive");
		}
		if (facts.revenueAmount() != null || facts.revenueCurrency() != null) {
			if (facts.revenueAmount() == null || facts.revenueAmount().signum() <= 0) {
				validation.reject(prefix + "lastFiscalYearRevenue.amount", UserErrorCode.OUT_OF_RANGE,
						"Must be positive");
			}
			if (validation.currency(prefix + "lastFiscalYearRevenue.currency", facts.revenueCurrency())) {
				Currency currency = Currency.getInstance(facts.revenueCurrency());
				GroupFigures figures = this.group.figures(top);
				if (!currency.equals(figures.groupCurrency())
						&& figures.rates().inForce(currency, figures.today()).isEmpty()) {
					validation.reject(prefix + "lastFiscalYearRevenue.currency", UserErrorCode.NO_EXCHANGE_RATE,
							"The group's rate table has no " + currency + " rate into " + figures.groupCurrency());
				}
			}
		}
		return validation;
	}

	/**
	 * What the register knows of a counterparty, as entered.
	 *
	 * @param name the name
	 * @param externalId the id in the group's ERP
	 * @param kinds what it is to the group
	 * @param ownership publicly or privately held
	 * @param outstandingShares outstanding shares
	 * @param revenueAmount its own revenue of its last full fiscal year
	 * @param revenueCurrency the currency of that revenue
	 */
	public record Facts(String name, String externalId, Set<CounterpartyKind> kinds, Ownership ownership,
			BigDecimal outstandingShares, BigDecimal revenueAmount, String revenueCurrency) {

		Counterparty toCounterparty(String id, Instant createdAt, Instant now) {
			Money revenue = (this.revenueAmount != null)
					? new Money(this.revenueAmount, Currency.getInstance(this.revenueCurrency)) : null;
			String trimmed = this.name.trim();
			return new Counterparty(id, trimmed, Counterparty.sortNameOf(trimmed),
					(this.externalId != null && !this.externalId.isBlank()) ? this.externalId.trim() : null,
					EnumSet.copyOf(this.kinds), this.ownership, this.outstandingShares, revenue, createdAt, now);
		}

	}

	/**
	 * A changed counterparty and how many disclosures it changed.
	 *
	 * @param counterparty the counterparty
	 * @param reevaluated disclosures whose evaluation changed
	 */
	public record Changed(Counterparty counterparty, int reevaluated) {
	}

}
