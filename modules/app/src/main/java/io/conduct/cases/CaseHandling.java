package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.calendars.BusinessCalendars;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.TenantEncryption;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.RequestScope;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Need-to-know access to cases. Who stands where to a case decides what they may do
 * ({@link Standing}): the handlers by role steer it; an assigned investigator reads it
 * and records the investigation's work; a supervisor who received it by name passes it on
 * and may read it, nothing more; those informed read it. A person involved in a case
 * (named at intake, matched by name, marked later or the subject of an allegation) has no
 * standing at all. The reporter sees their own report only through
 * {@link ReporterCaseView}. A named reporter's identity is shown to those who steer or
 * investigate; a confidential reporter's only when someone who steers reveals it, with a
 * reason, each time. Every read by staff is audited.
 */
@Service
class CaseHandling {

	private static final Map<String, String> ACKNOWLEDGEMENT = Map.of("en",
			"Thank you. Your report was received and will be looked into. We will give you feedback.", "de",
			"Vielen Dank. Ihre Meldung ist eingegangen und wird geprüft. Sie erhalten eine Rückmeldung.", "ja",
			"ご報告ありがとうございます。受領いたしました。調査のうえ、ご連絡いたします。", "fr",
			"Merci. Votre signalement a été reçu et sera examiné. Nous vous ferons un retour.");

	private final CaseStore store;

	private final PeopleDirectory people;

	private final TenantEncryption encryption;

	private final JurisdictionPacks packs;

	private final BusinessCalendars calendars;

	private final AuditTrail audit;

	private final Clock clock;

	CaseHandling(CaseStore store, PeopleDirectory people, TenantEncryption encryption, JurisdictionPacks packs,
			BusinessCalendars calendars, AuditTrail audit, Clock clock) {
		this.store = store;
		this.people = people;
		this.encryption = encryption;
		this.packs = packs;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
	}

