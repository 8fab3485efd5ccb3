/**
 * Reporting a concern: intake (named, confidential, anonymous; online, public or entered
 * by staff), anonymous two-way follow-up, the case record with its deadlines, who may see
 * it, its investigation, outcomes and the merit review of accounting concerns. Served
 * through GraphQL; its one public type is {@link io.conduct.cases.CaseInsiders} (who
 * handles an open case about accounting, auditing or a violation of law, for the insider
 * trading rules); it reads the directory (people) and serves a field of the caller
 * (viewer).
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "viewer" })
package io.conduct.cases;

import org.springframework.modulith.ApplicationModule;
