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
 * control database); never updated or deleted by the application.
 *
 * @param id the id
 * @param at when
 * @param actorTenant the tenant of the actor's realm
 * @param actorSubject the actor's identity ({@code system} for the system itself)
 * @param action what was done, e.g. {@code person.create}, {@code case.read}
 * @param targetType the kind of thing acted on
 * @param targetId its id
 * @param details a few facts that explain the action; never personal data of reporters
 * @param targetIds the ids of all the targets of one action on many, such as the records
 * a page of a list showed (one entry for the page)
 */
@Document("audit_log")
public record AuditEntry(@Id String id, Instant at, String actorTenant, String actorSubject, String action,
		String targetType, String targetId, Map<String, String> details, List<String> targetIds) {

	@PersistenceCreator
	public AuditEntry {
		details = (details != null) ? Map.copyOf(details) : Map.of();
		targetIds = (targetIds != null) ? List.copyOf(targetIds) : List.of();
	}

	/** An entry about one target (or none). */
	public AuditEntry(String id, Instant at, String actorTenant, String actorSubject, String action, String targetType,
			String targetId, Map<String, String> details) {
		this(id, at, actorTenant, actorSubject, action, targetType, targetId, details, List.of());
	}

	/** The same entry about all the targets given. */
	public AuditEntry withTargetIds(Collection<String> ids) {
		return new AuditEntry(this.id, this.at, this.actorTenant, this.actorSubject, this.action, this.targetType,
				this.targetId, this.details, List.copyOf(ids));
	}

}
