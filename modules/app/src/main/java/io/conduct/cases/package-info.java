/**
 * Reporting a concern: intake (named, confidential, anonymous; online, public or entered
 * by staff), anonymous two-way follow-up, the case record with its deadlines, who may see
 * it, its investigation, outcomes and the merit review of accounting concerns. Served
 * through GraphQL only: no type of it is public, other modules need none; it reads the
 * directory (people) and serves a field of the caller (viewer); it takes in the gift
 * register's refusals ({@code gifts}' {@code GiftRefusedAsBribe}) as reports.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "viewer", "gifts" })
package io.conduct.cases;

import org.springframework.modulith.ApplicationModule;
