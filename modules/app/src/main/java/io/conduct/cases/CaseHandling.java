package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.TenantEncryption;
import io.conduct.platform.graphql.Paging;
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
 * Need-to-know access to cases: handlers see the cases routed to them (the chosen
 * recipient and the CFO/CAO), a named or confidential reporter sees their own reports,
 * and a person named as involved never sees the case. Every read by staff is audited.
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

	private final AuditTrail audit;

	private final Clock clock;

	CaseHandling(CaseStore store, PeopleDirectory people, TenantEncryption encryption, JurisdictionPacks packs,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.people = people;
		this.encryption = encryption;
		this.packs = packs;
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
		this.audit.record("case.list", "Case", null,
				Map.of("ids", String.join(",", page.cases().stream().map(Case::id).toList())));
		return page;
	}

	/** The caller's own reports, as a named or confidential reporter, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public CasePage ownReports(Paging paging) {
		String reporterRef = this.encryption.blindIndex(CurrentUser.required().getName());
		return CasePage.of(this.store.reportedBy(reporterRef, paging.after(), paging.probe()), paging);
	}

	/** A case the caller handles or reported; staff reads are audited. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Case> find(String caseId) {
		Caller caller = caller();
		Optional<Case> found = this.store.findById(caseId);
		if (found.isEmpty()) {
			return found;
		}
		if (isHandler(caller, found.get()) || isInformed(caller, found.get())) {
			this.audit.record("case.read", "Case", caseId, Map.of());
			return found;
		}
		return found.filter((c) -> isOwnReport(caller, c));
	}

	/**
	 * The reporters' identities and contact details, for the cases' handlers only; every
	 * read is audited, all of them in one write.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Map<Case, CaseReporter> reportersOf(List<Case> cases) {
		Caller caller = caller();
		Map<Case, CaseReporter> reporters = new LinkedHashMap<>();
		for (Case reported : cases) {
			if (reported.reporter().identity() != null && isHandler(caller, reported)) {
				reporters.put(reported, CaseReporter.of(ReporterIdentity.fromJson(this.encryption
					.decrypt(reported.reporter().identity(), ReporterIdentity.context(reported.id())))));
			}
		}
		if (!reporters.isEmpty()) {
			this.audit.recordAll("case.reporter.read", "Case", reporters.keySet().stream().map(Case::id).toList(),
					Map.of());
		}
		return reporters;
	}

	/** Records that the reporter was told the report was received, and tells them. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> acknowledge(String caseId, String message) {
		Caller caller = caller();
		Optional<Case> found = this.store.findById(caseId).filter((c) -> isHandler(caller, c));
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		validation.optionalText("message", message, CaseLimits.MESSAGE);
		if (found.get().status() != CaseStatus.RECEIVED) {
			validation.reject("caseId", UserErrorCode.ALREADY_ACKNOWLEDGED, "The case was already acknowledged");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Case reported = found.get();
		Tenant tenant = TenantContext.required();
		Instant now = this.clock.instant();
		Instant feedbackDue = Deadlines.feedbackDue(reported.receivedAt(), now, tenant.zoneId(),
				this.packs.dutiesFor(tenant.jurisdictions()));
		String text = (message != null && !message.isBlank()) ? message.trim() : acknowledgementIn(reported.language());
		Optional<Case> acknowledged = this.store.acknowledge(caseId, now, feedbackDue,
				Message.fromHandler(caller.subject(), text, now),
				CaseEvent.of(CaseEventType.ACKNOWLEDGED, now, caller.subject()));
		if (acknowledged.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.ALREADY_ACKNOWLEDGED, "The case was already acknowledged");
		}
		this.audit.record("case.acknowledge", "Case", caseId, Map.of());
		return Outcome.of(acknowledged.get());
	}

	/** A handler writes to the reporter, or a signed-in reporter to the handlers. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Recorded<Message>> postMessage(String caseId, String body) {
		Caller caller = caller();
		Optional<Case> found = this.store.findById(caseId);
		boolean handler = found.filter((c) -> isHandler(caller, c)).isPresent();
		boolean reporter = found.filter((c) -> isOwnReport(caller, c)).isPresent();
		if (!handler && !reporter) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Validation validation = new Validation();
		validation.text("body", body, CaseLimits.MESSAGE);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Message message = handler ? Message.fromHandler(caller.subject(), body.trim(), now)
				: Message.fromReporter(body.trim(), List.of(), now);
		Optional<Case> updated = this.store.addMessage(caseId, message,
				CaseEvent.of(message.author().event(), now, handler ? caller.subject() : null));
		if (updated.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		if (!handler && found.get().reporterMode() != ReporterMode.NAMED) {
			this.audit.recordAnonymously("case.message", "Case", caseId, Map.of("author", message.author().name()));
		}
		else {
			this.audit.record("case.message", "Case", caseId, Map.of("author", message.author().name()));
		}
		return Outcome.of(new Recorded<>(message, updated.get()));
	}

	/**
	 * Closes a case with feedback to the reporter. Only a handler by role closes: a
	 * supervisor who received a report by name can neither hold nor close it, and an
	 * accounting concern's merit review must be decided first.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Case> close(String caseId, String feedback) {
		Caller caller = caller();
		Optional<Case> found = this.store.findById(caseId).filter((c) -> isHandler(caller, c));
		if (found.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No such case of yours");
		}
		Case reported = found.get();
		Validation validation = new Validation();
		validation.text("feedback", feedback, CaseLimits.MESSAGE);
		if (caller.roles().stream().noneMatch(reported.handlerRoles()::contains)) {
			validation.reject("caseId", UserErrorCode.NOT_ALLOWED,
					"A supervisor passes a report on and cannot close it");
		}
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
		Optional<Case> closed = this.store.close(caseId, now,
				Message.fromHandler(caller.subject(), feedback.trim(), now),
				new CaseEvent(CaseEventType.CLOSED, now, caller.subject(), "Closed with feedback to the reporter"));
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
		return this.store.findById(caseId)
			.filter((c) -> isHandler(caller, c))
			.filter((c) -> caller.roles().stream().anyMatch(c.handlerRoles()::contains));
	}

	/** Whether the current caller is informed of the case. */
	boolean informsCaller(Case reported) {
		return isInformed(caller(), reported);
	}

	/** Whether the current caller handles the case. */
	boolean handledByCaller(Case reported) {
		return isHandler(caller(), reported);
	}

	/** Whether the caller handles the case: routed to them, and not involved in it. */
	private static boolean isHandler(Caller caller, Case reported) {
		boolean routed = caller.roles().stream().anyMatch(reported.handlerRoles()::contains)
				|| (caller.personId() != null && reported.handlerPersonIds().contains(caller.personId()));
		return routed && !isInvolved(caller, reported);
	}

	/** Whether the caller is informed of the case (may read it, not handle it). */
	private static boolean isInformed(Caller caller, Case reported) {
		return caller.roles().stream().anyMatch(reported.informedRoles()::contains) && !isInvolved(caller, reported);
	}

	private boolean isOwnReport(Caller caller, Case reported) {
		String ref = reported.reporter().ref();
		return ref != null && !isInvolved(caller, reported) && ref.equals(this.encryption.blindIndex(caller.subject()));
	}

	private static boolean isInvolved(Caller caller, Case reported) {
		return caller.personId() != null && reported.involvedPersonIds().contains(caller.personId());
	}

	private Caller caller() {
		TenantAuthentication authentication = CurrentUser.required();
		Set<Role> roles = authentication.roles().isEmpty() ? Set.of() : EnumSet.copyOf(authentication.roles());
		return new Caller(authentication.getName(), roles, this.people.findCaller().map(Person::id).orElse(null));
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
