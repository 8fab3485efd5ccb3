package io.conduct.cases;

import java.util.Set;

/**
 * Which cases a handler lists.
 *
 * @param statuses only these statuses
 * @param categories only these categories
 * @param channels only these channels
 * @param overdue only cases whose acknowledgement or feedback is overdue (true), or none
 * of those (false)
 * @param escalated only escalated cases (true), or only others (false)
 */
record CaseFilter(Set<CaseStatus> statuses, Set<ReportCategory> categories, Set<Channel> channels, Boolean overdue,
		Boolean escalated) {

	static final CaseFilter NONE = new CaseFilter(null, null, null, null, null);

	CaseFilter {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
		categories = (categories != null) ? Set.copyOf(categories) : Set.of();
		channels = (channels != null) ? Set.copyOf(channels) : Set.of();
	}

}
