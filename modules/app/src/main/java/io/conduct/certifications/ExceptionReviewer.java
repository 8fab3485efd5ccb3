package io.conduct.certifications;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import io.conduct.platform.security.Role;

/**
 * Who looks into a certification's exception. An executive officer's or a director's is
 * the Board's, as the Code gives their conflicts of interest to the Board, never to the
 * CFO/CAO; everyone else's is the CFO/CAO's; and the Audit Committee looks into a
 * CFO/CAO's own, so that nobody reviews themself.
 */
enum ExceptionReviewer {

	CFO_CAO(Role.CFO_CAO), AUDIT_COMMITTEE(Role.AUDIT_COMMITTEE), BOARD(Role.BOARD);

	private final Role role;

	ExceptionReviewer(Role role) {
		this.role = role;
	}

	Role role() {
		return this.role;
	}

	/** Whether this reviewer looks into the certification's exception. */
	boolean reviews(Certification certification) {
		return switch (this) {
			case BOARD -> certification.executiveOrDirector();
			case CFO_CAO -> !certification.executiveOrDirector();
			case AUDIT_COMMITTEE -> !certification.executiveOrDirector() && certification.byCfoCao();
		};
	}

	/** The reviewers whose roles the caller holds. */
	static Set<ExceptionReviewer> heldBy(Collection<Role> roles) {
		Set<ExceptionReviewer> held = EnumSet.noneOf(ExceptionReviewer.class);
		for (ExceptionReviewer reviewer : values()) {
			if (roles.contains(reviewer.role)) {
				held.add(reviewer);
			}
		}
		return held;
	}

	/**
	 * Who is told first of the exception: the Board, or the CFO/CAO (the Audit Committee
	 * when the signer is the only CFO/CAO).
	 */
	static ExceptionReviewer toTell(Certification certification) {
		return certification.executiveOrDirector() ? BOARD : CFO_CAO;
	}

}
