package io.conduct.cases;

import java.time.Instant;
import java.util.List;

/**
 * How a case is looked into, as the CFO/CAO (or whoever handles it) decides: an informal
 * inquiry or a formal investigation, and by whom.
 *
 * @param kind inquiry or investigation
 * @param openedAt when it was opened
 * @param openedBy who opened it
 * @param investigatorIds the directory ids of the assigned investigators
 */
public record Investigation(Kind kind, Instant openedAt, String openedBy, List<String> investigatorIds) {

	public Investigation {
		investigatorIds = (investigatorIds != null) ? List.copyOf(investigatorIds) : List.of();
	}

	/** How a case is looked into. */
	public enum Kind {

		INFORMAL_INQUIRY, FORMAL_INVESTIGATION

	}

}
