package io.conduct.waivers;

import io.conduct.notifications.NotificationKind;
import io.conduct.waivers.PublicDisclosureClock.ReminderKind;

/**
 * The notifications of waivers, by their kinds. Arguments: {0} the recipient's name;
 * reminders: {1} what is to be disclosed, {2} the due date, {3} how it was reached;
 * implicit-waiver prompts: {1} the person, {2} the days, {3} the day of the finding.
 */
final class WaiverNotifications {

	private WaiverNotifications() {
	}

	static NotificationKind disclosureKind(ReminderKind kind) {
		return switch (kind) {
			case DAY_BEFORE -> NotificationKind.WAIVER_DISCLOSURE_DAY_BEFORE;
			case DUE_DAY -> NotificationKind.WAIVER_DISCLOSURE_DUE_DAY;
			case OVERDUE -> NotificationKind.WAIVER_DISCLOSURE_OVERDUE;
		};
	}

}
