package io.conduct.cases;

import java.util.List;
import java.util.Set;

import io.conduct.platform.security.Role;

/**
 * Who handles a case and who is informed of it, with the routing rules that decided it.
 * Handlers change later only as the Code says: an accounting concern forwarded to the
 * Audit Committee, an assigned investigator, results that go to the Board, and someone
 * found to be involved, which routes the case again.
 *
 * @param handlerRoles roles whose holders handle it
 * @param handlerPersonIds people the case reached by name, who may read it: a supervisor
 * to whom it was made (who passes it on, nothing more) and assigned investigators (who
 * record its work); what each may do is {@link CaseHandling.Standing}
 * @param informedRoles roles whose holders are informed and may read it
 * @param steps the routing rules that fired, in order
 * @param escalated whether it went above the usual handlers: the CFO/CAO or the CEO is
 * involved, or the CEO and the Board are informed
 */
record Routing(Set<Role> handlerRoles, Set<String> handlerPersonIds, Set<Role> informedRoles, List<RoutingStep> steps,
		boolean escalated) {

	Routing {
		handlerRoles = (handlerRoles != null) ? Set.copyOf(handlerRoles) : Set.of();
		handlerPersonIds = (handlerPersonIds != null) ? Set.copyOf(handlerPersonIds) : Set.of();
		informedRoles = (informedRoles != null) ? Set.copyOf(informedRoles) : Set.of();
		steps = (steps != null) ? List.copyOf(steps) : List.of();
	}

}
