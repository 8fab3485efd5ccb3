/**
 * Reporting a concern: intake (named, confidential, anonymous; online, public or entered
 * by staff), anonymous two-way follow-up, the case record with its deadlines, who may see
 * it, its investigation, outcomes and the merit review of accounting concerns. Served
 * through GraphQL. Its public types are two events other modules follow
 * ({@link io.conduct.cases.AllegationSubstantiated},
 * {@link io.conduct.cases.MeasureDecided}), {@link io.conduct.cases.CaseInsiders} (who
 * handles an open case about accounting, auditing or a violation of law, for the insider
 * trading rules) and, for the group's oversight, {@link io.conduct.cases.EscalatedCases}
 * (the minimum of the cases the Code escalates to the Board or the Audit Committee) and
 * {@link io.conduct.cases.CaseStatistics} (cases in numbers) with the types they return.
 * It reads the directory (people) and counts working days in the tenant's business-day
 * calendar (calendars), serves a field of the caller (viewer) and takes in the gift
 * register's refusals ({@code gifts}' {@code GiftRefusedAsBribe}) as reports.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "viewer", "gifts", "calendars" })
package io.conduct.cases;

import org.springframework.modulith.ApplicationModule;
