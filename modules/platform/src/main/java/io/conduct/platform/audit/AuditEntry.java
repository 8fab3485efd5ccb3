package io.conduct.platform.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who did or saw what, when. Kept in the tenant's database (platform actions in the
 * control database), in a chain: each entry carries its place ({@code seq}) and the hash
 * of the entry before it, and its own hash over its canonical form ({@link AuditChain}),
 * which covers every field below (the {@code targetIds} of a list read too). Never
 * updated or deleted by the application.
 *
 * @param id the id
 * @param seq its place in its chain, from 1
 * @param prevHash the hash of the entry before it (of the chain's genesis for the first)
 * @param hash SHA-256 of its canonical form
 * @param at when
 * @param actorTenant the tenant of the actor's realm
 * @param actorSubject the actor's identity ({@code system} for the system itself)
 * @param action what was done, e.g. {@code person.create}, {@code case.read}
 * @param targetType the kind of thing acted on
 * @param targetId its id
 * @param details a few facts that explain the action; never personal data of reporters
 * @param targetIds the ids of all the targets of one action on many, such as the records
 * a page of a list showed (one entry for the page)
 * @param changes for a change: each field's value before and after
 * @param sealedWith the record whose key sealed some of the details (e.g.
 * {@code Case/<id>}): those open while the record's key exists
 */
@Document(AuditChain.COLLECTION)
public record AuditEntry(@Id String id, Long seq, String prevHash, String hash, Instant at, String actorTenant,
		String actorSubject, String action, String targetType, String targetId, Map<String, String> details,
		List<String> targetIds, List<AuditChange> changes, String sealedWith) {

	@PersistenceCreator
	public AuditEntry {
		details = (details != null) ? Map.copyOf(details) : Map.of();
		targetIds = (targetIds != null) ? List.copyOf(targetIds) : List.of();
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

	/** An entry not yet chained, about one target (or none). */
	public AuditEntry(String id, Instant at, String actorTenant, String actorSubject, String action, String targetType,
			String targetId, Map<String, String> details) {
		this(id, null, null, null, at, actorTenant, actorSubject, action, targetType, targetId, details, List.of(),
				List.of(), null);
	}

	/** The same entry about all the targets given. */
	public AuditEntry withTargetIds(Collection<String> ids) {
		return new AuditEntry(this.id, this.seq, this.prevHash, this.hash, this.at, this.actorTenant, this.actorSubject,
				this.action, this.targetType, this.targetId, this.details, List.copyOf(ids), this.changes,
				this.sealedWith);
	}

	/** The same entry with its details as given (opened). */
	AuditEntry withDetails(Map<String, String> opened) {
		return new AuditEntry(this.id, this.seq, this.prevHash, this.hash, this.at, this.actorTenant, this.actorSubject,
				this.action, this.targetType, this.targetId, opened, this.targetIds, this.changes, this.sealedWith);
	}

}
