package io.conduct.certifications;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.mongo.Seek;
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
 * The certifications collection of the current tenant's database: every read and write of
 * it goes through here, with an index behind every query.
 */
@Component
class CertificationStore implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	CertificationStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(Certification.class);
		// a certification settles one assignment, or a version outside any campaign
		boolean legacy = indexes.getIndexInfo()
			.stream()
			.anyMatch((index) -> index.getName().equals("subject_1_versionId_1") && index.isUnique());
		if (legacy) {
			// once, for data written before campaigns: the old unique index goes, and
			// each
			// certification gets the scope it settled
			indexes.dropIndex("subject_1_versionId_1");
			database.find(Query.query(Criteria.where("scope").exists(false)), Certification.class)
				.forEach((old) -> database.updateFirst(Query.query(Criteria.where("_id").is(old.id())),
						Update.update("settles.scope", Certification.voluntaryScope(old.versionId(), null)),
						Certification.class));
		}
		indexes.createIndex(new Index().on("subject", Sort.Direction.ASC).on("scope", Sort.Direction.ASC).unique());
		indexes.createIndex(new Index().on("subject", Sort.Direction.ASC)
			.on("certifiedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("subject", Sort.Direction.ASC).on("versionId", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("certifiedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		// the Board's exceptions apart from the CFO/CAO's
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("executiveOrDirector", Sort.Direction.ASC)
			.on("certifiedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
	}

	/** Stores a new certification; a second one for the same scope and signer fails. */
	Certification insert(Certification certification) {
		return this.tenantData.insert(certification);
	}

	Optional<Certification> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, Certification.class));
	}

	/** Whether the signer certified for this scope (an assignment) already. */
	boolean existsForScope(String subject, String scope) {
		return this.tenantData.exists(Query.query(Criteria.where("subject").is(subject).and("scope").is(scope)),
				Certification.class);
	}

	/**
	 * Whether the signer certified this text (a version with these additions) already.
	 */
	boolean existsForText(String subject, String versionId, String additionId) {
		return this.tenantData.exists(Query.query(
				Criteria.where("subject").is(subject).and("versionId").is(versionId).and("additionId").is(additionId)),
				Certification.class);
	}

	/** Records the resolution of an unresolved exception; empty when it was resolved. */
	Optional<Certification> resolve(String id, Certification.Resolution resolution) {
		return Optional.ofNullable(
				this.tenantData.findAndModify(Query.query(Criteria.where("_id").is(id).and("resolution").is(null)),
						Update.update("result.resolution", resolution), FindAndModifyOptions.options().returnNew(true),
						Certification.class));
	}

	/** A page of the signer's certifications, newest first; one more than the page. */
	List<Certification> bySigner(String subject, Cursors.Position after, int limit) {
		return newestFirst(Criteria.where("subject").is(subject), after, limit);
	}

	/**
	 * A page of the certifications with an exception that one of the reviewers looks
	 * into, newest first; one more than the page.
	 * @param reviewers whose exceptions: the Board's, the CFO/CAO's, the Audit
	 * Committee's
	 * @param unresolvedOnly only those not resolved yet
	 */
	List<Certification> exceptions(Set<ExceptionReviewer> reviewers, boolean unresolvedOnly, Cursors.Position after,
			int limit) {
		if (reviewers.isEmpty()) {
			return List.of();
		}
		Criteria criteria = Criteria.where("status").is(Certification.Status.EXCEPTION_RAISED);
		// inside an $and, so that the page's own $or (Seek) does not replace it
		criteria = criteria
			.andOperator(new Criteria().orOperator(reviewers.stream().map(CertificationStore::reviewedBy).toList()));
		if (unresolvedOnly) {
			criteria = criteria.and("resolution").is(null);
		}
		return newestFirst(criteria, after, limit);
	}

	/**
	 * What a reviewer looks into, as {@link ExceptionReviewer#reviews} says (data from
	 * before the Board's route has no {@code executiveOrDirector}: the CFO/CAO's).
	 */
	private static Criteria reviewedBy(ExceptionReviewer reviewer) {
		return switch (reviewer) {
			case BOARD -> Criteria.where("executiveOrDirector").is(true);
			case CFO_CAO -> Criteria.where("executiveOrDirector").ne(true);
			case AUDIT_COMMITTEE -> Criteria.where("executiveOrDirector").ne(true).and("byCfoCao").is(true);
		};
	}

	/** Records the disclosure an exception opened. */
	void linkDisclosure(String id, String disclosureId) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("result.disclosureId", disclosureId), Certification.class);
	}

	private List<Certification> newestFirst(Criteria criteria, Cursors.Position after, int limit) {
		Query query = Query.query(criteria);
		if (after != null) {
			query.addCriteria(Seek.after("certifiedAt", after.instant(), after.id(), Sort.Direction.DESC));
		}
		return this.tenantData.find(query.with(Sort.by(Sort.Direction.DESC, "certifiedAt", "_id")).limit(limit),
				Certification.class);
	}

	/** The cursor of a certification in the newest-first order. */
	static String cursorOf(Certification certification) {
		return Cursors.encode(certification.certifiedAt(), certification.id());
	}

}
