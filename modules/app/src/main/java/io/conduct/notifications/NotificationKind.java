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

	/** A waiver's or an amendment's public disclosure is due the next business day. */
	WAIVER_DISCLOSURE_DAY_BEFORE("waiver.disclosure.day-before"),

	/** A waiver's or an amendment's public disclosure is due today. */
	WAIVER_DISCLOSURE_DUE_DAY("waiver.disclosure.due-day"),

	/** A waiver's or an amendment's public disclosure is overdue. */
	WAIVER_DISCLOSURE_OVERDUE("waiver.disclosure.overdue"),

	/** No measure followed a substantiated violation by an executive: is it a waiver? */
	WAIVER_IMPLICIT_PROMPT("waiver.implicit-prompt"),

	// gifts

	/** A gift register entry was flagged or refused by the rules of the Code. */
	GIFT_FLAGGED("gift.flagged"),

	/** Something for a government official awaits the recipient's prior approval. */
	GIFT_APPROVAL_REQUESTED("gift.approval.requested"),

	/** The CFO/CAO decided on the person's request for prior approval. */
	GIFT_APPROVAL_DECIDED("gift.approval.decided"),

	/** Someone the recipient supervises returned a gift and reports it. */
	GIFT_RETURNED("gift.returned"),

	/** The disposition of a gift is overdue. */
	GIFT_DISPOSITION_OVERDUE("gift.disposition.overdue"),

	// inquiries from the media and the market

	/** An inquiry awaits a spokesperson to take it. */
	INQUIRY_ROUTED_SPOKESPERSON("inquiry.routed.spokesperson"),

	/** Someone the recipient supervises recorded an inquiry and referred it. */
	INQUIRY_ROUTED_SUPERVISOR("inquiry.routed.supervisor"),

	/**
	 * An inquiry may concern material non-public information: for the CFO/CAO at once.
	 */
	INQUIRY_MNPI_FLAGGED("inquiry.mnpi"),

	/** An inquiry has no spokesperson to take it: for the CFO/CAO at once. */
	INQUIRY_NO_SPOKESPERSON("inquiry.no-spokesperson"),

	/** No spokesperson took an inquiry within one business day: for the CFO/CAO. */
	INQUIRY_ESCALATED("inquiry.escalated"),

	/** The CFO/CAO gave an inquiry to the recipient, a spokesperson. */
	INQUIRY_ASSIGNED("inquiry.assigned"),

	/** The inquiry the recipient recorded was answered or declined. */
	INQUIRY_OUTCOME("inquiry.outcome"),

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
	TRADING_FORM4_DUE("trading.form4"),

	// roles (to the Audit Committee)

	/** A handler role was asked for someone and awaits approval. */
	ROLE_GRANT_REQUESTED("people.role.requested"),

	/** A handler role or the administrator's role was granted. */
	ROLE_GRANTED("people.role.granted"),

	/** A handler role or the administrator's role was revoked. */
	ROLE_REVOKED("people.role.revoked"),

	/**
	 * Roles changed in the realm outside Conduct were put back as the directory has them.
	 */
	ROLE_DRIFT_REPAIRED("people.role.drift");

	private final String templateKey;

	NotificationKind(String templateKey) {
		this.templateKey = templateKey;
	}

	/** The key of its texts, also what the outbox records as the notification's kind. */
	public String templateKey() {
		return this.templateKey;
	}

}
