package io.conduct.platform.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
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
 */
@Document("audit_log")
public record AuditEntry(@Id String id, Instant at, String actorTenant, String actorSubject, String action,
		String targetType, String targetId, Map<String, String> details) {

	public AuditEntry {
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

}
