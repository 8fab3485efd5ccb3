package io.conduct.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladder's steps and timing, counted in days of the tenant's zone.
 */
class EscalationLadderTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final EscalationLadder ladder = new EscalationLadder(List.of(7, 1), 3, 10);

	// due on 31 March 2027: the end of that day in Berlin, after the switch to summer
	// time
	private final Instant dueAt = Campaigns.endOf(LocalDate.of(2027, 3, 31), BERLIN);

	private final Instant assignedAt = Instant.parse("2027-03-01T08:00:00Z");

	@Test
	void aDueDateIsTheEndOfThatDayInTheTenantsZone() {
		assertThat(this.dueAt).isEqualTo(Instant.parse("2027-03-31T22:00:00Z"));
		assertThat(Campaigns.endOf(LocalDate.of(2027, 12, 31), ZoneId.of("Asia/Tokyo")))
			.isEqualTo(Instant.parse("2027-12-31T15:00:00Z"));
	}

	@Test
	void invitationRemindersThenOverdueSupervisorAndCfoCaoInThatOrder() {
		var steps = this.ladder.steps(this.assignedAt, this.dueAt, BERLIN);

		assertThat(steps).extracting(EscalationLadder.Step::name)
			.containsExactly("INVITATION", "REMINDER_7", "REMINDER_1", "OVERDUE", "SUPERVISOR", "CFO_CAO");
		// seven days before, across the switch to summer time on 28 March: midnight in
		// Berlin
		assertThat(steps.get(1).at()).isEqualTo(Instant.parse("2027-03-24T23:00:00Z"));
		assertThat(steps.get(4).at()).isEqualTo(Instant.parse("2027-04-03T22:00:00Z"));
		assertThat(steps.get(5).at()).isEqualTo(Instant.parse("2027-04-10T22:00:00Z"));
	}

	@Test
	void eachStepFallsDueOnceAndTheNextIsKnown() {
		var atStart = this.ladder.progress(List.of(), this.assignedAt, this.dueAt, BERLIN, this.assignedAt);
		var weekBefore = this.ladder.progress(List.of("INVITATION"), this.assignedAt, this.dueAt, BERLIN,
				Instant.parse("2027-03-25T06:00:00Z"));

		assertThat(atStart.toSend()).extracting(EscalationLadder.Step::name).containsExactly("INVITATION");
		assertThat(atStart.nextAt()).isEqualTo(Instant.parse("2027-03-24T23:00:00Z"));
		assertThat(weekBefore.toSend()).extracting(EscalationLadder.Step::name).containsExactly("REMINDER_7");
		assertThat(weekBefore.nextAt()).isEqualTo(Instant.parse("2027-03-30T22:00:00Z"));
	}

	@Test
	void remindersThatCameDueTooLateAreSkippedNotSentAfterTheDueDate() {
		var late = this.ladder.progress(List.of("INVITATION"), this.assignedAt, this.dueAt, BERLIN,
				Instant.parse("2027-04-05T12:00:00Z"));

		assertThat(late.toSkip()).extracting(EscalationLadder.Step::name).containsExactly("REMINDER_7", "REMINDER_1");
		assertThat(late.toSend()).extracting(EscalationLadder.Step::name).containsExactly("OVERDUE", "SUPERVISOR");
		assertThat(late.nextAt()).isEqualTo(Instant.parse("2027-04-10T22:00:00Z"));
	}

	@Test
	void aShortDeadlineLeavesOutRemindersBeforeTheAssignmentAndTheLadderEnds() {
		Instant assignedLate = Instant.parse("2027-03-29T10:00:00Z");

		var steps = this.ladder.steps(assignedLate, this.dueAt, BERLIN);
		var done = this.ladder.progress(steps.stream().map(EscalationLadder.Step::name).toList(), assignedLate,
				this.dueAt, BERLIN, Instant.parse("2027-06-01T00:00:00Z"));

		assertThat(steps).extracting(EscalationLadder.Step::name).doesNotContain("REMINDER_7").contains("REMINDER_1");
		assertThat(done.toSend()).isEmpty();
		assertThat(done.nextAt()).isNull();
	}

}
