package io.conduct.tenants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.viewer.Viewer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Tenants as the caller may see them: the list, the hierarchy, {@code node(id:)}.
 */
@Controller
class TenantDirectoryController implements NodeLoader {

	static final String TYPE = "Tenant";

	private final TenantDirectory directory;

	TenantDirectoryController(TenantDirectory directory) {
		this.directory = directory;
	}

	/** The global id of a tenant, or {@code null} when it names no tenant. */
	static String keyOf(String globalId) {
		return GlobalId.localIdOf(globalId, TYPE).orElse(null);
	}

	@QueryMapping
	Connection<Tenant> tenants(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.directory.page(paging), paging, TenantDirectoryController::cursor);
	}

	@SchemaMapping(typeName = TYPE, field = "children")
	Connection<Tenant> children(Tenant tenant, @Argument Integer first, @Argument String after) {
		// from the registry's snapshot: no database command per tenant
		return Connection.slice(this.directory.findChildren(tenant.key()), Paging.of(first, after), Tenant::key);
	}

	/** Parents of a page of tenants in one batch, each only if the caller may see it. */
	@BatchMapping(typeName = TYPE, field = "parent")
	Map<Tenant, Tenant> parent(List<Tenant> tenants) {
		Map<Tenant, Tenant> parents = new HashMap<>();
		for (Tenant tenant : tenants) {
			if (tenant.parentKey() != null) {
				this.directory.findVisible(tenant.parentKey()).ifPresent((parent) -> parents.put(tenant, parent));
			}
		}
		return parents;
	}

	/** Whether the tenant has no parent: told even to those who may not see a parent. */
	@SchemaMapping(typeName = TYPE, field = "topOfGroup")
	boolean topOfGroup(Tenant tenant) {
		return tenant.parentKey() == null;
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(Tenant tenant) {
		return GlobalId.encode(TYPE, tenant.key());
	}

	@SchemaMapping(typeName = "Viewer", field = "tenant")
	Tenant viewerTenant(Viewer viewer) {
		return this.directory.findVisible(viewer.tenantKey()).orElseThrow();
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.directory.findVisible(localId).map(Object.class::cast);
	}

	private static String cursor(Tenant tenant) {
		return Cursors.encode(tenant.key(), tenant.key());
	}

}
