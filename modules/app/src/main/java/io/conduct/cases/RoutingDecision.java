package io.conduct.cases;

import java.util.List;
import java.util.Set;

import io.conduct.platform.security.Role;

/**
 * Who handles a case and who is informed, with the rules that decided it.
 *
 * @param handlerRoles roles whose holders handle the case
 * @param handlerPersonIds people who handle it
 * @param informedRoles roles whose holders are informed and may read it
 * @param fired the rules that fired, in order
 * @param meritReview whether the CFO/CAO and the CEO review the merit before the Audit
 * Committee gets it
 */
public record RoutingDecision(Set<Role> handlerRoles, Set<String> handlerPersonIds, Set<Role> informedRoles,
		List<Fired> fired, boolean meritReview) {

	/** Whether the case went above the usual handlers. */
	public boolean escalated() {
		return !this.informedRoles.isEmpty() || this.fired.stream().anyMatch((f) -> f.rule().endsWith("_INVOLVED"));
	}

	/**
	 * A rule that fired.
	 *
	 * @param rule its id
	 * @param description the Code's rule in words
	 */
	public record Fired(String rule, String description) {
	}

}
