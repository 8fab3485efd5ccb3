package io.conduct.certifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Works the reminder and escalation ladder of the current tenant's pending
 * certifications. Each step first writes its notifications (keyed by assignment, step and
 * recipient, so writing again keeps one) and then records the step, so a run interrupted
 * between the two sends nothing twice when it resumes.
 */
@Component
class CertificationLadder {

	private static final Logger logger = LoggerFactory.getLogger(CertificationLadder.class);

	private static final int BATCH = 200;

	private static final java.time.Duration RECHECK = java.time.Duration.ofDays(7);

	private final CampaignStore store;

	private final CertificationCalendar calendar;

	private final PeopleDirectory people;

	private final Notifications notifications;

	CertificationLadder(CampaignStore store, CertificationCalendar calendar, PeopleDirectory people,
			Notifications notifications) {
		this.store = store;
		this.calendar = calendar;
		this.people = people;
		this.notifications = notifications;
	}

	/**
	 * Takes every step that has fallen due by {@code now}; returns how many were taken.
	 */
	int advance(Instant now) {
		Tenant tenant = TenantContext.required();
		EscalationLadder ladder = this.calendar.settings().ladder();
		Map<String, CertificationCampaign> open = new java.util.HashMap<>();
		this.store.openCampaigns().forEach((c) -> open.put(c.id(), c));
		List<Person> cfoCaos = this.people.holdersOf(Role.CFO_CAO);
		int taken = 0;
		Set<String> seen = new HashSet<>();
		while (true) {
			// a handled assignment's next step lies ahead, so it leaves the list; one
			// that
			// stays (its update failed) is not taken twice in a round
			List<CertificationAssignment> batch = this.store.ladderDue(now, BATCH)
				.stream()
				.filter((a) -> seen.add(a.id()))
				.toList();
			if (batch.isEmpty()) {
				break;
			}
			Map<String, Person> involved = peopleOf(batch);
			List<NotificationRequest> notifications = new ArrayList<>();
			List<CampaignStore.StepsTaken> steps = new ArrayList<>();
			for (CertificationAssignment assignment : batch) {
				advance(assignment, open.get(assignment.campaignId()), ladder, involved, cfoCaos, tenant, now)
					.ifPresent((step) -> {
						notifications.addAll(step.notifications());
						steps.add(step.taken());
					});
			}
			// the notifications first, then the steps: a round cut short in between
			// writes
			// the same notifications again, which keeps one of each
			this.notifications.enqueueAll(notifications);
			this.store.recordSteps(steps);
			taken += steps.stream().mapToInt((t) -> t.steps().size()).sum();
		}
		return taken;
	}

	private Optional<Taken> advance(CertificationAssignment assignment, CertificationCampaign campaign,
			EscalationLadder ladder, Map<String, Person> involved, List<Person> cfoCaos, Tenant tenant, Instant now) {
		Person person = involved.get(assignment.personId());
		if (person == null || !person.isActive()) {
			// the person left: nothing is owed any more
			this.store.withdraw(assignment.id());
			return Optional.empty();
		}
		if (campaign == null) {
			// the campaign closed: the ladder stops
			return Optional
				.of(new Taken(List.of(), new CampaignStore.StepsTaken(assignment.id(), List.of(), null, null)));
		}
		EscalationLadder.Progress progress = ladder.progress(assignment.steps(), assignment.assignedAt(),
				assignment.dueAt(), tenant.zoneId(), now);
		List<NotificationRequest> notifications = new ArrayList<>();
		List<String> done = new ArrayList<>();
		for (EscalationLadder.Step step : progress.toSend()) {
			List<Person> recipients = recipients(step, person, involved, cfoCaos);
			if (recipients.isEmpty() && step.audience() == Escalation.Audience.CFO_CAO) {
				logger.warn("No CFO/CAO in the directory to tell of overdue certification {}", assignment.id());
			}
			for (Person recipient : recipients) {
				notifications.add(new NotificationRequest(assignment.id() + "|" + step.name() + "|" + recipient.id(),
						step.escalation().step().notification(),
						new NotificationRequest.Recipient(recipient.id(), recipient.email(), recipient.locale()),
						arguments(step, recipient, person, campaign, assignment)));
			}
			done.add(step.name());
		}
		progress.toSkip().forEach((step) -> done.add(step.name()));
		boolean overdue = !now.isBefore(assignment.dueAt()) && assignment.overdueSince() == null;
		// once the ladder is done, a weekly look still withdraws what someone who left
		// owed
		Instant next = (progress.nextAt() != null) ? progress.nextAt() : now.plus(RECHECK);
		return Optional.of(new Taken(notifications,
				new CampaignStore.StepsTaken(assignment.id(), done, next, overdue ? assignment.dueAt() : null)));
	}

	/**
	 * What a ladder step writes.
	 *
	 * @param notifications the notifications to write
	 * @param taken the steps to record once they are written
	 */
	private record Taken(List<NotificationRequest> notifications, CampaignStore.StepsTaken taken) {
	}

	private static List<Person> recipients(EscalationLadder.Step step, Person person, Map<String, Person> involved,
			List<Person> cfoCaos) {
		return switch (step.audience()) {
			case PERSON -> List.of(person);
			case SUPERVISOR -> Stream.ofNullable(involved.get(person.supervisorId())).filter(Person::isActive).toList();
			case CFO_CAO -> cfoCaos.stream().filter((cfo) -> !cfo.id().equals(person.id())).toList();
		};
	}

	private static List<Object> arguments(EscalationLadder.Step step, Person recipient, Person person,
			CertificationCampaign campaign, CertificationAssignment assignment) {
		List<Object> arguments = new ArrayList<>(
				List.of(recipient.displayName(), campaign.name(), assignment.dueDate()));
		if (step.escalation().step() == Escalation.Step.REMINDER) {
			arguments.add(step.escalation().daysBeforeDue());
		}
		else if (step.audience() != Escalation.Audience.PERSON) {
			arguments.add(person.displayName());
			arguments.add(Objects.requireNonNullElse(person.department(), "-"));
		}
		return arguments;
	}

	/** The batch's people and their supervisors, in two queries. */
	private Map<String, Person> peopleOf(List<CertificationAssignment> batch) {
		Set<String> ids = new HashSet<>();
		batch.forEach((a) -> ids.add(a.personId()));
		Map<String, Person> found = new java.util.HashMap<>(this.people.findAll(ids));
		Set<String> supervisors = new HashSet<>();
		found.values().forEach((p) -> {
			if (p.supervisorId() != null && !found.containsKey(p.supervisorId())) {
				supervisors.add(p.supervisorId());
			}
		});
		if (!supervisors.isEmpty()) {
			found.putAll(this.people.findAll(supervisors));
		}
		return found;
	}

}
