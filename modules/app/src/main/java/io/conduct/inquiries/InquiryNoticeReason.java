package io.conduct.inquiries;

import io.conduct.notifications.NotificationKind;

/** Why someone was told of an inquiry; each reason has its notification. */
enum InquiryNoticeReason {

	/** An authorized spokesperson, to take it. */
	SPOKESPERSON(NotificationKind.INQUIRY_ROUTED_SPOKESPERSON),

	/** The recorder's supervisor, to whom the Code also lets inquirers be referred. */
	SUPERVISOR(NotificationKind.INQUIRY_ROUTED_SUPERVISOR),

	/** The CFO/CAO, at once: it may concern material non-public information. */
	MNPI_FLAG(NotificationKind.INQUIRY_MNPI_FLAGGED),

	/** The CFO/CAO, at once: the tenant has no authorized spokesperson to take it. */
	NO_SPOKESPERSON(NotificationKind.INQUIRY_NO_SPOKESPERSON),

	/** The CFO/CAO: no spokesperson took it within one business day. */
	ESCALATION(NotificationKind.INQUIRY_ESCALATED),

	/** A spokesperson the CFO/CAO gave it to. */
	ASSIGNED(NotificationKind.INQUIRY_ASSIGNED),

	/** The recorder: the spokesperson answered or declined it. */
	OUTCOME(NotificationKind.INQUIRY_OUTCOME);

	private final NotificationKind notification;

	InquiryNoticeReason(NotificationKind notification) {
		this.notification = notification;
	}

	NotificationKind notification() {
		return this.notification;
	}

}
