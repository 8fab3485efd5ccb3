/**
 * Certifications of the Code: campaigns (on hire, annual, ad hoc) that ask each person to
 * certify the current Code by a due date, reminders and escalation to the supervisor and
 * the CFO/CAO, and completion for the CFO/CAO and the group's Board and Audit Committee.
 * Exceptions go to their reviewer (the Board for executive officers and directors) and
 * become conflict-of-interest disclosures, and the annual campaign confirms each person's
 * disclosures current, through the disclosures' public API. It is reached through GraphQL
 * and follows the directory's events; its one public type for other domains is
 * {@link io.conduct.certifications.CertificationCompletion} (completion in numbers, for
 * the group's oversight).
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "code", "notifications", "viewer", "disclosures" })
package io.conduct.certifications;

import org.springframework.modulith.ApplicationModule;
