package io.conduct.inquiries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.calendars.BusinessCalendars;
import io.conduct.calendars.CalendarNotConfiguredException;
import io.conduct.calendars.CalendarYearNotLoadedException;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Inquiries as the Code's CONFIDENTIALITY section has them handled. Anyone who receives
 * one records it and is shown what the Code asks of them; it goes at once to the tenant's
 * authorized spokespersons and the recorder's supervisor (to the CFO/CAO too when it may
 * concern material non-public information, or when there is no spokesperson); only a
 * spokesperson takes it and records the answer or the refusal, since "all responses to
 * inquiries on behalf of the Company must be made only by the Company's authorized
 * spokespersons".
 *
 * <p>
 * A spokesperson may take an inquiry they recorded themselves: the Code exempts the
 * authorized spokespersons from the duty to refer ("other than the Company's authorized
 * spokespersons"), so one who is asked directly answers it, and a tenant with a single
 * spokesperson could otherwise never have their own inquiries taken. The record, the
 * routing to the other spokespersons and the supervisor, and the CFO/CAO's view of every
 * inquiry stay the same.
 *
 * <p>
 * Who sees what: the recorder sees their own and its outcome, the supervisor those routed
 * to them, the spokespersons, the CFO/CAO and the CEO every inquiry of the tenant; every
 * read of someone else's inquiry is audited.
 */
@Service
class Inquiries {

	/** The GraphQL type, and the audit's target type. */
	static final String TYPE = "Inquiry";

	static final int NAME_LENGTH = 200;

	static final int ORGANISATION_LENGTH = 200;

	static final int CONTACT_LENGTH = 320;

	static final int QUESTION_LENGTH = 4_000;

	static final int STATEMENT_LENGTH = 4_000;

	/** How long after receiving one an inquiry may still be recorded. */
	static final Duration OLDEST_RECEIVED = Duration.ofDays(90);

	/** The roles that see every inquiry of their tenant. */
	static final Set<Role> SEE_ALL = EnumSet.of(Role.SPOKESPERSON, Role.CFO_CAO, Role.CEO);

	/** The most spokespersons the guidance names. */
	private static final int NAMED_SPOKESPERSONS = 20;

	private final InquiryStore store;

	private final MnpiScreen screen;

	private final InquiryNotifications notifications;

	private final InquiryTexts texts;

	private final PeopleDirectory people;

	private final BusinessCalendars calendars;

	private final AuditTrail audit;

	private final Clock clock;

	Inquiries(InquiryStore store, MnpiScreen screen, InquiryNotifications notifications, InquiryTexts texts,
			PeopleDirectory people, BusinessCalendars calendars, AuditTrail audit, Clock clock) {
		this.store = store;
		this.screen = screen;
		this.notifications = notifications;
		this.texts = texts;
		this.people = people;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an inquiry the caller received, routes it, and tells them what the Code
	 * asks.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded> record(Recording recording) {
		Optional<Person> found = this.people.findCaller();
		if (found.isEmpty()) {
			return Outcome.rejected("", UserErrorCode.NOT_FOUND, "You have no entry in the tenant's directory");
		}
		Person caller = found.get();
		Instant now = this.clock.instant();
		Validation validation = new Validation();
		check(recording, now, validation);
		Tenant tenant = TenantContext.required();
		EscalationDeadline deadline = deadline(now, tenant, validation);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Routing routing = route(caller, recording.inquirer().kind(), recording.question(),
				recording.mayConcernMaterialNonPublicInformation(), now);
		Inquiry inquiry = this.store.insert(new Inquiry(UUID.randomUUID().toString(), caller.id(), isSpokesperson(),
				recording.inquirer(), recording.channel(), recording.question(), recording.receivedAt(), now,
				(routing.supervisor() != null) ? routing.supervisor().id() : null, InquiryStatus.OPEN, null, null, null,
				null, deadline.businessDay(), deadline.escalatesAt(), false, null, routing.mnpi(), routing.notices(),
				!routing.notices().isEmpty(), now, null));
		this.notifications.write(inquiry);
		this.audit.record("inquiry.record", Inquiries.TYPE, inquiry.id(),
				Map.of("kind", inquiry.inquirer().kind().name(), "flagged", String.valueOf(inquiry.mnpi().flagged())));
		InquiryGuidance guidance = InquiryGuidance.write(this.texts, languageOf(caller, tenant), isSpokesperson(),
				routing.supervisor(), routing.spokespersons(), inquiry.mnpi(), routing.told());
		return Outcome.of(new Recorded(inquiry, guidance));
	}

	/**
	 * What the Code asks of the caller when they receive an inquiry, in their language.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public InquiryGuidance guidance() {
		Optional<Person> caller = this.people.findCaller();
		Person supervisor = caller.map(this::supervisorOf).orElse(null);
		return InquiryGuidance.write(this.texts, languageOf(caller.orElse(null), TenantContext.required()),
				isSpokesperson(), supervisor, spokespersons(), null, null);
	}

	/** An authorized spokesperson takes an open inquiry. */
	@PreAuthorize("hasRole('SPOKESPERSON')")
	public Outcome<Inquiry> take(String inquiryId) {
		Optional<Person> me = this.people.findCaller();
		Optional<Inquiry> found = (inquiryId != null) ? this.store.find(inquiryId) : Optional.empty();
		if (me.isEmpty() || found.isEmpty()) {
			return Outcome.rejected("inquiryId", UserErrorCode.NOT_FOUND, "No such inquiry");
		}
		Inquiry inquiry = found.get();
		if (inquiry.status() == InquiryStatus.TAKEN && me.get().id().equals(inquiry.assigneePersonId())) {
			return Outcome.of(inquiry);
		}
		Optional<String> refused = whyNotOpen(inquiry);
		if (refused.isPresent()) {
			return Outcome.rejected("inquiryId", codeFor(inquiry), refused.get());
		}
		Optional<Inquiry> taken = this.store.take(inquiry.id(), me.get().id(), this.clock.instant());
		if (taken.isEmpty()) {
			Inquiry now = this.store.find(inquiry.id()).orElse(inquiry);
			return Outcome.rejected("inquiryId", codeFor(now), whyNotOpen(now).orElse("It changed meanwhile"));
		}
		this.audit.record("inquiry.take", TYPE, inquiry.id(), Map.of());
		return Outcome.of(taken.get());
	}

	/**
	 * The CFO/CAO gives an inquiry not yet answered or declined to an authorized
	 * spokesperson, e.g. once it was escalated.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<Inquiry> assign(String inquiryId, String spokespersonPersonId) {
		Optional<Person> me = this.people.findCaller();
		Optional<Inquiry> found = (inquiryId != null) ? this.store.find(inquiryId) : Optional.empty();
		Validation validation = new Validation();
		if (me.isEmpty() || found.isEmpty()) {
			validation.reject("inquiryId", UserErrorCode.NOT_FOUND, "No such inquiry");
		}
		else if (found.get().status().isClosed()) {
			validation.reject("inquiryId", UserErrorCode.CLOSED, "It was " + words(found.get().status()) + " already");
		}
		Person spokesperson = (spokespersonPersonId != null)
				? this.people.findAll(List.of(spokespersonPersonId)).get(spokespersonPersonId) : null;
		if (spokesperson == null) {
			validation.reject("spokespersonPersonId", UserErrorCode.NOT_FOUND, "No such person in the directory");
		}
		else if (!spokesperson.roles().contains(Role.SPOKESPERSON)) {
			validation.reject("spokespersonPersonId", UserErrorCode.NOT_A_SPOKESPERSON,
					spokesperson.displayName() + " is not an authorized spokesperson");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		List<Inquiry.Notice> notices = spokesperson.id().equals(me.get().id()) ? List.of()
				: List.of(new Inquiry.Notice(InquiryNoticeReason.ASSIGNED, spokesperson.id(), now));
		Optional<Inquiry> assigned = this.store.assign(found.get().id(), spokesperson.id(), me.get().id(), notices,
				now);
		if (assigned.isEmpty()) {
			return Outcome.rejected("inquiryId", UserErrorCode.CLOSED, "It was answered or declined meanwhile");
		}
		this.notifications.write(assigned.get());
		this.audit.record("inquiry.assign", TYPE, found.get().id(), Map.of("spokesperson", spokesperson.id()));
		return Outcome.of(assigned.get());
	}

	/** The spokesperson who has the inquiry records the answer or the refusal. */
	@PreAuthorize("hasRole('SPOKESPERSON')")
	public Outcome<Inquiry> respond(String inquiryId, InquiryResponse response, String statement) {
		Validation validation = new Validation();
		if (response == null) {
			validation.reject("response", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("statement", statement, STATEMENT_LENGTH);
		Optional<Person> me = this.people.findCaller();
		Optional<Inquiry> found = (inquiryId != null) ? this.store.find(inquiryId) : Optional.empty();
		if (me.isEmpty() || found.isEmpty()) {
			validation.reject("inquiryId", UserErrorCode.NOT_FOUND, "No such inquiry");
		}
		else if (found.get().status().isClosed()) {
			validation.reject("inquiryId", UserErrorCode.CLOSED, "It was " + words(found.get().status()) + " already");
		}
		else if (!me.get().id().equals(found.get().assigneePersonId())) {
			validation.reject("inquiryId", UserErrorCode.NOT_ASSIGNED, (found.get().status() == InquiryStatus.OPEN)
					? "Take it first" : "Another spokesperson has it: " + nameOf(found.get().assigneePersonId()));
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Inquiry inquiry = found.get();
		Instant now = this.clock.instant();
		List<Inquiry.Notice> notices = inquiry.recorderPersonId().equals(me.get().id()) ? List.of()
				: List.of(new Inquiry.Notice(InquiryNoticeReason.OUTCOME, inquiry.recorderPersonId(), now));
		Optional<Inquiry> replied = this.store.reply(inquiry.id(), me.get().id(),
				new Inquiry.Reply(response, statement.strip(), now, me.get().id()), notices, now);
		if (replied.isEmpty()) {
			return Outcome.rejected("inquiryId", UserErrorCode.CONFLICT,
					"It was given to someone else, or closed, meanwhile");
		}
		this.notifications.write(replied.get());
		this.audit.record("inquiry.respond", TYPE, inquiry.id(), Map.of("response", response.name()));
		return Outcome.of(replied.get());
	}

	/** An inquiry the caller may see, or empty; a read of someone else's is audited. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Inquiry> find(String inquiryId) {
		Optional<Inquiry> found = this.store.find(inquiryId);
		if (found.isEmpty()) {
			return found;
		}
		String me = this.people.findCaller().map(Person::id).orElse(null);
		if (me != null && me.equals(found.get().recorderPersonId())) {
			return found;
		}
		if (seesAll() || found.get().isOwnOrRoutedTo(me)) {
			this.audit.record("inquiry.read", TYPE, inquiryId, Map.of());
			return found;
		}
		return Optional.empty();
	}

	/**
	 * The inquiries the caller sees beyond their own, newest first: every one of the
	 * tenant for spokespersons, the CFO/CAO and the CEO, those routed to them as
	 * supervisor for anyone else. Reads of others' inquiries are audited.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Inquiry> visiblePage(InquiryFilter filter, Cursors.Position after, int limit) {
		Optional<String> me = this.people.findCaller().map(Person::id);
		List<Inquiry> page;
		if (seesAll()) {
			page = this.store.page(null, null, filter, after, limit);
		}
		else if (me.isPresent()) {
			page = this.store.page(null, me.get(), filter, after, limit);
		}
		else {
			return List.of();
		}
		List<String> others = page.stream()
			.filter((i) -> !i.recorderPersonId().equals(me.orElse(null)))
			.map(Inquiry::id)
			.toList();
		this.audit.recordAll("inquiry.read", TYPE, others, Map.of("via", "list"));
		return page;
	}

	/** The inquiries the caller recorded, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Inquiry> ownPage(InquiryFilter filter, Cursors.Position after, int limit) {
		return this.people.findCaller()
			.map((me) -> this.store.page(me.id(), null, filter, after, limit))
			.orElse(List.of());
	}

	private void check(Recording recording, Instant now, Validation validation) {
		Inquiry.Inquirer inquirer = recording.inquirer();
		if (inquirer == null) {
			validation.reject("inquirer", UserErrorCode.REQUIRED, "Required");
		}
		else {
			validation.text("inquirer.name", inquirer.name(), NAME_LENGTH);
			validation.optionalText("inquirer.organisation", inquirer.organisation(), ORGANISATION_LENGTH);
			validation.optionalText("inquirer.contact", inquirer.contact(), CONTACT_LENGTH);
			if (inquirer.kind() == null) {
				validation.reject("inquirer.kind", UserErrorCode.REQUIRED, "Required");
			}
		}
		if (recording.channel() == null) {
			validation.reject("channel", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("question", recording.question(), QUESTION_LENGTH);
		if (recording.receivedAt() == null) {
			validation.reject("receivedAt", UserErrorCode.REQUIRED, "Required");
		}
		else if (recording.receivedAt().isAfter(now)) {
			validation.reject("receivedAt", UserErrorCode.OUT_OF_RANGE, "Cannot be in the future");
		}
		else if (recording.receivedAt().isBefore(now.minus(OLDEST_RECEIVED))) {
			validation.reject("receivedAt", UserErrorCode.OUT_OF_RANGE,
					"At most " + OLDEST_RECEIVED.toDays() + " days ago: record an inquiry when it comes");
		}
	}

	/** The escalation's deadline, or the reason the tenant's calendar cannot give one. */
	private EscalationDeadline deadline(Instant now, Tenant tenant, Validation validation) {
		try {
			return EscalationDeadline.of(now, tenant.zoneId(), this.calendars.forTenant(tenant));
		}
		catch (CalendarYearNotLoadedException ex) {
			validation.reject("", UserErrorCode.CALENDAR_YEAR_NOT_LOADED,
					"The tenant's business-day calendar has no data for " + ex.year()
							+ ", so the inquiry's escalation cannot be counted; nothing was recorded");
		}
		catch (CalendarNotConfiguredException ex) {
			validation.reject("", UserErrorCode.NOT_CONFIGURED,
					"The tenant has no business-day calendar (" + ex.country() + "); nothing was recorded");
		}
		return null;
	}

	/** Who is told of a new inquiry, and why. */
	private Routing route(Person caller, InquirerKind kind, String question, boolean recorderFlag, Instant now) {
		List<Person> spokespersons = spokespersons();
		Person supervisor = supervisorOf(caller);
		MnpiAssessment mnpi = this.screen.assess(kind, question, recorderFlag);
		Map<String, Person> told = new LinkedHashMap<>();
		List<Inquiry.Notice> notices = new ArrayList<>();
		for (Person spokesperson : spokespersons) {
			notice(notices, told, caller, spokesperson, InquiryNoticeReason.SPOKESPERSON, now);
		}
		if (supervisor != null && !told.containsKey(supervisor.id())) {
			notice(notices, told, caller, supervisor, InquiryNoticeReason.SUPERVISOR, now);
		}
		if (mnpi.flagged() || spokespersons.isEmpty()) {
			for (Person cfo : this.people.holdersOf(Role.CFO_CAO)) {
				if (mnpi.flagged()) {
					notice(notices, told, caller, cfo, InquiryNoticeReason.MNPI_FLAG, now);
				}
				if (spokespersons.isEmpty()) {
					notice(notices, told, caller, cfo, InquiryNoticeReason.NO_SPOKESPERSON, now);
				}
			}
		}
		return new Routing(spokespersons, supervisor, mnpi, notices,
				told.values().stream().map(Person::displayName).toList());
	}

	private static void notice(List<Inquiry.Notice> notices, Map<String, Person> told, Person caller, Person recipient,
			InquiryNoticeReason reason, Instant now) {
		// the recorder knows already
		if (!recipient.id().equals(caller.id())) {
			notices.add(new Inquiry.Notice(reason, recipient.id(), now));
			told.putIfAbsent(recipient.id(), recipient);
		}
	}

	private List<Person> spokespersons() {
		List<Person> all = this.people.holdersOf(Role.SPOKESPERSON);
		return (all.size() > NAMED_SPOKESPERSONS) ? all.subList(0, NAMED_SPOKESPERSONS) : all;
	}

	private Person supervisorOf(Person person) {
		String id = person.supervisorId();
		return (id != null && !id.equals(person.id())) ? this.people.findAll(List.of(id)).get(id) : null;
	}

	private String nameOf(String personId) {
		Person person = (personId != null) ? this.people.findAll(List.of(personId)).get(personId) : null;
		return (person != null) ? person.displayName() : "someone who has left";
	}

	private Optional<String> whyNotOpen(Inquiry inquiry) {
		return switch (inquiry.status()) {
			case OPEN -> Optional.empty();
			case TAKEN -> Optional.of("Taken already by " + nameOf(inquiry.assigneePersonId()));
			case ANSWERED, DECLINED -> Optional.of("It was " + words(inquiry.status()) + " already");
		};
	}

	private static UserErrorCode codeFor(Inquiry inquiry) {
		return inquiry.status().isClosed() ? UserErrorCode.CLOSED : UserErrorCode.TAKEN_BY_ANOTHER;
	}

	private static String words(InquiryStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	private static Locale languageOf(Person person, Tenant tenant) {
		return InquiryTexts.languageFor((person != null) ? person.locale() : null, tenant.defaultLocale());
	}

	private static boolean isSpokesperson() {
		return CurrentUser.required().roles().contains(Role.SPOKESPERSON);
	}

	private static boolean seesAll() {
		return CurrentUser.required().roles().stream().anyMatch(SEE_ALL::contains);
	}

	/**
	 * An inquiry as the person who received it records it.
	 *
	 * @param inquirer who asked
	 * @param channel how it reached them
	 * @param question what was asked
	 * @param receivedAt when
	 * @param mayConcernMaterialNonPublicInformation whether the recorder thinks it may
	 */
	record Recording(Inquiry.Inquirer inquirer, InquiryChannel channel, String question, Instant receivedAt,
			boolean mayConcernMaterialNonPublicInformation) {
	}

	/**
	 * A recorded inquiry and what the Code asks of its recorder.
	 *
	 * @param inquiry the inquiry
	 * @param guidance what the Code asks
	 */
	record Recorded(Inquiry inquiry, InquiryGuidance guidance) {
	}

	private record Routing(List<Person> spokespersons, Person supervisor, MnpiAssessment mnpi,
			List<Inquiry.Notice> notices, List<String> told) {
	}

}
