package io.conduct.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.conduct.platform.crypto.RecordKey;
import io.conduct.platform.crypto.RecordKeys;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.tenancy.TenantContext;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Records who did or saw what: tenant actions in the current tenant's database, platform
 * actions (onboarding, suspension) in the control database. Each is a chain
 * ({@link AuditChain}) that the verifier walks ({@link AuditVerifier}) and the anchors
 * sign ({@link AuditAnchors}). Changes record each field's value before and after; reads
 * record every record they showed; typed text that belongs to a record (the reason for
 * revealing a reporter) is sealed with the record's key, so that deleting the record
 * shreds it here too while the chain still verifies.
 */
public class AuditTrail implements TenantDatabaseSetup {

	/** The actor of anonymous reporters' actions. */
	public static final String ANONYMOUS_REPORTER = "anonymous-reporter";

	/** The chain of the platform's own actions, in the control database. */
	public static final String PLATFORM_CHAIN = "platform";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at", "_id");

	private final MongoTemplate tenantData;

	private final MongoTemplate control;

	private final RecordKeys recordKeys;

	private final Clock clock;

	private final AuditChain chain = new AuditChain();

	public AuditTrail(MongoTemplate tenantData, MongoTemplate control, RecordKeys recordKeys, Clock clock) {
		this.tenantData = tenantData;
		this.control = control;
		this.recordKeys = recordKeys;
		this.clock = clock;
		ensureIndexes(control);
	}

	@Override
	public void prepare(MongoOperations tenantDatabase) {
		ensureIndexes(tenantDatabase);
	}

	/** The chain id of a tenant's trail. */
	public static String tenantChain(String tenantKey) {
		return "tenant:" + tenantKey;
	}

	/** Records an action on the current tenant's data. */
	public void record(String action, String targetType, String targetId, Map<String, String> details) {
		appendToTenant(List.of(entry(action, targetType, targetId, details, List.of(), null)));
	}

	/**
	 * Records the same action on many targets of the current tenant's data, such as the
	 * reading of a page of records, in one write: an entry per record shown.
	 */
	public void recordAll(String action, String targetType, Collection<String> targetIds, Map<String, String> details) {
		if (!targetIds.isEmpty()) {
			appendToTenant(targetIds.stream()
				.map((targetId) -> entry(action, targetType, targetId, details, List.of(), null))
				.toList());
		}
	}

	/**
	 * Records a change of a record of the current tenant: each field whose value differs
	 * between {@code before} and {@code after}, with both values. Nothing is recorded for
	 * a change that changed nothing.
	 */
	public void recordChange(String action, String targetType, String targetId, Map<String, ?> before,
			Map<String, ?> after, Map<String, String> details) {
		recordChanges(action, targetType, List.of(new Changed(targetId, before, after)), details);
	}

	/** Records changes of many records of the current tenant in one write. */
	public void recordChanges(String action, String targetType, List<Changed> changed, Map<String, String> details) {
		List<Document> entries = new ArrayList<>();
		for (Changed change : changed) {
			List<AuditChange> changes = changes(change.before(), change.after());
			if (!changes.isEmpty()) {
				entries.add(entry(action, targetType, change.targetId(), details, changes, null));
			}
		}
		if (!entries.isEmpty()) {
			appendToTenant(entries);
		}
	}

