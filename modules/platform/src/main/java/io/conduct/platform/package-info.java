/**
 * The platform every domain of Conduct stands on: tenancy, security, storage routing,
 * GraphQL basics and errors. An open application module: domains use any of its packages,
 * and it never depends on a domain (its Maven module cannot see them).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.conduct.platform;

import org.springframework.modulith.ApplicationModule;
