/**
 * Reporting a concern: intake (named, confidential, anonymous; online, public or entered
 * by staff), anonymous two-way follow-up, the case record with its deadlines, who may see
 * it, its investigation, outcomes and the merit review of accounting concerns. Served
 * through GraphQL; it reads the directory (people) and serves a field of the caller
 * (viewer). Its public API is for the group's oversight:
 * {@link io.conduct.cases.EscalatedCases} lists the minimum of the cases the Code
 * escalates to the Board or the Audit Committee, with the types it returns.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "viewer" })
package io.conduct.cases;

import org.springframework.modulith.ApplicationModule;
