/**
 * Conflicts of interest: the group's counterparty register with its payments and exchange
 * rates, people's disclosures judged by the Code's clauses (a versioned rules file, one
 * engine that names the clause, the figure and the threshold), and the determinations the
 * CFO/CAO or the Board make on them.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "code", "notifications", "viewer" })
package io.conduct.disclosures;

import org.springframework.modulith.ApplicationModule;
