package io.conduct.disclosures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The disclosures, the tenant's rules and the confirmations of the current tenant's
 * database, with an index behind every query.
 */
@Component
class DisclosureStore implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	DisclosureStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var disclosures = database.indexOps(Disclosure.class);
		disclosures.createIndex(new Index().on("discloserPersonId", Sort.Direction.ASC)
			.on("submittedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		disclosures.createIndex(new Index().on("determiner", Sort.Direction.ASC)
			.on("submittedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		disclosures.createIndex(new Index().on("submittedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		disclosures.createIndex(new Index("counterpartyId", Sort.Direction.ASC));
		disclosures.createIndex(new Index("familyPersonId", Sort.Direction.ASC));
		disclosures.createIndex(new Index().on("kind", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
		// the Board's determinations across the group, oldest first
		disclosures.createIndex(new Index().on("determiner", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on("submittedAt", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC));
		database.indexOps(TenantRule.class).createIndex(new Index("declaredAt", Sort.Direction.DESC));
		database.indexOps(DisclosureConfirmation.class)
			.createIndex(new Index().on("personId", Sort.Direction.ASC).on("year", Sort.Direction.ASC));
	}

	Disclosure insert(Disclosure disclosure) {
		return this.tenantData.insert(disclosure);
	}

	Disclosure save(Disclosure disclosure) {
		return this.tenantData.save(disclosure);
	}

	/**
	 * Disclosures awaiting the Board's determination, oldest first after the position;
	 * none involving the people excluded.
	 */
	List<Disclosure> awaitingBoard(Collection<String> excludedPersonIds, Instant from, Instant to,
			Instant submittedAfter, String idAfter, int limit) {
		List<Criteria> all = new ArrayList<>();
		all.add(Criteria.where("determiner").is(Determiner.BOARD));
		all.add(Criteria.where("status").is(DisclosureStatus.AWAITING_DETERMINATION));
		if (!excludedPersonIds.isEmpty()) {
			all.add(Criteria.where("involvedPersonIds").nin(excludedPersonIds));
			all.add(Criteria.where("discloserPersonId").nin(excludedPersonIds));
		}
		if (from != null) {
			all.add(Criteria.where("submittedAt").gte(from));
		}
		if (to != null) {
			all.add(Criteria.where("submittedAt").lt(to));
		}
		if (submittedAfter != null) {
			all.add(Seek.after("submittedAt", submittedAfter, idAfter, Sort.Direction.ASC));
		}
		return this.tenantData.find(new Query(new Criteria().andOperator(all))
			.with(Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("_id")))
			.limit(limit), Disclosure.class);
	}

	Optional<Disclosure> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, Disclosure.class));
	}

	List<Disclosure> findAll(Collection<String> ids) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), Disclosure.class);
	}

	/**
	 * A page newest first after the cursor, one more than asked for: of one discloser, or
	 * of the determiners given (all when {@code null}), never one involving the person.
	 */
	List<Disclosure> page(String discloserPersonId, Collection<Determiner> determiners, String notInvolving,
			Collection<DisclosureStatus> statuses, Collection<ConflictOutcome> outcomes, Instant afterAt,
			String afterId, int limit) {
		List<Criteria> all = new ArrayList<>();
		if (discloserPersonId != null) {
			all.add(Criteria.where("discloserPersonId").is(discloserPersonId));
		}
		if (determiners != null) {
			all.add(Criteria.where("determiner").in(determiners));
		}
		if (notInvolving != null) {
			all.add(Criteria.where("involvedPersonIds").ne(notInvolving));
		}
		if (statuses != null && !statuses.isEmpty()) {
			all.add(Criteria.where("status").in(statuses));
		}
		if (outcomes != null && !outcomes.isEmpty()) {
			all.add(Criteria.where("evaluation.outcome").in(outcomes));
		}
		if (afterId != null) {
			all.add(new Criteria().orOperator(Criteria.where("submittedAt").lt(afterAt),
					Criteria.where("submittedAt").is(afterAt).and("_id").lt(afterId)));
		}
		Query query = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
		return this.tenantData.find(query.with(Sort.by(Sort.Direction.DESC, "submittedAt", "_id")).limit(limit),
				Disclosure.class);
	}

	/**
	 * Disclosures not withdrawn that name one of the counterparties (any when
	 * {@code null}).
	 */
	List<Disclosure> namingCounterparties(Collection<String> counterpartyIds) {
		Criteria criteria = (counterpartyIds != null) ? Criteria.where("counterpartyId").in(counterpartyIds)
				: Criteria.where("counterpartyId").ne(null);
		return this.tenantData.find(Query.query(criteria.and("status").ne(DisclosureStatus.WITHDRAWN)),
				Disclosure.class);
	}

	/** Disclosures not withdrawn of the person or about them as a family member. */
	List<Disclosure> concerning(String personId) {
		Criteria of = Criteria.where("discloserPersonId").is(personId);
		Criteria about = Criteria.where("familyPersonId").is(personId);
		return this.tenantData.find(
				Query.query(new Criteria().orOperator(of, about).and("status").ne(DisclosureStatus.WITHDRAWN)),
				Disclosure.class);
	}

	List<Disclosure> openOfKind(DisclosureKind kind) {
		return this.tenantData.find(
				Query.query(Criteria.where("kind").is(kind).and("status").ne(DisclosureStatus.WITHDRAWN)),
				Disclosure.class);
	}

	List<Disclosure> ofDiscloser(String personId) {
		return this.tenantData.find(Query.query(Criteria.where("discloserPersonId").is(personId)), Disclosure.class);
	}

	List<TenantRule> rules() {
		return this.tenantData.find(new Query().with(Sort.by(Sort.Direction.DESC, "declaredAt")).limit(500),
				TenantRule.class);
	}

	List<TenantRule> rulePage(Instant afterAt, String afterId, int limit) {
		Query query = (afterId != null) ? new Query(new Criteria().orOperator(Criteria.where("declaredAt").lt(afterAt),
				Criteria.where("declaredAt").is(afterAt).and("_id").lt(afterId))) : new Query();
		return this.tenantData.find(query.with(Sort.by(Sort.Direction.DESC, "declaredAt", "_id")).limit(limit),
				TenantRule.class);
	}

	List<TenantRule> rulesById(Collection<String> ids) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), TenantRule.class);
	}

	Optional<TenantRule> rule(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, TenantRule.class));
	}

	TenantRule insert(TenantRule rule) {
		return this.tenantData.insert(rule);
	}

	DisclosureConfirmation save(DisclosureConfirmation confirmation) {
		return this.tenantData.save(confirmation);
	}

	Optional<DisclosureConfirmation> confirmation(String personId, int year) {
		return Optional.ofNullable(
				this.tenantData.findById(DisclosureConfirmation.idOf(personId, year), DisclosureConfirmation.class));
	}

}
