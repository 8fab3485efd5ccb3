package io.conduct.disclosures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The group's data (the counterparty register, its payments, the exchange-rate table and
 * imports), kept in the database of the group's top company (the tenant without a parent)
 * and reached from any company of the group through the tenant context, so the
 * subsidiaries read it without copies. An index behind every query.
 */
@Component
class GroupData implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	private final TenantRegistry tenants;

	private final Clock clock;

	GroupData(MongoTemplate tenantData, TenantRegistry tenants, Clock clock) {
		this.tenantData = tenantData;
		this.tenants = tenants;
		this.clock = clock;
	}

	/**
	 * The group's collections exist in the top company's database only; indexes in every
	 * one are harmless.
	 */
	@Override
	public void prepare(MongoOperations database) {
		var counterparties = database.indexOps(Counterparty.class);
		counterparties.createIndex(new Index().on("sortName", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
		counterparties.createIndex(new Index("externalId", Sort.Direction.ASC).unique().sparse());
		database.indexOps(CounterpartyPayment.class)
			.createIndex(new Index().on("counterpartyId", Sort.Direction.ASC).on("fiscalYear", Sort.Direction.ASC));
		database.indexOps(CounterpartyPayment.class)
			.createIndex(
					new Index().on("amount.currency", Sort.Direction.ASC).on("counterpartyId", Sort.Direction.ASC));
		database.indexOps(ExchangeRate.class)
			.createIndex(new Index().on("currency", Sort.Direction.ASC).on("effectiveDate", Sort.Direction.ASC));
	}

	/** The group's top company of a tenant. */
	Tenant topOf(Tenant tenant) {
		return this.tenants.topOf(tenant);
	}

	Tenant top() {
		return topOf(TenantContext.required());
	}

	/** The active companies of the group, the top company first. */
	List<Tenant> companiesOf(Tenant top) {
		return this.tenants.groupOf(top);
	}

	/** Runs against the top company's database. */
	<T> T inGroup(Tenant top, Supplier<T> action) {
		return TenantContext.callAs(top, action);
	}

	/** Today in the top company's time zone. */
	LocalDate today(Tenant top) {
		return LocalDate.now(this.clock.withZone(top.zoneId()));
	}

	Optional<Counterparty> counterparty(Tenant top, String id) {
		return inGroup(top, () -> Optional.ofNullable(this.tenantData.findById(id, Counterparty.class)));
	}

	List<Counterparty> counterparties(Tenant top, Collection<String> ids) {
		return inGroup(top, () -> this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), Counterparty.class));
	}

	Optional<Counterparty> byExternalId(Tenant top, String externalId) {
		return inGroup(top, () -> Optional.ofNullable(
				this.tenantData.findOne(Query.query(Criteria.where("externalId").is(externalId)), Counterparty.class)));
	}

	List<Counterparty> allCounterparties(Tenant top) {
		return inGroup(top, () -> this.tenantData.findAll(Counterparty.class));
	}

	/** A page in name order after the cursor, one more than asked for. */
	List<Counterparty> counterpartyPage(Tenant top, String namePrefix, String afterSortName, String afterId,
			int limit) {
		List<Criteria> criteria = new ArrayList<>();
		if (namePrefix != null && !namePrefix.isBlank()) {
			criteria.add(Criteria.where("sortName").regex("^" + Pattern.quote(Counterparty.sortNameOf(namePrefix))));
		}
		if (afterId != null) {
			criteria.add(new Criteria().orOperator(Criteria.where("sortName").gt(afterSortName),
					Criteria.where("sortName").is(afterSortName).and("_id").gt(afterId)));
		}
		Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
		return inGroup(top,
				() -> this.tenantData.find(query.with(Sort.by("sortName", "_id")).limit(limit), Counterparty.class));
	}

	/** By id, in the current tenant context (wrap in {@link #inGroup}). */
	<T> T findById(String id, Class<T> type) {
		return this.tenantData.findById(id, type);
	}

	<T> T save(Tenant top, T document) {
		return inGroup(top, () -> this.tenantData.save(document));
	}

	<T> T insert(Tenant top, T document) {
		return inGroup(top, () -> this.tenantData.insert(document));
	}

	List<CounterpartyPayment> paymentsOf(Tenant top, Collection<String> counterpartyIds) {
		return inGroup(top, () -> this.tenantData
			.find(Query.query(Criteria.where("counterpartyId").in(counterpartyIds)), CounterpartyPayment.class));
	}

	List<CounterpartyPayment> allPayments(Tenant top) {
		return inGroup(top, () -> this.tenantData.findAll(CounterpartyPayment.class));
	}

	/** The counterparties with payments in a currency. */
	List<String> counterpartiesPaidIn(Tenant top, java.util.Currency currency) {
		return inGroup(top,
				() -> this.tenantData.findDistinct(
						Query.query(Criteria.where("amount.currency").is(currency.getCurrencyCode())), "counterpartyId",
						CounterpartyPayment.class, String.class));
	}

	/** Counterparties' payments in id order after the cursor, of one tenant or all. */
	List<CounterpartyPayment> paymentsAfter(Tenant top, Collection<String> counterpartyIds, String tenantKey,
			String afterId) {
		Criteria criteria = Criteria.where("counterpartyId").in(counterpartyIds);
		if (tenantKey != null) {
			criteria = criteria.and("tenantKey").is(tenantKey);
		}
		if (afterId != null) {
			criteria = criteria.and("_id").gt(afterId);
		}
		Query query = Query.query(criteria).with(Sort.by("_id"));
		return inGroup(top, () -> this.tenantData.find(query, CounterpartyPayment.class));
	}

	/**
	 * A currency's rate in force on the day: the latest that took effect on or before it.
	 */
	Optional<ExchangeRate> rateInForce(Tenant top, java.util.Currency currency, LocalDate day) {
		Query query = Query
			.query(Criteria.where("currency").is(currency.getCurrencyCode()).and("effectiveDate").lte(day))
			.with(Sort.by(Sort.Direction.DESC, "effectiveDate"))
			.limit(1);
		return inGroup(top, () -> Optional.ofNullable(this.tenantData.findOne(query, ExchangeRate.class)));
	}

	List<ExchangeRate> rates(Tenant top) {
		return inGroup(top, () -> this.tenantData.findAll(ExchangeRate.class));
	}

	List<ExchangeRate> ratePage(Tenant top, String afterId, int limit) {
		Query query = (afterId != null) ? Query.query(Criteria.where("_id").lt(afterId)) : new Query();
		return inGroup(top, () -> this.tenantData.find(query.with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit),
				ExchangeRate.class));
	}

	Optional<CounterpartyImport> counterpartyImport(Tenant top, String id) {
		return inGroup(top, () -> Optional.ofNullable(this.tenantData.findById(id, CounterpartyImport.class)));
	}

	/** The group figures significance is judged on, with the whole rate table. */
	GroupFigures figures(Tenant top) {
		return new GroupFigures(java.util.Currency.getInstance(top.currency()), top.lastFiscalYearRevenue(),
				top.fiscalYearStartMonth(), today(top),
				new GroupFigures.RateTable(rates(top).stream().map(ExchangeRate::fact).toList()));
	}

}
