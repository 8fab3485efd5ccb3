package io.conduct.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import io.conduct.platform.graphql.RequestScope;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;

/**
 * The read entries of one GraphQL request, written together (one write per tenant the
 * request read, in practice one) when its result is ready and before it is sent.
 */
final class RequestReads {

	private final Consumer<List<AuditEntry>> writer;

	private final Map<Tenant, List<AuditEntry>> byTenant = new LinkedHashMap<>();

	private RequestReads(Consumer<List<AuditEntry>> writer) {
		this.writer = writer;
	}

	/**
	 * Keeps the entry for the current request's write; false outside a GraphQL request or
	 * a tenant, where the caller writes it at once.
	 */
	static boolean defer(AuditEntry entry, Consumer<List<AuditEntry>> writer) {
		var scope = RequestScope.current();
		var tenant = TenantContext.current();
		if (scope.isEmpty() || tenant.isEmpty()) {
			return false;
		}
		scope.get()
			.attach(RequestReads.class, () -> new RequestReads(writer), RequestReads::write)
			.add(tenant.get(), entry);
		return true;
	}

	/**
	 * Adds the entry, or its ids to an entry of the same read (the same action by the
	 * same actor with the same details), such as a reporter read on each case of a page.
	 */
	private synchronized void add(Tenant tenant, AuditEntry entry) {
		List<AuditEntry> entries = this.byTenant.computeIfAbsent(tenant, (t) -> new ArrayList<>());
		for (int i = 0; i < entries.size(); i++) {
			AuditEntry kept = entries.get(i);
			if (sameRead(kept, entry)) {
				List<String> ids = new ArrayList<>(kept.targetIds());
				entry.targetIds().stream().filter((id) -> !ids.contains(id)).forEach(ids::add);
				entries.set(i, kept.withTargetIds(ids));
				return;
			}
		}
		entries.add(entry);
	}

	private static boolean sameRead(AuditEntry a, AuditEntry b) {
		return a.action().equals(b.action()) && Objects.equals(a.targetType(), b.targetType())
				&& Objects.equals(a.actorTenant(), b.actorTenant())
				&& Objects.equals(a.actorSubject(), b.actorSubject()) && a.details().equals(b.details());
	}

	private synchronized void write() {
		this.byTenant.forEach((tenant, entries) -> TenantContext.runAs(tenant, () -> this.writer.accept(entries)));
		this.byTenant.clear();
	}

}
