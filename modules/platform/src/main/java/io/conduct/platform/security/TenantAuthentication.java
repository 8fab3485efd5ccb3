package io.conduct.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import io.conduct.platform.tenancy.Tenant;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * An authenticated person of a tenant: the tenant is the one whose realm issued the
 * token.
 */
public class TenantAuthentication extends JwtAuthenticationToken {

	private final String tenantKey;

	public TenantAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String tenantKey) {
		super(jwt, authorities, jwt.getSubject());
		this.tenantKey = tenantKey;
	}

	public String tenantKey() {
		return this.tenantKey;
	}

	public Set<Role> roles() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		getAuthorities().forEach((a) -> Role.fromAuthority(a.getAuthority()).ifPresent(roles::add));
		return roles;
	}

	public boolean belongsTo(Tenant tenant) {
		return this.tenantKey.equals(tenant.key());
	}

}
