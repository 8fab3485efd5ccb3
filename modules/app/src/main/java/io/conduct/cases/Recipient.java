package io.conduct.cases;

import io.conduct.platform.security.Role;

/**
 * To whom the reporter addresses the report, as the Code allows.
 */
enum Recipient {

	/** The reporter's supervisor, who must pass it on to the CFO/CAO at once. */
	SUPERVISOR(null),

	/** The CFO/CAO, the Code's compliance officer. */
	CFO_CAO(Role.CFO_CAO),

	/** The Treasurer, for violations of law. */
	TREASURER(Role.TREASURER),

	/** The Audit Committee. */
	AUDIT_COMMITTEE(Role.AUDIT_COMMITTEE);

	private final Role role;

	Recipient(Role role) {
		this.role = role;
	}

	/** The role that receives it; {@code null} for a supervisor, who is a person. */
	Role role() {
		return this.role;
	}

}
