package io.conduct.people;

import java.util.List;

import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The notifications a tenant's outbox holds, as (template, address) pairs. */
final class Outboxes {

	private Outboxes() {
	}

	static List<String> notices(MongoTemplate tenantData, Tenant tenant) {
		return TenantContext.callAs(tenant,
				() -> tenantData.find(new Query(), Document.class, "notification_outbox")
					.stream()
					.map((n) -> n.getString("kind") + " -> " + n.getString("email"))
					.toList());
	}

}
