package io.conduct.certifications;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The reminder and escalation ladder of one pending certification: an invitation when
 * assigned, reminders some days before the due date, then after it an overdue notice to
 * the person, later one to their supervisor, and later one to the CFO/CAO. Days are
 * counted in the tenant's zone. A reminder whose moment passed with the due date is
 * skipped, not sent late.
 *
 * @param reminderDaysBefore reminders this many days before the due date
 * @param supervisorAfterDays days overdue before the supervisor is told
 * @param cfoCaoAfterDays days overdue before the CFO/CAO is told
 */
record EscalationLadder(List<Integer> reminderDaysBefore, int supervisorAfterDays, int cfoCaoAfterDays) {

	static final String INVITATION = "INVITATION";

	static final String OVERDUE = "OVERDUE";

	static final String SUPERVISOR = "SUPERVISOR";

	static final String CFO_CAO = "CFO_CAO";

	static String reminder(int daysBefore) {
		return "REMINDER_" + daysBefore;
	}

	/** Every step for an assignment, in time order. */
	List<Step> steps(Instant assignedAt, Instant dueAt, ZoneId zone) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(INVITATION, assignedAt, Audience.PERSON));
		for (int days : this.reminderDaysBefore) {
			Instant at = dueAt.atZone(zone).minusDays(days).toInstant();
			if (at.isAfter(assignedAt)) {
				steps.add(new Step(reminder(days), at, Audience.PERSON));
			}
		}
		steps.add(new Step(OVERDUE, dueAt, Audience.PERSON));
		steps.add(new Step(SUPERVISOR, dueAt.atZone(zone).plusDays(this.supervisorAfterDays).toInstant(),
				Audience.SUPERVISOR));
		steps.add(new Step(CFO_CAO, dueAt.atZone(zone).plusDays(this.cfoCaoAfterDays).toInstant(), Audience.CFO_CAO));
		steps.sort(Comparator.comparing(Step::at));
		return steps;
	}

	/** What falls due now, given the steps already done, and when the next one will. */
	Progress progress(Collection<String> done, Instant assignedAt, Instant dueAt, ZoneId zone, Instant now) {
		List<Step> toSend = new ArrayList<>();
		List<Step> toSkip = new ArrayList<>();
		Instant next = null;
		for (Step step : steps(assignedAt, dueAt, zone)) {
			if (done.contains(step.name())) {
				continue;
			}
			if (step.at().isAfter(now)) {
				next = (next == null || step.at().isBefore(next)) ? step.at() : next;
			}
			else if (step.name().startsWith("REMINDER_") && !now.isBefore(dueAt)) {
				toSkip.add(step);
			}
			else {
				toSend.add(step);
			}
		}
		return new Progress(toSend, toSkip, next);
	}

	/** Who a step notifies. */
	enum Audience {

		PERSON, SUPERVISOR, CFO_CAO

	}

	/**
	 * A step of the ladder.
	 *
	 * @param name its name, recorded once done
	 * @param at when it falls due
	 * @param audience who it notifies
	 */
	record Step(String name, Instant at, Audience audience) {
	}

	/**
	 * The ladder's state at a moment.
	 *
	 * @param toSend steps due now
	 * @param toSkip reminders that came due too late to matter
	 * @param nextAt when the next step falls due, or {@code null} when none is left
	 */
	record Progress(List<Step> toSend, List<Step> toSkip, Instant nextAt) {
	}

}
