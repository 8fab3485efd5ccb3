package io.conduct.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The insider trading collections of the current tenant: the one place that reads and
 * writes them, with an index behind every query. Each change is one write of one
 * document.
 */
@Component
class TradingStore implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	TradingStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var securities = database.indexOps(TradingSecurity.class);
		securities.createIndex(new Index().on("sortName", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
		securities.createIndex(new Index().on("isin", Sort.Direction.ASC).on("exchange", Sort.Direction.ASC).unique());
		securities.createIndex(new Index().on("issuer", Sort.Direction.ASC).on("sortName", Sort.Direction.ASC));
		var requests = database.indexOps(PreClearance.class);
		requests.createIndex(newestFirst("requesterPersonId", "requestedAt"));
		requests.createIndex(newestFirst("status", "requestedAt"));
		requests.createIndex(new Index().on("requestedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		requests.createIndex(new Index().on("status", Sort.Direction.ASC).on("validity.closesAt", Sort.Direction.ASC));
		var trades = database.indexOps(Trade.class);
		trades.createIndex(newestFirst("traderPersonId", "recordedAt"));
		trades.createIndex(newestFirst("flagged", "recordedAt"));
		trades.createIndex(new Index().on("recordedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		trades.createIndex(new Index().on("traderPersonId", Sort.Direction.ASC)
			.on("issuer", Sort.Direction.ASC)
			.on("tradeDate", Sort.Direction.ASC));
		trades.createIndex(new Index("preClearanceId", Sort.Direction.ASC).sparse());
		trades.createIndex(new Index("form4Due", Sort.Direction.ASC).sparse());
		var plans = database.indexOps(TradingPlan.class);
		plans.createIndex(newestFirst("personId", "recordedAt"));
		plans.createIndex(new Index().on("recordedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		database.indexOps(TradingRestriction.class)
			.createIndex(new Index().on("securityId", Sort.Direction.ASC).on("startDate", Sort.Direction.ASC));
		database.indexOps(TradingRestriction.class)
			.createIndex(new Index().on("addedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		database.indexOps(WatchListEntry.class)
			.createIndex(new Index().on("securityId", Sort.Direction.ASC).on("startDate", Sort.Direction.ASC));
		database.indexOps(WatchListEntry.class)
			.createIndex(new Index().on("addedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		var windows = database.indexOps(EventWindow.class);
		windows.createIndex(new Index().on("personIds", Sort.Direction.ASC).on("closedAt", Sort.Direction.ASC));
		windows.createIndex(new Index().on("openedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		database.indexOps(QuarterDates.class).createIndex(new Index("fiscalYear", Sort.Direction.ASC));
	}

	private static Index newestFirst(String key, String moment) {
		return new Index().on(key, Sort.Direction.ASC).on(moment, Sort.Direction.DESC).on("_id", Sort.Direction.DESC);
	}

	<T> T insert(T document) {
		return this.tenantData.insert(document);
	}

	<T> T save(T document) {
		return this.tenantData.save(document);
	}

	<T> Optional<T> find(String id, Class<T> type) {
		return Optional.ofNullable(this.tenantData.findById(id, type));
	}

	<T> Map<String, T> findAll(Collection<String> ids, Class<T> type, Function<T, String> idOf) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), type)
			.stream()
			.collect(Collectors.toMap(idOf, Function.identity()));
	}

	// settings and quarters

	TradingSettings settings(TradingRules.Defaults defaults) {
		return find(TradingSettings.ID, TradingSettings.class).orElseGet(() -> TradingSettings.defaults(defaults));
	}

	/** The dates entered for the quarters of the fiscal years given. */
	Map<String, QuarterDates> quarters(int firstFiscalYear, int lastFiscalYear) {
		return this.tenantData
			.find(Query.query(Criteria.where("fiscalYear").gte(firstFiscalYear).lte(lastFiscalYear)),
					QuarterDates.class)
			.stream()
			.collect(Collectors.toMap(QuarterDates::id, Function.identity()));
	}

	// securities

	/** A page of securities in name order after the cursor, one more than asked for. */
	List<TradingSecurity> securityPage(String prefix, Cursors.Position after, int limit) {
		List<Criteria> criteria = new ArrayList<>();
		if (prefix != null && !prefix.isBlank()) {
			criteria.add(Criteria.where("sortName")
				.regex("^" + Pattern.quote(prefix.trim().toLowerCase(java.util.Locale.ROOT))));
		}
		if (after != null) {
			criteria.add(Seek.after("sortName", after.sortKey(), after.id(), Sort.Direction.ASC));
		}
		Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
		return this.tenantData.find(query.with(Sort.by("sortName", "_id")).limit(limit), TradingSecurity.class);
	}

	List<TradingSecurity> companySecurities() {
		return this.tenantData.find(Query.query(Criteria.where("issuer").is(SecurityIssuer.COMPANY)),
				TradingSecurity.class);
	}

	// lists and windows

	List<TradingRestriction> restrictionsOf(String securityId) {
		return this.tenantData.find(Query.query(Criteria.where("securityId").is(securityId)), TradingRestriction.class);
	}

	List<WatchListEntry> watchOf(String securityId) {
		return this.tenantData.find(Query.query(Criteria.where("securityId").is(securityId)), WatchListEntry.class);
	}

	/**
	 * The event windows with the person in them that were open at the moment or after.
	 */
	List<EventWindow> windowsWith(String personId, Instant openAtOrAfter) {
		return this.tenantData.find(
				Query.query(Criteria.where("personIds")
					.is(personId)
					.orOperator(Criteria.where("closedAt").is(null), Criteria.where("closedAt").gt(openAtOrAfter))),
				EventWindow.class);
	}

	/** A page, newest first by the moment field, after the cursor. */
	<T> List<T> newestFirst(Class<T> type, Criteria filter, String moment, Cursors.Position after, int limit) {
		List<Criteria> criteria = new ArrayList<>();
		if (filter != null) {
			criteria.add(filter);
		}
		if (after != null) {
			criteria.add(Seek.after(moment, after.instant(), after.id(), Sort.Direction.DESC));
		}
		Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
		return this.tenantData.find(query.with(Sort.by(Sort.Direction.DESC, moment, "_id")).limit(limit), type);
	}

	// requests

	/** Updates the request if it is still as read (its version). */
	Optional<PreClearance> saveIfUnchanged(PreClearance request) {
		try {
			return Optional.of(this.tenantData.save(request));
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			return Optional.empty();
		}
	}

	/** The approvals whose window has closed by the moment, still marked approved. */
	List<PreClearance> closedApprovals(Instant now, int limit) {
		return this.tenantData.find(
				Query
					.query(Criteria.where("status")
						.in(PreClearanceStatus.APPROVED, PreClearanceStatus.APPROVED_WITH_CONDITIONS)
						.and("validity.closesAt")
						.lte(now))
					.limit(limit),
				PreClearance.class);
	}

	/** Marks an approval expired, if it still is one. */
	boolean markExpired(String requestId) {
		return this.tenantData
			.updateFirst(
					Query.query(Criteria.where("_id")
						.is(requestId)
						.and("status")
						.in(PreClearanceStatus.APPROVED, PreClearanceStatus.APPROVED_WITH_CONDITIONS)),
					new Update().set("status", PreClearanceStatus.EXPIRED).inc("version", 1), PreClearance.class)
			.getModifiedCount() == 1;
	}

	// trades

	/** The person's trades in the Company's securities between the two days. */
	List<Trade> companyTrades(String personId, LocalDate from, LocalDate to) {
		return this.tenantData.find(Query.query(Criteria.where("traderPersonId")
			.is(personId)
			.and("issuer")
			.is(SecurityIssuer.COMPANY)
			.and("tradeDate")
			.gte(from)
			.lte(to)), Trade.class);
	}

	/** The quantity traded under a clearance so far. */
	BigDecimal tradedUnder(String preClearanceId) {
		return this.tenantData.find(Query.query(Criteria.where("preClearanceId").is(preClearanceId)), Trade.class)
			.stream()
			.map(Trade::quantity)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	List<Trade> form4DueOn(LocalDate day) {
		return this.tenantData.find(Query.query(Criteria.where("form4Due").is(day)), Trade.class);
	}

	// plans

	List<TradingPlan> plansOf(String personId) {
		return this.tenantData.find(Query.query(Criteria.where("personId").is(personId)), TradingPlan.class);
	}

}
