package io.conduct.audit;

import java.time.Instant;
import java.util.List;

import io.conduct.platform.audit.AuditChange;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.graphql.GlobalId;

/**
 * An entry of a trail as GraphQL serves it.
 *
 * @param id its global id
 * @param place its place in its chain
 * @param at when
 * @param actorSubject who acted
 * @param actorTenant the tenant of the actor's sign-in
 * @param action what was done or seen
 * @param targetType the kind of record acted on
 * @param target the global id of the record acted on
 * @param details the facts recorded with it
 * @param changes each field changed, before and after
 * @param hash its hash
 * @param previousHash the hash of the entry before it
 */
record AuditRecord(String id, long place, Instant at, String actorSubject, String actorTenant, String action,
		String targetType, String target, List<Detail> details, List<AuditChange> changes, String hash,
		String previousHash) {

	static final String TYPE = "AuditEntry";

	/** How the local ids of the platform's entries start (the others are a tenant's). */
	static final String PLATFORM = "platform:";

	static AuditRecord ofTenant(AuditEntry entry) {
		return of(entry, entry.id());
	}

	static AuditRecord ofPlatform(AuditEntry entry) {
		return of(entry, PLATFORM + entry.id());
	}

	private static AuditRecord of(AuditEntry entry, String localId) {
		String target = (entry.targetType() != null && entry.targetId() != null)
				? GlobalId.encode(entry.targetType(), entry.targetId()) : null;
		return new AuditRecord(GlobalId.encode(TYPE, localId), (entry.seq() != null) ? entry.seq() : 0, entry.at(),
				entry.actorSubject(), entry.actorTenant(), entry.action(), entry.targetType(), target,
				entry.details()
					.entrySet()
					.stream()
					.sorted(java.util.Map.Entry.comparingByKey())
					.map((detail) -> new Detail(detail.getKey(), detail.getValue()))
					.toList(),
				entry.changes(), entry.hash(), entry.prevHash());
	}

	/**
	 * A fact recorded with an entry.
	 *
	 * @param name its name
	 * @param value its value
	 */
	record Detail(String name, String value) {
	}

}
