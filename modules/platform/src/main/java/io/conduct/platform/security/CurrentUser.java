package io.conduct.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated person of the current request, if any.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<TenantAuthentication> authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof TenantAuthentication tenantAuthentication) ? Optional.of(tenantAuthentication)
				: Optional.empty();
	}

	public static TenantAuthentication required() {
		return authentication().orElseThrow(
				() -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
						"Not authenticated"));
	}

}
