package io.conduct.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.conduct.platform.tenancy.Tenant;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps a tenant's token to a {@link TenantAuthentication}: Keycloak realm roles
 * ({@code realm_access.roles}) that name a {@link Role} become authorities, others are
 * ignored. {@code PLATFORM_ADMIN} counts only in the operator's own tenant, so no
 * subsidiary's realm can mint an operator.
 */
public class RealmRolesConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final Tenant tenant;

	private final String operatorTenantKey;

	public RealmRolesConverter(Tenant tenant, String operatorTenantKey) {
		this.tenant = tenant;
		this.operatorTenantKey = operatorTenantKey;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<SimpleGrantedAuthority> authorities = realmRoles(jwt).stream()
			.map(Role::fromRealmRole)
			.flatMap(java.util.Optional::stream)
			.filter((role) -> role != Role.PLATFORM_ADMIN || this.tenant.key().equals(this.operatorTenantKey))
			.distinct()
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return new TenantAuthentication(jwt, authorities, this.tenant.key());
	}

	private static Collection<String> realmRoles(Jwt jwt) {
		Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
		if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream().filter(Objects::nonNull).map(Object::toString).toList();
	}

}
