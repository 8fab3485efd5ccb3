package io.conduct.cases;

import java.util.List;
import java.util.Set;

import io.conduct.platform.security.Role;

/**
 * Who handles a report and who is informed, as the routing rules decide, with the rules
 * that fired.
 *
 * @param handlerRoles roles whose holders handle the case
 * @param removedRoles roles that a rule that fired keeps from handling it
 * @param handlerPersonIds people who handle it
 * @param informedRoles roles whose holders are informed and may read it
 * @param fired the rules that fired, in order
 * @param meritReview whether the CFO/CAO and the CEO review the merit before the Audit
 * Committee gets it
 */
record RoutingDecision(Set<Role> handlerRoles, Set<Role> removedRoles, Set<String> handlerPersonIds,
		Set<Role> informedRoles, List<RoutingStep> fired, boolean meritReview) {

	/** Whether the case went above the usual handlers. */
	boolean escalated() {
		return !this.informedRoles.isEmpty() || this.fired.stream().anyMatch((f) -> f.rule().escalates());
	}

	/** The routing the case keeps. */
	Routing routing() {
		return new Routing(this.handlerRoles, this.handlerPersonIds, this.informedRoles, this.fired, escalated());
	}

	/**
	 * The routing of a case routed before, on who is involved now: roles a rule now keeps
	 * from it lose it, roles the rules give it join those it had (including those the
	 * Code added since: the Audit Committee for a forwarded concern, the Board for
	 * results); people who handle it by name keep it unless involved.
	 */
	Routing after(Routing before, Set<String> involvedPersonIds) {
		Set<Role> handlers = java.util.EnumSet.noneOf(Role.class);
		handlers.addAll(before.handlerRoles());
		handlers.removeAll(this.removedRoles);
		handlers.addAll(this.handlerRoles);
		Set<Role> informed = java.util.EnumSet.noneOf(Role.class);
		informed.addAll(before.informedRoles());
		informed.addAll(this.informedRoles);
		informed.removeAll(handlers);
		Set<String> people = new java.util.HashSet<>(before.handlerPersonIds());
		people.removeAll(involvedPersonIds);
		return new Routing(handlers, people, informed, this.fired, before.escalated() || escalated());
	}

}
