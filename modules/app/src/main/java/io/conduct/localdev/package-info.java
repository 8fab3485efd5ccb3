/**
 * The embedded local run, for the {@code local} profile only: an in-process MongoDB-wire
 * server, a local token issuer standing in for Keycloak, and a demo group seeded through
 * the product's own use cases. It offers no API to other domains.
 */
@ApplicationModule(
		allowedDependencies = { "platform", "people", "tenants", "code", "disclosures", "gifts", "trading", "cases" })
package io.conduct.localdev;

import org.springframework.modulith.ApplicationModule;
