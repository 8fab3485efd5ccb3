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
