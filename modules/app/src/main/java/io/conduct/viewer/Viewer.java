package io.conduct.viewer;

import java.util.Set;

import io.conduct.platform.security.Role;

/**
 * The authenticated caller.
 *
 * @param subject the identity in the tenant's realm
 * @param name display name, if known
 * @param email e-mail address, if known
 * @param tenantKey the tenant whose realm issued the token
 * @param roles the caller's roles in that tenant
 */
public record Viewer(String subject, String name, String email, String tenantKey, Set<Role> roles) {
}
