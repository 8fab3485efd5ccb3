package io.conduct.cases;

import java.time.Instant;
import java.util.List;

import io.conduct.platform.security.Role;

/**
 * The CFO/CAO's and the CEO's review of an accounting concern before it goes to the Audit
 * Committee: it stays away from the Committee only if both, two distinct people, record
 * that it is without merit; otherwise, or when its time runs out, it is forwarded.
 *
 * @param status where it stands
 * @param due when it is forwarded if not decided
 * @param determinations who decided what
 */
record MeritReview(Status status, Instant due, List<Determination> determinations) {

	MeritReview {
		determinations = (determinations != null) ? List.copyOf(determinations) : List.of();
	}

	/** Where a merit review stands. */
	enum Status {

		PENDING, WITHOUT_MERIT, FORWARDED

	}

	/**
	 * One reviewer's determination.
	 *
	 * @param role the reviewer's role, CFO_CAO or CEO
	 * @param subject the reviewer
	 * @param withoutMerit whether they found it without merit
	 * @param reason why
	 * @param at when
	 */
	record Determination(Role role, String subject, boolean withoutMerit, String reason, Instant at) {
	}

}
