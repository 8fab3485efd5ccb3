package io.conduct.cases;

import java.util.List;
import java.util.Set;

import io.conduct.platform.security.Role;

/**
 * Who handles a report and who is informed, as the routing rules decide, with the rules
 * that fired.
 *
 * @param handlerRoles roles whose holders handle the case
 * @param handlerPersonIds people who handle it
 * @param informedRoles roles whose holders are informed and may read it
 * @param fired the rules that fired, in order
 * @param meritReview whether the CFO/CAO and the CEO review the merit before the Audit
 * Committee gets it
 */
record RoutingDecision(Set<Role> handlerRoles, Set<String> handlerPersonIds, Set<Role> informedRoles,
		List<RoutingStep> fired, boolean meritReview) {

	/** Whether the case went above the usual handlers. */
	boolean escalated() {
		return !this.informedRoles.isEmpty() || this.fired.stream().anyMatch((f) -> f.rule().escalates());
	}

	/** The routing the case keeps. */
	Routing routing() {
		return new Routing(this.handlerRoles, this.handlerPersonIds, this.informedRoles, this.fired, escalated());
	}

}
