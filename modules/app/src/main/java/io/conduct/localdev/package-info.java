/**
 * The embedded local run, for the {@code local} profile only: an in-process MongoDB-wire
 * server, a local token issuer standing in for Keycloak, and a seeded demo group.
 */
package io.conduct.localdev;
