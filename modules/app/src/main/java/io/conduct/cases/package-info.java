/**
 * Reporting a concern: intake (named, confidential, anonymous; online, public or entered
 * by staff), anonymous two-way follow-up, the case record with its deadlines, and who may
 * see it.
 */
package io.conduct.cases;
