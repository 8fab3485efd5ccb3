/**
 * Provisioning: the tenant's HR and identity systems (Entra ID, Okta, an HR suite) keep
 * the directory current through SCIM 2.0 (RFC 7643, RFC 7644) at
 * {@code /scim/v2/<tenant>/...}, authenticated by a bearer credential the tenant's
 * administrator issues and rotates ({@link io.conduct.provisioning.ScimCredentials}).
 * Every change goes through the people module's public API, so its rules (validation,
 * uniqueness, reporting-line cycles, offboarding that keeps records) and its audit apply;
 * a provisioning client never grants roles directly: a SCIM group's membership gives the
 * role the tenant maps the group's name to (the sso module's mapping), through the people
 * module's rules. Its API: the credentials; the endpoints, stores and mapping are
 * package-private.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "sso" })
package io.conduct.provisioning;

import org.springframework.modulith.ApplicationModule;
