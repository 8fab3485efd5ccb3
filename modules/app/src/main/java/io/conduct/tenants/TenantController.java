package io.conduct.tenants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TenantController implements NodeLoader {

	static final String TYPE = "Tenant";

	private final TenantDirectory directory;

	TenantController(TenantDirectory directory) {
		this.directory = directory;
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.directory.findVisible(localId).map(Object.class::cast);
	}

	@SchemaMapping(typeName = "Viewer", field = "tenant")
	Tenant viewerTenant(io.conduct.viewer.Viewer viewer) {
		return this.directory.findVisible(viewer.tenantKey()).orElseThrow();
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(Tenant tenant) {
		return GlobalId.encode(TYPE, tenant.key());
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

}
