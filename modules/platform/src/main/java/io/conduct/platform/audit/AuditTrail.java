package io.conduct.platform.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.TenantAuthentication;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Records who did or saw what: tenant actions in the current tenant's database, platform
 * actions (onboarding, suspension) in the control database.
 */
public class AuditTrail implements TenantDatabaseSetup {

	/** The actor of anonymous reporters' actions. */
	public static final String ANONYMOUS_REPORTER = "anonymous-reporter";

	private final MongoTemplate tenantData;

	private final MongoTemplate control;

	private final Clock clock;

	public AuditTrail(MongoTemplate tenantData, MongoTemplate control, Clock clock) {
		this.tenantData = tenantData;
		this.control = control;
		this.clock = clock;
		ensureIndexes(control);
	}

	@Override
	public void prepare(MongoOperations tenantDatabase) {
		ensureIndexes(tenantDatabase);
	}

	/** Records an action on the current tenant's data. */
	public void record(String action, String targetType, String targetId, Map<String, String> details) {
		this.tenantData.insert(entry(action, targetType, targetId, details));
	}

	/**
	 * Records the same action on many targets of the current tenant's data, such as the
	 * reading of a page of records, in one write.
	 */
	public void recordAll(String action, String targetType, Collection<String> targetIds, Map<String, String> details) {
		if (!targetIds.isEmpty()) {
			this.tenantData
				.insertAll(targetIds.stream().map((targetId) -> entry(action, targetType, targetId, details)).toList());
		}
	}

	/**
	 * Records the reading of a list (a page of records shown) in one entry naming every
	 * id shown. Within a GraphQL request the entries of all the lists it read are written
	 * together, in one write, when its result is ready and before it is sent.
	 */
	public void recordRead(String action, String targetType, Collection<String> targetIds,
			Map<String, String> details) {
		AuditEntry read = entry(action, targetType, null, details).withTargetIds(targetIds);
		if (!RequestReads.defer(read, this.tenantData::insertAll)) {
			this.tenantData.insert(read);
		}
	}

	/**
	 * Records an action of an anonymous reporter: the actor is never recorded, even when
	 * the reporter is signed in.
	 */
	public void recordAnonymously(String action, String targetType, String targetId, Map<String, String> details) {
		this.tenantData.insert(new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(), null,
				ANONYMOUS_REPORTER, action, targetType, targetId, details));
	}

	/** Records an action on the platform itself. */
	public void recordPlatform(String action, String targetType, String targetId, Map<String, String> details) {
		this.control.insert(entry(action, targetType, targetId, details));
	}

	/**
	 * The current tenant's entries about one target (alone or among the records of a list
	 * read), newest first.
	 */
	public List<AuditEntry> findByTarget(String targetType, String targetId) {
		return this.tenantData.find(Query
			.query(Criteria.where("targetType")
				.is(targetType)
				.orOperator(Criteria.where("targetId").is(targetId), Criteria.where("targetIds").is(targetId)))
			.with(Sort.by(Sort.Direction.DESC, "at")), AuditEntry.class);
	}

	/** The platform's entries about one target, newest first. */
	public List<AuditEntry> findPlatformByTarget(String targetType, String targetId) {
		return this.control.find(Query.query(Criteria.where("targetType").is(targetType).and("targetId").is(targetId))
			.with(Sort.by(Sort.Direction.DESC, "at")), AuditEntry.class);
	}

	private AuditEntry entry(String action, String targetType, String targetId, Map<String, String> details) {
		TenantAuthentication actor = CurrentUser.authentication().orElse(null);
		return new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(),
				(actor != null) ? actor.tenantKey() : null, (actor != null) ? actor.getName() : "anonymous", action,
				targetType, targetId, details);
	}

	private static void ensureIndexes(MongoOperations database) {
		var indexes = database.indexOps(AuditEntry.class);
		indexes.createIndex(new Index().on("targetType", Sort.Direction.ASC)
			.on("targetId", Sort.Direction.ASC)
			.on("at", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("targetType", Sort.Direction.ASC)
			.on("targetIds", Sort.Direction.ASC)
			.on("at", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("actorSubject", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
		indexes.createIndex(new Index("at", Sort.Direction.DESC));
	}

}
