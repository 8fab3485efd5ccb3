package io.conduct.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * The role grant requests of the current tenant's database; a decision is one atomic
 * update of a pending request, so two deciders cannot both decide it.
 */
@Component
class RoleGrantRequestStore implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	RoleGrantRequestStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(RoleGrantRequest.class);
		indexes.createIndex(new Index("pendingKey", Sort.Direction.ASC).unique().sparse());
		indexes.createIndex(new Index().on("requestedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("requestedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
	}

	/** Stores a new request; a duplicate key means one is pending already. */
	RoleGrantRequest insert(RoleGrantRequest request) {
		return this.tenantData.insert(request);
	}

	Optional<RoleGrantRequest> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, RoleGrantRequest.class));
	}

	/** Decides a pending request; empty when it was not pending any more. */
	Optional<RoleGrantRequest> decide(String id, RoleGrantRequest.Status status, String subject, String personId,
			String note, Instant now) {
		Update update = new Update().set("status", status)
			.unset("pendingKey")
			.set("decidedBySubject", subject)
			.set("decidedAt", now);
		if (personId != null) {
			update.set("decidedByPersonId", personId);
		}
		if (note != null) {
			update.set("note", note);
		}
		return Optional.ofNullable(this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("status").is(RoleGrantRequest.Status.PENDING)), update,
				FindAndModifyOptions.options().returnNew(true), RoleGrantRequest.class));
	}

	/** A page, newest first; one more than asked for, to tell whether another follows. */
	List<RoleGrantRequest> page(RoleGrantRequest.Status status, Cursors.Position after, int limit) {
		List<Criteria> criteria = new ArrayList<>();
		if (status != null) {
			criteria.add(Criteria.where("status").is(status));
		}
		if (after != null) {
			criteria.add(Seek.after("requestedAt", after.instant(), after.id(), Sort.Direction.DESC));
		}
		Query query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
		return this.tenantData
			.find(query.with(Sort.by(Sort.Direction.DESC, "requestedAt").and(Sort.by(Sort.Direction.DESC, "_id")))
				.limit(limit), RoleGrantRequest.class);
	}

	static String cursorOf(RoleGrantRequest request) {
		return Cursors.encode(request.requestedAt(), request.id());
	}

}
