package io.conduct.tenants;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.graphql.Paging;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Looks up tenants with the caller's visibility: their own tenant; a platform admin sees
 * every tenant; Board and Audit Committee members of a parent see its subsidiaries.
 */
@Service
public class TenantDirectory {

	private final TenantRegistry registry;

	public TenantDirectory(TenantRegistry registry) {
		this.registry = registry;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Tenant> findVisible(String key) {
		return this.registry.findByKey(key).filter((tenant) -> isVisible(CurrentUser.required(), tenant));
	}

	/**
	 * The tenants the caller may see, in key order, after the cursor's key; one more than
	 * the page, to tell whether another follows.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Tenant> page(Paging paging) {
		TenantAuthentication caller = CurrentUser.required();
		String afterKey = (paging.after() != null) ? paging.after().id() : null;
		return this.registry.findAll()
			.stream()
			.filter((tenant) -> isVisible(caller, tenant))
			.filter((tenant) -> afterKey == null || tenant.key().compareTo(afterKey) > 0)
			.sorted(Comparator.comparing(Tenant::key))
			.limit(paging.probe())
			.toList();
	}

	/** The subsidiaries of a tenant that the caller may see. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Tenant> findChildren(String parentKey) {
		TenantAuthentication caller = CurrentUser.required();
		return this.registry.findChildren(parentKey)
			.stream()
			.filter((tenant) -> isVisible(caller, tenant))
			.sorted(Comparator.comparing(Tenant::key))
			.toList();
	}

	private boolean isVisible(TenantAuthentication caller, Tenant tenant) {
		if (caller.belongsTo(tenant) || caller.roles().contains(Role.PLATFORM_ADMIN)) {
			return true;
		}
		boolean overseer = caller.roles().contains(Role.BOARD) || caller.roles().contains(Role.AUDIT_COMMITTEE);
		return overseer && isAncestor(caller.tenantKey(), tenant);
	}

	private boolean isAncestor(String ancestorKey, Tenant tenant) {
		String parentKey = tenant.parentKey();
		for (int depth = 0; parentKey != null && depth < 16; depth++) {
			if (parentKey.equals(ancestorKey)) {
				return true;
			}
			parentKey = this.registry.findByKey(parentKey).map(Tenant::parentKey).orElse(null);
		}
		return false;
	}

}