	/** The cases the caller handles or is informed of, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public CasePage handledCases(CaseFilter filter, Paging paging) {
		Caller caller = caller();
		List<Case> cases = this.store.visibleTo(caller.roles().stream().map(Role::name).toList(), caller.personId(),
				(filter != null) ? filter : CaseFilter.NONE, this.clock.instant(), paging.after(), paging.probe());
		CasePage page = CasePage.of(cases, paging);
		this.audit.recordRead("case.list", "Case", page.cases().stream().map(Case::id).toList(), Map.of());
		return page;
	}

	/** The caller's own reports, as a named or confidential reporter, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public CasePage ownReports(Paging paging) {
		String reporterRef = this.encryption.blindIndex(CurrentUser.required().getName());
		return CasePage.of(this.store.reportedBy(reporterRef, paging.after(), paging.probe()), paging);
	}

	/** The caller's own report, as its named or confidential reporter. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Case> findOwnReport(String caseId) {
		Caller caller = caller();
		return this.store.findById(caseId).filter((c) -> isOwnReport(caller, c));
	}

	/**
	 * A case the caller may read (steers, investigates, received or is informed of it).
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Case> find(String caseId) {
		Caller caller = caller();
		Optional<Case> found = this.store.findById(caseId).filter((c) -> standingOf(caller, c).mayRead());
		found.ifPresent((c) -> this.audit.record("case.read", "Case", caseId, Map.of()));
		return found;
	}

	/**
	 * A named reporter's identity and contact details, for those who steer or investigate
	 * the case; every read is audited (within a request, the reads of all its cases in
	 * one entry). A confidential reporter's identity is never given here: see
	 * {@link #revealReporter}.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<CaseReporter> reporterOf(Case reported) {
		return Optional.ofNullable(reportersOf(List.of(reported)).get(0));
	}

	/**
	 * {@link #reporterOf} for a page of cases at once (in their order, {@code null} where
	 * the caller is not given the reporter): one authorization and one audit record for
	 * the page rather than one per case.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<CaseReporter> reportersOf(List<Case> cases) {
		Caller caller = caller();
		List<CaseReporter> reporters = new ArrayList<>(cases.size());
		List<String> read = new ArrayList<>();
		for (Case reported : cases) {
			if (reported.reporterMode() != ReporterMode.NAMED || reported.reporter().identity() == null
					|| !standingOf(caller, reported).worksOnIt()) {
				reporters.add(null);
				continue;
			}
			reporters.add(identityOf(reported));
			read.add(reported.id());
		}
		if (!read.isEmpty()) {
			this.audit.recordRead("case.reporter.read", "Case", read, Map.of());
		}
		return reporters;
	}

	/**
	 * Reveals a confidential (or named) reporter's identity to someone who steers the
	 * case, for this request only, with the reason recorded on the case's timeline and in
	 * the audit trail. Investigators, a supervisor who received the report and those
	 * informed never get it; they ask someone who steers the case.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<CaseReporter>> revealReporter(String caseId, String reason) {
		Caller caller = caller();
		Outcome<Case> steered = steered(caseId);
		if (!steered.isSuccess()) {
			return Outcome.rejected(steered.userErrors());
		}
		Optional<Case> found = Optional.of(steered.value());
		Validation validation = new Validation();
		validation.text("reason", reason, CaseLimits.SHORT_TEXT);
		if (found.get().reporter().identity() == null) {
			validation.reject("caseId", UserErrorCode.NOT_FOUND, "The report names nobody: it is anonymous");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Optional<Case> changed = this.store.recordEvent(caseId,
				new CaseEvent(CaseEventType.REPORTER_IDENTITY_REVEALED, now, caller.subject(), reason.trim()));
		// the reason is about the case: sealed with its key, and deleted with it
		this.audit.recordSealed("case.reporter.reveal", "Case", caseId, Map.of(), Map.of("reason", reason.trim()),
				this.store.keyFor(caseId));
		return Outcome.of(new Recorded<>(identityOf(found.get()), changed.orElse(found.get())));
	}

	private CaseReporter identityOf(Case reported) {
		return CaseReporter.of(ReporterIdentity.fromJson(
				this.encryption.decrypt(reported.reporter().identity(), ReporterIdentity.context(reported.id()))));
	}

	/** Records that the reporter was told the report was received, and tells them. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> acknowledge(String caseId, String message) {
		Outcome<Case> found = steered(caseId);
		if (!found.isSuccess()) {
			return found;
		}
		Validation validation = new Validation();
		validation.optionalText("message", message, CaseLimits.MESSAGE);
		if (found.value().status() != CaseStatus.RECEIVED) {
			validation.reject("caseId", UserErrorCode.ALREADY_ACKNOWLEDGED, "The case was already acknowledged");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Case reported = found.value();
		Tenant tenant = TenantContext.required();
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		JurisdictionDuties.Due feedback = Deadlines.feedback(reported.receivedAt(), now, tenant.zoneId(),
				this.packs.dutiesFor(tenant.jurisdictions()), new WorkingDays(() -> this.calendars.forTenant(tenant)));
		Instant feedbackDue = Deadlines.endOfDay(feedback.day(), tenant.zoneId());
		String text = (message != null && !message.isBlank()) ? message.trim() : acknowledgementIn(reported.language());
		Optional<Case> acknowledged = this.store.acknowledge(caseId, now, feedbackDue, feedback.source(),
				Message.fromHandler(by, text, now, Message.Purpose.ACKNOWLEDGEMENT),
				CaseEvent.of(CaseEventType.ACKNOWLEDGED, now, by));
		if (acknowledged.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.ALREADY_ACKNOWLEDGED, "The case was already acknowledged");
		}
		this.audit.record("case.acknowledge", "Case", caseId, Map.of());
		return Outcome.of(acknowledged.get());
	}

	/** Someone who steers the case writes to the reporter. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<Message>> postMessage(String caseId, String body) {
		Outcome<Case> found = steered(caseId);
		if (!found.isSuccess()) {
			return Outcome.rejected(found.userErrors());
		}
		String by = CurrentUser.required().getName();
		return post(caseId, body, (now) -> Message.fromHandler(by, body.trim(), now), by,
				() -> this.audit.record("case.message", "Case", caseId, Map.of("author", "HANDLER")));
	}

	/** A signed-in reporter writes to the handlers of their own report. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<Message>> postOwnReportMessage(String caseId, String body) {
		Optional<Case> found = findOwnReport(caseId);
		if (found.isEmpty()) {
			return Outcome.rejected("reporterCaseViewId", UserErrorCode.NOT_FOUND, "No such report of yours");
		}
		Runnable audited = (found.get().reporterMode() == ReporterMode.NAMED)
				? () -> this.audit.record("case.message", "Case", caseId, Map.of("author", "REPORTER"))
				: () -> this.audit.recordAnonymously("case.message", "Case", caseId, Map.of("author", "REPORTER"));
		return post(caseId, body, (now) -> Message.fromReporter(body.trim(), List.of(), now), null, audited);
	}

	private Outcome<Recorded<Message>> post(String caseId, String body,
			java.util.function.Function<Instant, Message> writing, String actor, Runnable audited) {
		Validation validation = new Validation();
		validation.text("body", body, CaseLimits.MESSAGE);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Message message = writing.apply(now);
		Optional<Case> updated = this.store.addMessage(caseId, message,
				CaseEvent.of(message.author().event(), now, actor));
		if (updated.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		audited.run();
		return Outcome.of(new Recorded<>(message, updated.get()));
	}

	/**
	 * Closes a case with feedback to the reporter. Only someone who steers the case
	 * closes it: a supervisor who received a report by name can neither hold nor close
	 * it, and an accounting concern's merit review must be decided first.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> close(String caseId, String feedback) {
		Outcome<Case> found = steered(caseId);
		if (!found.isSuccess()) {
			return found;
		}
		Case reported = found.value();
		Validation validation = new Validation();
		validation.text("feedback", feedback, CaseLimits.MESSAGE);
		if (reported.status() == CaseStatus.CLOSED) {
			validation.reject("caseId", UserErrorCode.CLOSED, "The case is closed");
		}
		if (reported.meritReview() != null && reported.meritReview().status() == MeritReview.Status.PENDING) {
			validation.reject("caseId", UserErrorCode.MERIT_REVIEW_PENDING, "The merit review must be decided first");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		Optional<Case> closed = this.store.close(caseId, now,
				Message.fromHandler(by, feedback.trim(), now, Message.Purpose.FEEDBACK),
				new CaseEvent(CaseEventType.CLOSED, now, by, "Closed with feedback to the reporter"));
		this.audit.record("case.close", "Case", caseId, Map.of());
		return closed.map(Outcome::of)
			.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.CLOSED, "The case is closed"));
	}

	/**
	 * A case the caller handles by role, not only by name (as a supervisor who received
	 * it or an assigned investigator): who may steer the case.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Case> findHandledByRole(String caseId) {
		Caller caller = caller();
		return this.store.findById(caseId).filter((c) -> standingOf(caller, c) == Standing.STEERS);
	}

	/**
	 * The case, for someone who steers it; otherwise a user error: NOT_FOUND for those
	 * who may not see it, NOT_ALLOWED (with the reason) for those who may only read it.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> steered(String caseId) {
		return standing(caseId, EnumSet.of(Standing.STEERS));
	}

	/**
	 * The case, for someone who steers or investigates it (who records the
	 * investigation's work); otherwise a user error as for {@link #steered}.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> worked(String caseId) {
		return standing(caseId, EnumSet.of(Standing.STEERS, Standing.INVESTIGATES));
	}

	private Outcome<Case> standing(String caseId, Set<Standing> allowed) {
		Caller caller = caller();
		Optional<Case> found = this.store.findById(caseId);
		Standing standing = found.map((c) -> standingOf(caller, c)).orElse(Standing.NONE);
		if (allowed.contains(standing)) {
			return Outcome.of(found.get());
		}
		return switch (standing) {
			case NONE -> Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
			case RECEIVED -> Outcome.rejected("caseId", UserErrorCode.NOT_ALLOWED,
					"A supervisor passes a report on and may read it; its handlers act on it");
			default -> Outcome.rejected("caseId", UserErrorCode.NOT_ALLOWED, "Only the case's handlers do this");
		};
	}

	/** Where the current caller stands to the case. */
	Standing standingOf(Case reported) {
		return standingOf(caller(), reported);
	}

