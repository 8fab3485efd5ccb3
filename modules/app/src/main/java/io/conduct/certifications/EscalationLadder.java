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

	/** Every step for an assignment, in time order. */
	List<Step> steps(Instant assignedAt, Instant dueAt, ZoneId zone) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(Escalation.INVITATION, assignedAt));
		for (int days : this.reminderDaysBefore) {
			Instant at = dueAt.atZone(zone).minusDays(days).toInstant();
			if (at.isAfter(assignedAt)) {
				steps.add(new Step(Escalation.reminder(days), at));
			}
		}
		steps.add(new Step(Escalation.OVERDUE, dueAt));
		steps.add(new Step(Escalation.SUPERVISOR, dueAt.atZone(zone).plusDays(this.supervisorAfterDays).toInstant()));
		steps.add(new Step(Escalation.CFO_CAO, dueAt.atZone(zone).plusDays(this.cfoCaoAfterDays).toInstant()));
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
			else if (step.escalation().step() == Escalation.Step.REMINDER && !now.isBefore(dueAt)) {
				toSkip.add(step);
			}
			else {
				toSend.add(step);
			}
		}
		return new Progress(toSend, toSkip, next);
	}

	/**
	 * A step of the ladder at its moment.
	 *
	 * @param escalation the step
	 * @param at when it falls due
	 */
	record Step(Escalation escalation, Instant at) {

		/** The name recorded once it is done. */
		String name() {
			return this.escalation.recorded();
		}

		Escalation.Audience audience() {
			return this.escalation.step().audience();
		}

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
