package io.conduct.inquiries;

import java.util.Set;

/**
 * Which inquiries a list shows; every part is optional, and the parts are combined.
 *
 * @param statuses only these statuses (all when empty)
 * @param kinds only inquirers of these kinds (all when empty)
 * @param escalated only escalated ones, or only those not escalated
 * @param flagged only those flagged as possibly concerning material non-public
 * information, or only those not flagged
 */
record InquiryFilter(Set<InquiryStatus> statuses, Set<InquirerKind> kinds, Boolean escalated, Boolean flagged) {

	static final InquiryFilter NONE = new InquiryFilter(Set.of(), Set.of(), null, null);

	InquiryFilter {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
		kinds = (kinds != null) ? Set.copyOf(kinds) : Set.of();
	}

}
