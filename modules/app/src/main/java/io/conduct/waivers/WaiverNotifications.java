package io.conduct.waivers;

import io.conduct.waivers.PublicDisclosureClock.ReminderKind;

/**
 * The notifications of waivers, by their templates in
 * {@code notifications/messages*.properties}. Arguments: {0} the recipient's name, then
 * as each template says.
 */
final class WaiverNotifications {

	/** A disclosure falls due the next business day: {1} what, {2} due date, {3} how. */
	static final String DISCLOSURE_DAY_BEFORE = "waiver.disclosure.day-before";

	/** A disclosure is due today: {1} what, {2} due date, {3} how. */
	static final String DISCLOSURE_DUE_DAY = "waiver.disclosure.due-day";

	/** A disclosure is overdue: {1} what, {2} due date, {3} how. */
	static final String DISCLOSURE_OVERDUE = "waiver.disclosure.overdue";

	/**
	 * A substantiated violation with no measure: {1} the person, {2} the days, {3} the
	 * case's substantiation date.
	 */
	static final String IMPLICIT_WAIVER_PROMPT = "waiver.implicit-prompt";

	private WaiverNotifications() {
	}

	static String disclosureKind(ReminderKind kind) {
		return switch (kind) {
			case DAY_BEFORE -> DISCLOSURE_DAY_BEFORE;
			case DUE_DAY -> DISCLOSURE_DUE_DAY;
			case OVERDUE -> DISCLOSURE_OVERDUE;
		};
	}

}