	/**
	 * Records the reading of a list (a page of records shown) in one entry naming every
	 * id shown. Within a GraphQL request the entries of all the lists it read are written
	 * together, in one write, when its result is ready and before it is sent: each entry
	 * of that write takes its own place in the chain.
	 */
	public void recordRead(String action, String targetType, Collection<String> targetIds,
			Map<String, String> details) {
		TenantAuthentication actor = CurrentUser.authentication().orElse(null);
		AuditEntry read = new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(),
				(actor != null) ? actor.tenantKey() : null, (actor != null) ? actor.getName() : "anonymous", action,
				targetType, null, details)
			.withTargetIds(targetIds);
		if (!RequestReads.defer(read, this::appendReads)) {
			appendReads(List.of(read));
		}
	}

	private void appendReads(List<AuditEntry> reads) {
		appendToTenant(reads.stream()
			.map((read) -> document(read.at(), read.actorTenant(), read.actorSubject(), read.action(),
					read.targetType(), read.targetId(), read.details(), read.targetIds(), List.of(), null))
			.toList());
	}

	/**
	 * Records an action on a record of the current tenant whose details include text
	 * typed about the record: those are sealed with the record's key (and shredded with
	 * it).
	 */
	public void recordSealed(String action, String targetType, String targetId, Map<String, String> details,
			Map<String, String> secret, RecordKey key) {
		Map<String, String> all = new LinkedHashMap<>(details);
		secret.forEach((name, value) -> all.put(name, key.seal(value, "audit." + name)));
		appendToTenant(List.of(entry(action, targetType, targetId, all, List.of(), key.kind() + '/' + key.recordId())));
	}

	/**
	 * Records an action of an anonymous reporter: the actor is never recorded, even when
	 * the reporter is signed in.
	 */
	public void recordAnonymously(String action, String targetType, String targetId, Map<String, String> details) {
		appendToTenant(List.of(document(this.clock.instant(), null, ANONYMOUS_REPORTER, action, targetType, targetId,
				details, List.of(), List.of(), null)));
	}

	/** Records an action on the platform itself. */
	public void recordPlatform(String action, String targetType, String targetId, Map<String, String> details) {
		this.chain.append(this.control, PLATFORM_CHAIN,
				List.of(entry(action, targetType, targetId, details, List.of(), null)));
	}

	/** Records a change of the platform (a tenant), with each field before and after. */
	public void recordPlatformChange(String action, String targetType, String targetId, Map<String, ?> before,
			Map<String, ?> after) {
		this.chain.append(this.control, PLATFORM_CHAIN,
				List.of(entry(action, targetType, targetId, Map.of(), changes(before, after), null)));
	}

	/**
	 * The current tenant's entries about one target (alone or among the records of a list
	 * read), newest first.
	 */
	public List<AuditEntry> findByTarget(String targetType, String targetId) {
		return open(this.tenantData.find(Query
			.query(Criteria.where("targetType")
				.is(targetType)
				.orOperator(Criteria.where("targetId").is(targetId), Criteria.where("targetIds").is(targetId)))
			.with(NEWEST_FIRST), AuditEntry.class));
	}

	/** The platform's entries about one target, newest first. */
	public List<AuditEntry> findPlatformByTarget(String targetType, String targetId) {
		return this.control.find(Query.query(Criteria.where("targetType").is(targetType).and("targetId").is(targetId))
			.with(NEWEST_FIRST), AuditEntry.class);
	}

	/**
	 * A page of the current tenant's trail, newest first, by target, actor and period
	 * (each optional), with the details sealed for a record opened while its key exists.
	 */
	public List<AuditEntry> page(AuditQuery query, Paging paging) {
		return open(page(this.tenantData, query, paging));
	}

	/** A page of the platform's trail, newest first. */
	public List<AuditEntry> platformPage(AuditQuery query, Paging paging) {
		return page(this.control, query, paging);
	}

	/** An entry of the current tenant's trail. */
	public java.util.Optional<AuditEntry> find(String id) {
		return java.util.Optional.ofNullable(this.tenantData.findById(id, AuditEntry.class))
			.map((entry) -> open(List.of(entry)).get(0));
	}

	/** An entry of the platform's trail. */
	public java.util.Optional<AuditEntry> findPlatform(String id) {
		return java.util.Optional.ofNullable(this.control.findById(id, AuditEntry.class));
	}

	/** The cursor of an entry in the newest-first order. */
	public static String cursorOf(AuditEntry entry) {
		return Cursors.encode(entry.at(), entry.id());
	}

	private static List<AuditEntry> page(MongoOperations database, AuditQuery query, Paging paging) {
		List<Criteria> all = new ArrayList<>();
		if (query.targetType() != null) {
			all.add(Criteria.where("targetType").is(query.targetType()));
		}
		if (query.targetId() != null) {
			// alone or among the records of a list read
			all.add(new Criteria().orOperator(Criteria.where("targetId").is(query.targetId()),
					Criteria.where("targetIds").is(query.targetId())));
		}
		if (query.actorSubject() != null) {
			all.add(Criteria.where("actorSubject").is(query.actorSubject()));
		}
		if (query.from() != null) {
			all.add(Criteria.where("at").gte(query.from()));
		}
		if (query.to() != null) {
			all.add(Criteria.where("at").lt(query.to()));
		}
		if (paging.after() != null) {
			all.add(Seek.after("at", paging.after().instant(), paging.after().id(), Sort.Direction.DESC));
		}
		Query find = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
		return database.find(find.with(NEWEST_FIRST).limit(paging.probe()), AuditEntry.class);
	}

	/** Opens the details sealed with records' keys, in one read of the key vault. */
	private List<AuditEntry> open(List<AuditEntry> entries) {
		Map<String, List<String>> byKind = new LinkedHashMap<>();
		for (AuditEntry entry : entries) {
			if (entry.sealedWith() != null && entry.sealedWith().indexOf('/') > 0) {
				String[] record = entry.sealedWith().split("/", 2);
				byKind.computeIfAbsent(record[0], (k) -> new ArrayList<>()).add(record[1]);
			}
		}
		if (byKind.isEmpty()) {
			return entries;
		}
		Map<String, RecordKey> keys = new LinkedHashMap<>();
		byKind.forEach(
				(kind, ids) -> this.recordKeys.findAll(kind, ids).forEach((id, key) -> keys.put(kind + '/' + id, key)));
		return entries.stream().map((entry) -> {
			if (entry.sealedWith() == null) {
				return entry;
			}
			RecordKey key = keys.get(entry.sealedWith());
			Map<String, String> opened = new LinkedHashMap<>();
			entry.details().forEach((name, value) -> {
				if (!RecordKey.isSealed(value)) {
					opened.put(name, value);
				}
				else {
					opened.put(name, (key != null) ? key.open(value, "audit." + name) : SHREDDED);
				}
			});
			return entry.withDetails(opened);
		}).toList();
	}

	/** What a detail sealed with a destroyed record key reads as. */
	public static final String SHREDDED = "(deleted with its record)";

	private void appendToTenant(List<Document> entries) {
		this.chain.append(this.tenantData, tenantChain(TenantContext.required().key()), entries);
	}

	/** The chain code, for the verifier and the anchors of this trail. */
	AuditChain chain() {
		return this.chain;
	}

	private Document entry(String action, String targetType, String targetId, Map<String, String> details,
			List<AuditChange> changes, String sealedWith) {
		TenantAuthentication actor = CurrentUser.authentication().orElse(null);
		return document(this.clock.instant(), (actor != null) ? actor.tenantKey() : null,
				(actor != null) ? actor.getName() : "anonymous", action, targetType, targetId, details, List.of(),
				changes, sealedWith);
	}

	private static Document document(Instant at, String actorTenant, String actorSubject, String action,
			String targetType, String targetId, Map<String, String> details, List<String> targetIds,
			List<AuditChange> changes, String sealedWith) {
		Document entry = new Document("_id", UUID.randomUUID().toString());
		// stored with millisecond precision, as it is hashed
		entry.put("at", Date.from(at.truncatedTo(ChronoUnit.MILLIS)));
		putIfPresent(entry, "actorTenant", actorTenant);
		putIfPresent(entry, "actorSubject", actorSubject);
		putIfPresent(entry, "action", action);
		putIfPresent(entry, "targetType", targetType);
		putIfPresent(entry, "targetId", targetId);
		if (!targetIds.isEmpty()) {
			// in the order shown: the order is part of what the chain covers
			entry.put("targetIds", List.copyOf(targetIds));
		}
		if (details != null && !details.isEmpty()) {
			Document values = new Document();
			new java.util.TreeMap<>(details).forEach(values::put);
			entry.put("details", values);
		}
		if (!changes.isEmpty()) {
			entry.put("changes", changes.stream().map((change) -> {
				Document values = new Document("field", change.field());
				putIfPresent(values, "before", change.before());
				putIfPresent(values, "after", change.after());
				return values;
			}).toList());
		}
		putIfPresent(entry, "sealedWith", sealedWith);
		return entry;
	}

	private static void putIfPresent(Document document, String field, Object value) {
		if (value != null) {
			document.put(field, value);
		}
	}

	/**
	 * The fields whose values differ, in the order of {@code after} then {@code before}.
	 */
	static List<AuditChange> changes(Map<String, ?> before, Map<String, ?> after) {
		Map<String, ?> was = (before != null) ? before : Map.of();
		Map<String, ?> now = (after != null) ? after : Map.of();
		List<AuditChange> changes = new ArrayList<>();
		java.util.Set<String> fields = new java.util.LinkedHashSet<>(now.keySet());
		fields.addAll(was.keySet());
		for (String field : fields) {
			String old = text(was.get(field));
			String current = text(now.get(field));
			if (!Objects.equals(old, current)) {
				changes.add(new AuditChange(field, old, current));
			}
		}
		return changes;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static void ensureIndexes(MongoOperations database) {
		var indexes = database.indexOps(AuditEntry.class);
		// the chain: one entry per place
		indexes.createIndex(new Index(AuditChain.SEQ, Sort.Direction.ASC).unique().sparse());
		// the verifier finds an entry by its hash where the order is broken
		indexes.createIndex(new Index(AuditChain.HASH, Sort.Direction.ASC));
		// the trail as the Audit Committee and the operator read it: by target, by actor,
		// by period, newest first
		indexes.createIndex(new Index().on("targetType", Sort.Direction.ASC)
			.on("targetId", Sort.Direction.ASC)
			.on("at", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		// a list read names the records it showed
		indexes.createIndex(new Index().on("targetType", Sort.Direction.ASC)
			.on("targetIds", Sort.Direction.ASC)
			.on("at", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("actorSubject", Sort.Direction.ASC)
			.on("at", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("at", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
	}

	/**
	 * What to read of a trail; each part optional.
	 *
	 * @param targetType the kind of thing acted on
	 * @param targetId its id
	 * @param actorSubject who acted
	 * @param from from this moment on
	 * @param to before this moment
	 */
	public record AuditQuery(String targetType, String targetId, String actorSubject, Instant from, Instant to) {
	}

	/**
	 * A record's fields before and after a change.
	 *
	 * @param targetId the record
	 * @param before its fields before
	 * @param after its fields after
	 */
	public record Changed(String targetId, Map<String, ?> before, Map<String, ?> after) {
	}

}
