package io.conduct.waivers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.conduct.cases.AllegationSubstantiated;
import io.conduct.cases.MeasureDecided;
import io.conduct.notifications.NotificationKind;
import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.waivers.ImplicitWaiverPrompt.Answer;
import io.conduct.waivers.ImplicitWaiverPrompt.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Implicit waivers: a case found a violation by an executive officer or a director (a
 * substantiated allegation whose subject is one) and no measure on them in that case
 * followed within the tenant's number of days; the CFO/CAO (or, when the CFO/CAO is the
 * person concerned, the Audit Committee) is asked whether not acting is a waiver of the
 * Code to be disclosed. Cases publish the findings and the measures; the prompts are
 * raised by the scheduled round, once.
 */
@Service
class ImplicitWaivers {

	static final String ANSWERERS = "hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE')";

	static final int MAX_NOTE = 2_000;

	private static final Logger logger = LoggerFactory.getLogger(ImplicitWaivers.class);

	/** The system follows cases' events as the tenant's CFO/CAO would. */
	private static final Set<Role> SYSTEM = EnumSet.of(Role.CFO_CAO, Role.TENANT_ADMIN);

	private static final Set<Stage> SHOWN = EnumSet.of(Stage.OPEN, Stage.ANSWERED, Stage.MEASURE_DECIDED);

	private final ImplicitWaiverStore store;

	private final WaiverSettingsService settings;

	private final DisclosureDeadlines deadlines;

	private final PublicDisclosures disclosures;

	private final PeopleDirectory people;

	private final Notifications notifications;

	private final TenantRegistry tenants;

	private final AuditTrail audit;

	private final Clock clock;

	ImplicitWaivers(ImplicitWaiverStore store, WaiverSettingsService settings, DisclosureDeadlines deadlines,
			PublicDisclosures disclosures, PeopleDirectory people, Notifications notifications, TenantRegistry tenants,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.deadlines = deadlines;
		this.disclosures = disclosures;
		this.people = people;
		this.notifications = notifications;
		this.tenants = tenants;
		this.audit = audit;
		this.clock = clock;
	}

	/** Watches a substantiated allegation against an executive officer or a director. */
	@EventListener
	void on(AllegationSubstantiated substantiated) {
		asSystem(substantiated.tenantKey(), () -> {
			Optional<Person> subject = this.people.find(substantiated.subjectPersonId());
			if (subject.isPresent() && subject.get().type().isExecutiveOrDirector()) {
				this.store.watch(ImplicitWaiverPrompt.watching(substantiated.caseId(), substantiated.allegationId(),
						substantiated.subjectPersonId(), substantiated.at()));
			}
		});
	}

	/** A measure on the person in the case ends the watch (and an open prompt). */
	@EventListener
	void on(MeasureDecided decided) {
		asSystem(decided.tenantKey(),
				() -> this.store.measureDecided(decided.caseId(), decided.personId(), decided.at()));
	}

	private void asSystem(String tenantKey, Runnable work) {
		try {
			Tenant tenant = this.tenants.findByKey(tenantKey).orElseThrow();
			SystemActor.runAs(tenant, SYSTEM, work);
		}
		catch (RuntimeException ex) {
			// the case's own change is stored; losing the watch must not undo it
			logger.warn("Implicit-waiver watch of tenant {} not updated", tenantKey, ex);
		}
	}

	/**
	 * Raises the prompts whose days have passed in the current tenant: notifies first
	 * (keyed, so a repeat writes nothing), then marks the prompt raised. Runs as the
	 * system.
	 * @return how many were raised
	 */
	int raiseDue(Instant now) {
		int days = this.settings.currentForSystem().implicitWaiverPromptDays();
		List<ImplicitWaiverPrompt> due = this.store.watchedSince(now.minus(Duration.ofDays(days)), 200);
		int raised = 0;
		for (ImplicitWaiverPrompt prompt : due) {
			Optional<Person> subject = this.people.find(prompt.subjectPersonId());
			String name = subject.map(Person::displayName).orElse("an executive officer or director");
			LocalDate substantiated = LocalDate.ofInstant(prompt.substantiatedAt(), TenantContext.required().zoneId());
			List<NotificationRequest> notices = new ArrayList<>();
			for (Person recipient : askedAbout(prompt.subjectPersonId())) {
				notices.add(new NotificationRequest("implicit-waiver:" + prompt.id() + ":" + recipient.id(),
						NotificationKind.WAIVER_IMPLICIT_PROMPT,
						new NotificationRequest.Recipient(recipient.id(), recipient.email(), recipient.locale()),
						List.of(recipient.displayName(), name, days, substantiated)));
			}
			this.notifications.enqueueAll(notices);
			if (this.store.raise(prompt.id(), days, now).isPresent()) {
				this.audit.record("waiver.implicit.prompt", ImplicitWaiverPrompt.TYPE, prompt.id(),
						Map.of("days", String.valueOf(days)));
				raised++;
			}
		}
		return raised;
	}

	/**
	 * The CFO/CAO holders, or the Audit Committee when the CFO/CAO is the person
	 * concerned.
	 */
	private List<Person> askedAbout(String subjectPersonId) {
		List<Person> cfo = this.people.holdersOf(Role.CFO_CAO)
			.stream()
			.filter((p) -> !p.id().equals(subjectPersonId))
			.toList();
		if (!cfo.isEmpty()) {
			return cfo;
		}
		return this.people.holdersOf(Role.AUDIT_COMMITTEE)
			.stream()
			.filter((p) -> !p.id().equals(subjectPersonId))
			.toList();
	}