	/** Of the cases, those the current caller is not involved in (one directory read). */
	List<Case> notInvolving(List<Case> cases) {
		String personId = caller().personId();
		return (personId == null) ? cases
				: cases.stream().filter((c) -> !c.involvedPersonIds().contains(personId)).toList();
	}

	/** Whether the current caller is the person (by directory id). */
	boolean callerIs(String personId) {
		return personId != null && personId.equals(caller().personId());
	}

	private static Standing standingOf(Caller caller, Case reported) {
		if (caller.personId() != null && reported.involvedPersonIds().contains(caller.personId())) {
			return Standing.NONE;
		}
		if (caller.roles().stream().anyMatch(reported.handlerRoles()::contains)) {
			return Standing.STEERS;
		}
		if (caller.personId() != null && reported.investigation() != null
				&& reported.investigation().investigatorIds().contains(caller.personId())) {
			return Standing.INVESTIGATES;
		}
		if (caller.personId() != null && reported.handlerPersonIds().contains(caller.personId())) {
			return Standing.RECEIVED;
		}
		if (caller.roles().stream().anyMatch(reported.informedRoles()::contains)) {
			return Standing.INFORMED;
		}
		return Standing.NONE;
	}

	private boolean isOwnReport(Caller caller, Case reported) {
		String ref = reported.reporter().ref();
		return ref != null && !reported.involvedPersonIds().contains(caller.personId())
				&& ref.equals(this.encryption.blindIndex(caller.subject()));
	}

