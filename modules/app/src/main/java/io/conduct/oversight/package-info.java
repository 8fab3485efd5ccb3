/**
 * Oversight: the Board's and the Audit Committee's view of their part of the group (their
 * tenant and its subsidiaries down the tree, never a tenant above it). Escalated matters
 * read from each tenant's own database through the public APIs of the cases (escalated
 * cases), the waivers (waivers and amendments before the Board) and the disclosures
 * (conflict determinations for the Board), analytics by aggregation with small cells
 * suppressed, and board packs. It owns no collection; every read is audited in the trail
 * of the tenant read.
 */
@ApplicationModule(allowedDependencies = { "platform", "cases", "people", "waivers", "disclosures", "certifications" })
package io.conduct.oversight;

import org.springframework.modulith.ApplicationModule;