	/** Prompts raised, oldest first, never those about the caller. */
	@PreAuthorize(ANSWERERS)
	public List<ImplicitWaiverPrompt> page(Stage stage, Paging paging) {
		Caller caller = Caller.current(this.people);
		return this.store.page((stage != null) ? Set.of(stage) : SHOWN, caller.personId(), paging);
	}

	@PreAuthorize(ANSWERERS)
	public Optional<ImplicitWaiverPrompt> find(String id) {
		Caller caller = Caller.current(this.people);
		return Optional.ofNullable(id).flatMap(this.store::findById).filter((p) -> visibleTo(p, caller));
	}

	/** Prompts by id for batch loading, for those who may see them. */
	Map<String, ImplicitWaiverPrompt> findAll(Collection<String> ids, Caller caller) {
		if (ids.isEmpty() || !(caller.has(Role.CFO_CAO) || caller.has(Role.AUDIT_COMMITTEE))) {
			return Map.of();
		}
		Map<String, ImplicitWaiverPrompt> found = new java.util.HashMap<>();
		this.store.findAll(ids).stream().filter((p) -> visibleTo(p, caller)).forEach((p) -> found.put(p.id(), p));
		return found;
	}

	private static boolean visibleTo(ImplicitWaiverPrompt prompt, Caller caller) {
		return SHOWN.contains(prompt.stage()) && !prompt.subjectPersonId().equals(caller.personId());
	}

	/**
	 * Answers an open prompt; a waiver starts its disclosure clock from today in the
	 * listing's zone. Refused: the person concerned, a prompt not open, a day the
	 * listing's calendar cannot count from.
	 */
	@PreAuthorize(ANSWERERS)
	public Outcome<ImplicitWaiverPrompt> answer(String promptId, Answer answer, String note) {
		Caller caller = Caller.current(this.people);
		Optional<ImplicitWaiverPrompt> found = Optional.ofNullable(promptId)
			.flatMap(this.store::findById)
			.filter((p) -> SHOWN.contains(p.stage()));
		if (found.isEmpty()) {
			return Outcome.rejected("implicitWaiverPromptId", UserErrorCode.NOT_FOUND, "No such prompt");
		}
		ImplicitWaiverPrompt prompt = found.get();
		Validation validation = new Validation();
		if (answer == null) {
			validation.reject("answer", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("note", note, MAX_NOTE);
		if (prompt.subjectPersonId().equals(caller.personId())) {
			validation.reject("implicitWaiverPromptId", UserErrorCode.NOT_ALLOWED,
					"Nobody answers a prompt about themselves");
		}
		else if (prompt.stage() != Stage.OPEN) {
			validation.reject("implicitWaiverPromptId", UserErrorCode.DECIDED, "The prompt is " + prompt.stage());
		}
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.now(this.clock.withZone(this.deadlines.zoneOf(tenant)));
		DisclosureDeadlines.Deadline deadline = null;
		if (answer == Answer.IS_WAIVER && !validation.hasErrors()) {
			deadline = this.deadlines.orReject(validation, "answer", tenant, today);
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Update update = new Update().set("stage", Stage.ANSWERED)
			.set("answer", answer)
			.set("answerNote", note.strip())
			.set("answeredByPersonId", caller.personId())
			.set("answeredBySubject", caller.subject())
			.set("answeredAt", now);
		if (answer == Answer.IS_WAIVER) {
			update.set("disclosureClockId", clockIdOf(prompt)).set("clockPending", true);
		}
		Optional<ImplicitWaiverPrompt> answered = this.store.answer(prompt.id(), update);
		if (answered.isEmpty()) {
			return Outcome.rejected("implicitWaiverPromptId", UserErrorCode.DECIDED,
					"The prompt was answered or closed at the same time");
		}
		this.audit.record("waiver.implicit.answer", ImplicitWaiverPrompt.TYPE, prompt.id(),
				Map.of("answer", answer.name()));
		if (deadline != null) {
			openClock(answered.get(), deadline);
		}
		return Outcome.of(answered.get());
	}

	/** Writes the clocks of answers whose step was cut short; runs as the system. */
	int finishPendingClocks() {
		int finished = 0;
		Tenant tenant = TenantContext.required();
		for (ImplicitWaiverPrompt prompt : this.store.withClockPending(100)) {
			try {
				openClock(prompt, this.deadlines.compute(tenant,
						LocalDate.ofInstant(prompt.answeredAt(), this.deadlines.zoneOf(tenant))));
				finished++;
			}
			catch (RuntimeException ex) {
				logger.warn("Disclosure clock of implicit waiver {} not written: {}", prompt.id(), ex.getMessage());
			}
		}
		return finished;
	}

	private void openClock(ImplicitWaiverPrompt prompt, DisclosureDeadlines.Deadline deadline) {
		String name = this.people.find(prompt.subjectPersonId()).map(Person::displayName).orElse("a person");
		this.disclosures.open(PublicDisclosureClock.open(clockIdOf(prompt),
				PublicDisclosureClock.Subject.IMPLICIT_WAIVER, null, prompt.id(), null, prompt.subjectPersonId(),
				"the implicit waiver for " + name + " (no measure after a substantiated finding)", deadline,
				this.clock.instant()));
		this.store.clockWritten(prompt.id());
	}

	private static String clockIdOf(ImplicitWaiverPrompt prompt) {
		return "implicit-" + prompt.id();
	}

}
