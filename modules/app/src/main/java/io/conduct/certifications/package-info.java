/**
 * Certifications of the Code: campaigns (on hire, annual, ad hoc) that ask each person to
 * certify the current Code by a due date, reminders and escalation to the supervisor and
 * the CFO/CAO, and completion for the CFO/CAO and the group's Board and Audit Committee.
 * It offers no API to other domains: it is reached through GraphQL and follows the
 * directory's events; every type is package-private.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "code", "notifications", "viewer" })
package io.conduct.certifications;

import org.springframework.modulith.ApplicationModule;
