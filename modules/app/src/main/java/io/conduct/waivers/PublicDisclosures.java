package io.conduct.waivers;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.waivers.PublicDisclosureClock.Disclosure;
import io.conduct.waivers.PublicDisclosureClock.Method;
import io.conduct.waivers.PublicDisclosureClock.ReminderKind;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The public-disclosure clocks: visible with their due date and overdue state to the
 * CFO/CAO, the Board and the Audit Committee, who are reminded the business day before,
 * on the day and once overdue; the CFO/CAO records the disclosure (a Form 8-K filing or a
 * website posting) with the days its duties last until (the posting online for 12 months,
 * the record kept for 5 years).
 */
@Service
class PublicDisclosures {

	static final String READERS = "hasAnyRole('CFO_CAO', 'BOARD', 'AUDIT_COMMITTEE')";

	/** Who is reminded of a disclosure falling due. */
	static final List<Role> REMINDED = List.of(Role.CFO_CAO, Role.BOARD, Role.AUDIT_COMMITTEE);

	static final int MAX_REFERENCE = 100;

	static final int MAX_URL = 2_000;

	private static final int REMINDER_BATCH = 500;

	private final PublicDisclosureClockStore store;

	private final DisclosureDeadlines deadlines;

	private final PeopleDirectory people;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	PublicDisclosures(PublicDisclosureClockStore store, DisclosureDeadlines deadlines, PeopleDirectory people,
			Notifications notifications, AuditTrail audit, Clock clock) {
		this.store = store;
		this.deadlines = deadlines;
		this.people = people;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens a clock, once; the callers checked their roles. */
	PublicDisclosureClock open(PublicDisclosureClock clock) {
		PublicDisclosureClock opened = this.store.open(clock);
		this.audit.record("public-disclosure.clock.open", PublicDisclosureClock.TYPE, opened.id(),
				Map.of("dueDate", opened.dueDate().toString(), "rule", opened.rule().name()));
		return opened;
	}

	@PreAuthorize(READERS)
	public List<PublicDisclosureClock> page(PublicDisclosureClockStore.Filter filter, Paging paging) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.deadlines.zoneOf(TenantContext.required())));
		return this.store.page((filter != null) ? filter : PublicDisclosureClockStore.Filter.NONE, today, paging);
	}

	@PreAuthorize(READERS)
	public Optional<PublicDisclosureClock> find(String id) {
		return this.store.findById(id);
	}

	/**
	 * Clocks by id, in one query, for batch loading; the caller checked that the clocks'
	 * readers ask ({@link #isReader}).
	 */
	Map<String, PublicDisclosureClock> findAll(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.store.findAll(ids)
			.stream()
			.collect(Collectors.toMap(PublicDisclosureClock::id, Function.identity()));
	}

	/** Whether the caller may read disclosure clocks. */
	static boolean isReader(java.util.Set<Role> roles) {
		return REMINDED.stream().anyMatch(roles::contains);
	}

	/**
	 * The day in the clock's zone (the listing's), which decides whether it is overdue.
	 */
	LocalDate today(PublicDisclosureClock clock) {
		return LocalDate.now(this.clock.withZone(clock.zone()));
	}

	/**
	 * Records how a waiver or an amendment was disclosed. Refused, with nothing stored:
	 * an unknown clock, a method without its fields (or with the other method's), a day
	 * in the future or before the decision, an address that is not http(s), a disclosure
	 * recorded already.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<PublicDisclosureClock> record(String clockId, Method method, LocalDate filingDate,
			String filingReference, String url, LocalDate postingDate) {
		Optional<PublicDisclosureClock> found = Optional.ofNullable(clockId).flatMap(this.store::findById);
		if (found.isEmpty()) {
			return Outcome.rejected("publicDisclosureClockId", UserErrorCode.NOT_FOUND, "No such disclosure clock");
		}
		PublicDisclosureClock clock = found.get();
		Validation validation = new Validation();
		LocalDate day = null;
		if (method == null) {
			validation.reject("method", UserErrorCode.REQUIRED, "Required");
		}
		else if (method == Method.FORM_8K) {
			day = requiredDay(validation, "filingDate", filingDate, clock);
			validation.text("filingReference", filingReference, MAX_REFERENCE);
			onlyFor(validation, "url", url, "a website posting");
			onlyFor(validation, "postingDate", postingDate, "a website posting");
		}
		else {
			day = requiredDay(validation, "postingDate", postingDate, clock);
			if (validation.text("url", url, MAX_URL) && !isWebAddress(url.strip())) {
				validation.reject("url", UserErrorCode.INVALID, "Must be an http or https address");
			}
			onlyFor(validation, "filingDate", filingDate, "a Form 8-K filing");
			onlyFor(validation, "filingReference", filingReference, "a Form 8-K filing");
		}
		if (clock.status() == PublicDisclosureClock.Status.DISCLOSED) {
			validation.reject("publicDisclosureClockId", UserErrorCode.ALREADY_DISCLOSED,
					"The disclosure was recorded on " + clock.disclosure().recordedAt());
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Caller caller = Caller.current(this.people);
		Disclosure disclosure = new Disclosure(method, (method == Method.FORM_8K) ? filingDate : null,
				(method == Method.FORM_8K) ? filingReference.strip() : null,
				(method == Method.WEBSITE) ? url.strip() : null, (method == Method.WEBSITE) ? postingDate : null, day,
				!day.isAfter(clock.dueDate()),
				(method == Method.WEBSITE) ? day.plusMonths(clock.websiteAvailableMonths()) : null,
				day.plusYears(clock.recordKeptYears()), caller.personId(), caller.name(), this.clock.instant());
		Optional<PublicDisclosureClock> recorded = this.store.recordDisclosure(clock.id(), disclosure);
		if (recorded.isEmpty()) {
			return Outcome.rejected("publicDisclosureClockId", UserErrorCode.ALREADY_DISCLOSED,
					"The disclosure was recorded already");
		}
		this.audit.record("public-disclosure.record", PublicDisclosureClock.TYPE, clock.id(), Map.of("method",
				method.name(), "disclosedOn", day.toString(), "onTime", String.valueOf(disclosure.onTime())));
		return Outcome.of(recorded.get());
	}

	private LocalDate requiredDay(Validation validation, String field, LocalDate day, PublicDisclosureClock clock) {
		if (day == null) {
			validation.reject(field, UserErrorCode.REQUIRED, "Required");
			return null;
		}
		if (day.isAfter(today(clock))) {
			validation.reject(field, UserErrorCode.OUT_OF_RANGE, "Must not be in the future");
		}
		else if (day.isBefore(clock.decisionDate())) {
			validation.reject(field, UserErrorCode.OUT_OF_RANGE,
					"Must not be before the decision of " + clock.decisionDate());
		}
		return day;
	}

	private static void onlyFor(Validation validation, String field, Object value, String what) {
		if (value != null) {
			validation.reject(field, UserErrorCode.INVALID, "Only for " + what);
		}
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The reminders due in the current tenant: the business day before the due date, on
	 * the day, and once after it while nothing is recorded; each written once to every
	 * CFO/CAO, Board member and Audit Committee member (keyed notifications first, then
	 * the clock, so a round cut short repeats nothing). A round that comes late sends
	 * only the latest reminder due. Runs as the system.
	 * @return how many reminders were recorded
	 */
	int sendReminders(Instant now) {
		// the latest day anywhere on earth: no clock's day is later
		List<PublicDisclosureClock> due = this.store.remindersDueBy(LocalDate.ofInstant(now, ZoneOffset.MAX),
				REMINDER_BATCH);
		if (due.isEmpty()) {
			return 0;
		}
		List<Person> recipients = reminded();
		int recorded = 0;
		for (PublicDisclosureClock clock : due) {
			LocalDate today = LocalDate.ofInstant(now, clock.zone());
			if (today.isBefore(clock.nextReminderOn())) {
				continue;
			}
			ReminderKind kind = today.isAfter(clock.dueDate()) ? ReminderKind.OVERDUE
					: today.isEqual(clock.dueDate()) ? ReminderKind.DUE_DAY : ReminderKind.DAY_BEFORE;
			LocalDate next = switch (kind) {
				case DAY_BEFORE -> clock.dueDate();
				case DUE_DAY -> clock.dueDate().plusDays(1);
				case OVERDUE -> null;
			};
			List<NotificationRequest> requests = new ArrayList<>();
			for (Person person : recipients) {
				requests.add(new NotificationRequest("public-disclosure:" + clock.id() + ":" + kind + ":" + person.id(),
						WaiverNotifications.disclosureKind(kind),
						new NotificationRequest.Recipient(person.id(), person.email(), person.locale()),
						List.of(person.displayName(), clock.description(), clock.dueDate(), clock.explanation())));
			}
			this.notifications.enqueueAll(requests);
			if (this.store
				.recordReminder(clock.id(), new PublicDisclosureClock.Reminder(kind, today, now, requests.size()), next)
				.isPresent()) {
				recorded++;
			}
		}
		return recorded;
	}

	private List<Person> reminded() {
		Map<String, Person> byId = new LinkedHashMap<>();
		for (Role role : REMINDED) {
			this.people.holdersOf(role).forEach((p) -> byId.putIfAbsent(p.id(), p));
		}
		return List.copyOf(byId.values());
	}

}
