/**
 * Certifications of the Code: campaigns (on hire, annual, ad hoc) that ask each person to
 * certify the current Code by a due date, reminders and escalation to the supervisor and
 * the CFO/CAO, and completion for the CFO/CAO and the group's Board and Audit Committee.
 */
package io.conduct.certifications;
