/**
 * Reporting a concern: intake (named, confidential, anonymous; online, public or entered
 * by staff), anonymous two-way follow-up, the case record with its deadlines, who may see
 * it, its investigation, outcomes and the merit review of accounting concerns. Served
 * through GraphQL only; its only public types are two events other modules follow
 * ({@link io.conduct.cases.AllegationSubstantiated},
 * {@link io.conduct.cases.MeasureDecided}). It reads the directory (people), serves a
 * field of the caller (viewer) and takes in the gift register's refusals ({@code gifts}'
 * {@code GiftRefusedAsBribe}) as reports.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "viewer", "gifts" })
package io.conduct.cases;

import org.springframework.modulith.ApplicationModule;
