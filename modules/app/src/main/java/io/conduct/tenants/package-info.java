/**
 * Tenants as people see them: the parent company and its subsidiaries, with what each
 * caller may see of them, and the operator's onboarding, changes and suspension. Its API:
 * {@link io.conduct.tenants.TenantOnboarding} (with
 * {@link io.conduct.tenants.OnboardTenant}) and
 * {@link io.conduct.tenants.TenantDirectory}; everything else is package-private.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "viewer" })
package io.conduct.tenants;

import org.springframework.modulith.ApplicationModule;
