/**
 * The people of each tenant: the directory, their accounts and roles in the tenant's
 * realm, supervisors, bulk imports, and the relatives the Code's conflict rules need. Its
 * API: {@link io.conduct.people.Person} and its values, the directory
 * ({@link io.conduct.people.PeopleDirectory}), {@link io.conduct.people.Relatives},
 * {@link io.conduct.people.ReportingLines},
 * {@link io.conduct.people.PeopleAdministration}, the roles
 * ({@link io.conduct.people.RoleGrants} with {@link io.conduct.people.RoleGrantRequest},
 * and {@link io.conduct.people.RoleReconciliation}) and the events
 * {@link io.conduct.people.PeopleJoined} and {@link io.conduct.people.PersonLeft}. The
 * directory decides who holds which role; the realm is brought in line with it. The
 * stores, imports, validation and controllers are package-private.
 */
@ApplicationModule(allowedDependencies = { "platform", "viewer", "notifications" })
package io.conduct.people;

import org.springframework.modulith.ApplicationModule;
