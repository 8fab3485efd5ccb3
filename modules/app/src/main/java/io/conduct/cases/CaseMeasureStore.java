package io.conduct.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.conduct.platform.mongo.TenantDatabaseSetup;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The measures of the current tenant's cases: the one place that reads and writes their
 * collection, with an index behind every query.
 */
@Component
class CaseMeasureStore implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	CaseMeasureStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(CaseMeasure.class);
		indexes.createIndex(new Index().on("caseId", Sort.Direction.ASC).on("decidedAt", Sort.Direction.ASC));
		indexes.createIndex(new Index("status", Sort.Direction.ASC));
	}

	CaseMeasure insert(CaseMeasure measure) {
		return this.tenantData.insert(measure);
	}

	Optional<CaseMeasure> findById(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, CaseMeasure.class));
	}

	/** The measures of cases, oldest first, in one query. */
	Map<String, List<CaseMeasure>> ofCases(Collection<String> caseIds) {
		return this.tenantData
			.find(Query.query(Criteria.where("caseId").in(caseIds)).with(Sort.by("decidedAt")), CaseMeasure.class)
			.stream()
			.collect(Collectors.groupingBy(CaseMeasure::caseId));
	}

	/** Records the retaliation review of a held measure; empty if it is not held. */
	Optional<CaseMeasure> review(String measureId, CaseMeasure.Review review) {
		return Optional.ofNullable(this.tenantData.findAndModify(Query
			.query(Criteria.where("_id").is(measureId).and("status").is(MeasureStatus.HELD_FOR_RETALIATION_REVIEW)),
				new Update().set("status", review.retaliation() ? MeasureStatus.REVOKED : MeasureStatus.FINAL)
					.set("review", review),
				FindAndModifyOptions.options().returnNew(true), CaseMeasure.class));
	}

}
