/**
 * Certifications of the Code: campaigns (on hire, annual, ad hoc) that ask each person to
 * certify the current Code by a due date, reminders and escalation to the supervisor and
 * the CFO/CAO, and completion for the CFO/CAO and the group's Board and Audit Committee.
 * Exceptions go to their reviewer (the Board for executive officers and directors) and
 * become conflict-of-interest disclosures, and the annual campaign confirms each person's
 * disclosures current, through the disclosures' public API. It offers no API to other
 * domains: it is reached through GraphQL and follows the directory's events; every type
 * is package-private.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "code", "notifications", "viewer", "disclosures" })
package io.conduct.certifications;

import org.springframework.modulith.ApplicationModule;
