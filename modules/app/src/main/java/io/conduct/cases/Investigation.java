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
record Investigation(Kind kind, Instant openedAt, String openedBy, List<String> investigatorIds) {

	Investigation {
		investigatorIds = (investigatorIds != null) ? List.copyOf(investigatorIds) : List.of();
	}

	/** How a case is looked into. */
	enum Kind {

		INFORMAL_INQUIRY(CaseEventType.INFORMAL_INQUIRY_OPENED),
		FORMAL_INVESTIGATION(CaseEventType.FORMAL_INVESTIGATION_OPENED);

		private final CaseEventType opened;

		Kind(CaseEventType opened) {
			this.opened = opened;
		}

		/** What the timeline records when it is opened. */
		CaseEventType opened() {
			return this.opened;
		}

	}

}