	/** The caller, looked up once per request (a list and its reporters need it). */
	private Caller caller() {
		return RequestScope.memo(Caller.class, () -> {
			TenantAuthentication authentication = CurrentUser.required();
			Set<Role> roles = authentication.roles().isEmpty() ? Set.of() : EnumSet.copyOf(authentication.roles());
			return new Caller(authentication.getName(), roles, this.people.findCaller().map(Person::id).orElse(null));
		});
	}

	/**
	 * Where someone stands to a case, and so what they may do with it.
	 */
	enum Standing {

		/** Handles it by role: steers it (acknowledges, writes, decides, closes). */
		STEERS,

		/** An assigned investigator: reads it and records the investigation's work. */
		INVESTIGATES,

		/** A supervisor who received it by name: passes it on, may read it. */
		RECEIVED,

		/** Informed of it: may read it. */
		INFORMED,

		/** None: involved in it, or not routed to them. */
		NONE;

		boolean mayRead() {
			return this != NONE;
		}

		/** Whether they work on it: steer it or investigate it. */
		boolean worksOnIt() {
			return this == STEERS || this == INVESTIGATES;
		}

	}

	private static String acknowledgementIn(Locale language) {
		return ACKNOWLEDGEMENT.getOrDefault(language.getLanguage(), ACKNOWLEDGEMENT.get("en"));
	}

	/**
	 * Who asks.
	 *
	 * @param subject their identity
	 * @param roles their roles
	 * @param personId their directory entry, if any
	 */
	record Caller(String subject, Set<Role> roles, String personId) {
	}

	/**
	 * A page of cases, newest first.
	 *
	 * @param cases the cases
	 * @param hasNextPage whether more follow
	 * @param hasPreviousPage whether the page started after a cursor
	 */
	record CasePage(List<Case> cases, boolean hasNextPage, boolean hasPreviousPage) {

		/** The page of the cases read with the paging's probe. */
		static CasePage of(List<Case> probed, Paging paging) {
			boolean hasNext = probed.size() > paging.first();
			return new CasePage(hasNext ? probed.subList(0, paging.first()) : probed, hasNext, !paging.isFirstPage());
		}

	}

}
