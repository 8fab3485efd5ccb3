/**
 * Reporting a concern: intake (named, confidential, anonymous; online, public or entered
 * by staff), anonymous two-way follow-up, the case record with its deadlines, who may see
 * it, its investigation, outcomes and the merit review of accounting concerns. Served
 * through GraphQL only; its only public types are two events other modules follow
 * ({@link io.conduct.cases.AllegationSubstantiated},
 * {@link io.conduct.cases.MeasureDecided}). It reads the directory (people) and serves a
 * field of the caller (viewer).
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "viewer" })
package io.conduct.cases;

import org.springframework.modulith.ApplicationModule;
