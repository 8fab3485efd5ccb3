package io.conduct.certifications;

import io.conduct.notifications.NotificationKind;

/**
 * A step of the reminder and escalation ladder as an assignment records it: the step, and
 * for a reminder how many days before the due date. Recorded as its name
 * ({@code INVITATION}, {@code REMINDER_7}, ...), so a step recorded twice is one.
 *
 * @param step which step
 * @param daysBeforeDue for a reminder, the days before the due date; otherwise
 * {@code null}
 */
record Escalation(Step step, Integer daysBeforeDue) {

	private static final String REMINDER_PREFIX = "REMINDER_";

	static final Escalation INVITATION = new Escalation(Step.INVITATION, null);

	static final Escalation OVERDUE = new Escalation(Step.OVERDUE, null);

	static final Escalation SUPERVISOR = new Escalation(Step.SUPERVISOR, null);

	static final Escalation CFO_CAO = new Escalation(Step.CFO_CAO, null);

	static Escalation reminder(int daysBeforeDue) {
		return new Escalation(Step.REMINDER, daysBeforeDue);
	}

	/** The step a recorded name stands for. */
	static Escalation parse(String recorded) {
		if (recorded.startsWith(REMINDER_PREFIX)) {
			return reminder(Integer.parseInt(recorded.substring(REMINDER_PREFIX.length())));
		}
		return new Escalation(Step.valueOf(recorded), null);
	}

	/** The name an assignment records. */
	String recorded() {
		return (this.step == Step.REMINDER) ? REMINDER_PREFIX + this.daysBeforeDue : this.step.name();
	}

	/** The steps of the ladder, each with whom it notifies and how. */
	enum Step {

		/** The person is asked to certify. */
		INVITATION(Audience.PERSON, NotificationKind.CERTIFICATION_INVITATION),

		/** The person is reminded some days before the due date. */
		REMINDER(Audience.PERSON, NotificationKind.CERTIFICATION_REMINDER),

		/** The person is told the certification is overdue. */
		OVERDUE(Audience.PERSON, NotificationKind.CERTIFICATION_OVERDUE),

		/** The person's supervisor is told. */
		SUPERVISOR(Audience.SUPERVISOR, NotificationKind.CERTIFICATION_ESCALATION_SUPERVISOR),

		/** The CFO/CAO is told. */
		CFO_CAO(Audience.CFO_CAO, NotificationKind.CERTIFICATION_ESCALATION_CFO);

		private final Audience audience;

		private final NotificationKind notification;

		Step(Audience audience, NotificationKind notification) {
			this.audience = audience;
			this.notification = notification;
		}

		Audience audience() {
			return this.audience;
		}

		NotificationKind notification() {
			return this.notification;
		}

	}

	/** Who a step notifies. */
	enum Audience {

		PERSON, SUPERVISOR, CFO_CAO

	}

}
