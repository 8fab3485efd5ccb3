package io.conduct.notifications;

/**
 * What a notification is about: each kind has its subject and body in
 * {@code notifications/messages*.properties} under its template key.
 */
public enum NotificationKind {

	/** A campaign asks the person to certify the Code. */
	CERTIFICATION_INVITATION("certification.invitation"),

	/** The person's certification falls due in some days. */
	CERTIFICATION_REMINDER("certification.reminder"),

	/** The person's certification is overdue. */
	CERTIFICATION_OVERDUE("certification.overdue"),

	/** Someone the recipient supervises is overdue. */
	CERTIFICATION_ESCALATION_SUPERVISOR("certification.escalation.supervisor"),

	/** Someone is overdue long enough for the CFO/CAO to hear of it. */
	CERTIFICATION_ESCALATION_CFO("certification.escalation.cfo"),

	/** A certification came with an exception for the CFO/CAO to look into. */
	CERTIFICATION_EXCEPTION("certification.exception"),

	/** A disclosure awaits the recipient's determination. */
	DISCLOSURE_SUBMITTED("disclosure.submitted"),

	/** A disclosure's outcome changed after a change to what it depends on. */
	DISCLOSURE_REEVALUATED("disclosure.reevaluated"),

	/** A disclosure the person made was determined. */
	DISCLOSURE_DETERMINED("disclosure.determined"),

	/**
	 * A pre-clearance request awaits the recipient's answer (the CFO/CAO or a delegate).
	 */
	TRADING_REQUEST_RECEIVED("trading.request"),

	/** The person's pre-clearance request was answered. */
	TRADING_REQUEST_ANSWERED("trading.answered"),

	/** The person's clearance expired unused or partly used. */
	TRADING_CLEARANCE_EXPIRED("trading.expired"),

	/** A recorded trade is flagged to the CFO/CAO. */
	TRADING_TRADE_FLAGGED("trading.flagged"),

	/** An executive officer's or director's Form 4 is due. */
	TRADING_FORM4_DUE("trading.form4");

	private final String templateKey;

	NotificationKind(String templateKey) {
		this.templateKey = templateKey;
	}

	/** The key of its texts, also what the outbox records as the notification's kind. */
	public String templateKey() {
		return this.templateKey;
	}

}
