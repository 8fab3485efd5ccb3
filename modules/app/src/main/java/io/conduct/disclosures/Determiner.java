package io.conduct.disclosures;

import io.conduct.people.PersonType;
import io.conduct.platform.security.Role;

/**
 * Who determines a disclosure, as the Code says: the CFO/CAO, or the Board where the
 * discloser is an executive officer or a director.
 */
public enum Determiner {

	CFO_CAO(Role.CFO_CAO), BOARD(Role.BOARD);

	private final Role role;

	Determiner(Role role) {
		this.role = role;
	}

	public Role role() {
		return this.role;
	}

	public static Determiner of(PersonType type) {
		return type.isExecutiveOrDirector() ? BOARD : CFO_CAO;
	}

}
