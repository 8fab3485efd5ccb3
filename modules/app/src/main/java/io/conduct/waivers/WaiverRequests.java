package io.conduct.waivers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.code.CodeVersion;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.waivers.WaiverRequest.BoardDecision;
import io.conduct.waivers.WaiverRequest.CfoCaoAction;
import io.conduct.waivers.WaiverRequest.CfoCaoStep;
import io.conduct.waivers.WaiverRequest.SupervisorReview;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Waiver requests and their decisions, as the Code's section WAIVERS sets them. An
 * employee or officer asks their immediate supervisor first; only after the supervisor
 * agreed does the CFO/CAO approve or deny (never their own request, nor one they agreed
 * to as supervisor). An executive officer or director asks through the CFO/CAO, who
 * passes it to the Board; only the Board (or its committee, where the tenant allows it)
 * decides, with its resolution, the requester and their immediate family recused; a
 * waiver granted starts its public-disclosure clock. Sections marked as admitting no
 * exception are refused with the reason, at the request and at the approval.
 * <p>
 * Who sees a request: the requester; the supervisor asked to agree; the CFO/CAO (the
 * register of every request); the Board and the Audit Committee for those of executive
 * officers and directors. Reads by anyone but the requester are audited.
 */
@Service
class WaiverRequests {

	static final int MAX_REASONS = 5_000;

	static final int MAX_NOTE = 2_000;

	static final int MAX_KEY = 200;

	static final int MAX_EXPORT = 10_000;

	private final WaiverRequestStore store;

	private final ApprovalRoutes routes;

	private final CodeSections sections;

	private final SectionWaivability waivability;

	private final BoardResolutions resolutions;

	private final WaiverSettingsService settings;

	private final DisclosureDeadlines deadlines;

	private final PublicDisclosures disclosures;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	WaiverRequests(WaiverRequestStore store, ApprovalRoutes routes, CodeSections sections,
			SectionWaivability waivability, BoardResolutions resolutions, WaiverSettingsService settings,
			DisclosureDeadlines deadlines, PublicDisclosures disclosures, PeopleDirectory people, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.routes = routes;
		this.sections = sections;
		this.waivability = waivability;
		this.resolutions = resolutions;
		this.settings = settings;
		this.deadlines = deadlines;
		this.disclosures = disclosures;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Asks for an exception to a section of the version in force. Refused, with nothing
	 * stored: no directory entry, no version in force, a section the version does not
	 * have or that admits no exception, a period that ends before it starts, an employee
	 * or officer without a supervisor to agree.
	 */
	@PreAuthorize("hasAnyRole('EMPLOYEE', 'BOARD')")
	public Outcome<WaiverRequest> submit(String sectionKey, String reasons, LocalDate periodStart,
			LocalDate periodEnd) {
		Tenant tenant = TenantContext.required();
		Caller caller = Caller.current(this.people);
		Validation validation = new Validation();
		boolean keyGiven = validation.text("sectionKey", sectionKey, MAX_KEY);
		validation.text("reasons", reasons, MAX_REASONS);
		if (periodStart == null) {
			validation.reject("periodStart", UserErrorCode.REQUIRED, "Required");
		}
		if (periodEnd == null) {
			validation.reject("periodEnd", UserErrorCode.REQUIRED, "Required");
		}
		else if (periodStart != null && periodEnd.isBefore(periodStart)) {
			validation.reject("periodEnd", UserErrorCode.OUT_OF_RANGE,
					"The period ends (" + periodEnd + ") before it starts (" + periodStart + ")");
		}
		Person requester = caller.person();
		if (requester == null) {
			validation.reject("", UserErrorCode.NOT_FOUND,
					"You have no entry in the directory; ask your administrator to add you");
		}
		Optional<CodeVersion> version = this.sections.inForce();
		if (version.isEmpty()) {
			validation.reject("", UserErrorCode.NO_CODE, "No version of the Code is in force");
		}
		Optional<CodeSections.Located> section = Optional.empty();
		if (keyGiven && version.isPresent()) {
			section = CodeSections.locate(version.get(), sectionKey.strip(),
					(requester != null) ? requester.locale() : null);
			if (section.isEmpty()) {
				validation.reject("sectionKey", UserErrorCode.NOT_FOUND, "The Code in force (version "
						+ version.get().number() + ") has no section " + sectionKey.strip());
			}
			else {
				rejectIfNotWaivable(validation, "sectionKey", version.get(), section.get());
			}
		}
		ApprovalRoutes.Route route = (requester != null) ? this.routes.routeFor(requester.type()) : null;
		if (route != null && route.route() == WaiverRoute.SUPERVISOR_THEN_CFO_CAO && requester.supervisorId() == null) {
			validation.reject("", UserErrorCode.NO_SUPERVISOR,
					"Your supervisor agrees first, and the directory names none for you; ask your administrator");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		// a CFO/CAO who asks has nobody above them to pass it on: it goes to the Board
		WaiverStatus first = (route.route() == WaiverRoute.SUPERVISOR_THEN_CFO_CAO) ? WaiverStatus.AWAITING_SUPERVISOR
				: caller.has(Role.CFO_CAO) ? WaiverStatus.AWAITING_BOARD : WaiverStatus.AWAITING_CFO_CAO;
		CodeSections.Located named = section.get();
		WaiverRequest request = this.store.insert(new WaiverRequest(UUID.randomUUID().toString(),
				this.store.nextNumber(now, tenant.zoneId()), requester.id(), caller.subject(), requester.displayName(),
				requester.type(), route.route(), first, version.get().id(), version.get().number(),
				new WaiverRequest.WaiverSection(named.key(), named.heading(), named.index()), reasons.strip(),
				periodStart, periodEnd, now,
				(route.route() == WaiverRoute.SUPERVISOR_THEN_CFO_CAO) ? requester.supervisorId() : null, null, null,
				null, null, null, false));
		this.audit.record("waiver.request.submit", WaiverRequest.TYPE, request.id(),
				Map.of("number", request.number(), "route", route.route().name(), "section", named.heading()));
		return Outcome.of(request);
	}

	/**
	 * The immediate supervisor agrees, or declines, which ends the request. Refused:
	 * their own request, a request of someone they do not supervise, one on the Board's
	 * route, one no longer awaiting them.
	 */
	@PreAuthorize("hasRole('SUPERVISOR')")
	public Outcome<WaiverRequest> supervisorReview(String requestId, Boolean agrees, String note) {
		Caller caller = Caller.current(this.people);
		Optional<WaiverRequest> found = visible(requestId, caller);
		if (found.isEmpty()) {
			return notFound();
		}
		WaiverRequest request = found.get();
		Validation validation = new Validation();
		if (agrees == null) {
			validation.reject("agrees", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("note", note, MAX_NOTE);
		if (request.isRequester(caller.personId(), caller.subject())) {
			validation.reject("waiverRequestId", UserErrorCode.OWN_REQUEST,
					"Nobody agrees to their own request: your supervisor does");
		}
		else if (request.route() != WaiverRoute.SUPERVISOR_THEN_CFO_CAO) {
			validation.reject("waiverRequestId", UserErrorCode.NOT_AUTHORIZED_FOR_SUBJECT,
					"Executive officers and directors ask the CFO/CAO, and only the Board decides");
		}
		else if (caller.personId() == null || !caller.personId().equals(request.supervisorPersonId())) {
			validation.reject("waiverRequestId", UserErrorCode.NOT_SUPERVISOR,
					"Only the requester's immediate supervisor agrees first");
		}
		else if (request.status() != WaiverStatus.AWAITING_SUPERVISOR) {
			validation.reject("waiverRequestId", UserErrorCode.DECIDED, "The request is " + request.status());
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Update update = new Update()
			.set("supervisorReview",
					new SupervisorReview(caller.personId(), caller.subject(), caller.name(), agrees, note.strip(), now))
			.set("status", agrees ? WaiverStatus.AWAITING_CFO_CAO : WaiverStatus.DECLINED_BY_SUPERVISOR);
		if (!agrees) {
			update.set("decidedAt", now);
		}
		return changed(request, WaiverStatus.AWAITING_SUPERVISOR, update, "waiver.request.supervisor-review",
				Map.of("agrees", String.valueOf(agrees)));
	}

	/**
	 * The CFO/CAO approves or denies an employee's or officer's request. Refused: their
	 * own request, one they agreed to as supervisor, one on the Board's route, one the
	 * supervisor has not agreed to yet, one decided already; an approval of a section
	 * marked since as admitting no exception.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<WaiverRequest> cfoCaoDecide(String requestId, WaiverDecision decision, String note) {
		Caller caller = Caller.current(this.people);
		Optional<WaiverRequest> found = visible(requestId, caller);
		if (found.isEmpty()) {
			return notFound();
		}
		WaiverRequest request = found.get();
		Validation validation = new Validation();
		if (decision == null) {
			validation.reject("decision", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("note", note, MAX_NOTE);
		if (request.isRequester(caller.personId(), caller.subject())) {
			validation.reject("waiverRequestId", UserErrorCode.OWN_REQUEST, "Nobody approves their own request");
		}
		else if (request.route() != WaiverRoute.SUPERVISOR_THEN_CFO_CAO) {
			validation.reject("waiverRequestId", UserErrorCode.NOT_AUTHORIZED_FOR_SUBJECT,
					"Only the Board decides on waivers for executive officers and directors: pass it to the Board");
		}
		else if (request.status() == WaiverStatus.AWAITING_SUPERVISOR) {
			validation.reject("waiverRequestId", UserErrorCode.AWAITING_SUPERVISOR,
					"The requester's immediate supervisor agrees first");
		}
		else if (request.status() != WaiverStatus.AWAITING_CFO_CAO) {
			validation.reject("waiverRequestId", UserErrorCode.DECIDED, "The request is " + request.status());
		}
		else if (request.supervisorReview().supervisorSubject().equals(caller.subject())) {
			validation.reject("waiverRequestId", UserErrorCode.SAME_APPROVER,
					"You agreed as the supervisor: another CFO/CAO approves");
		}
		if (decision == WaiverDecision.APPROVE && !validation.hasErrors()) {
			rejectIfNoLongerWaivable(validation, request);
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		CfoCaoAction action = (decision == WaiverDecision.APPROVE) ? CfoCaoAction.APPROVED : CfoCaoAction.DENIED;
		Update update = new Update()
			.set("cfoCaoStep",
					new CfoCaoStep(caller.personId(), caller.subject(), caller.name(), action, note.strip(), now))
			.set("status", (decision == WaiverDecision.APPROVE) ? WaiverStatus.APPROVED : WaiverStatus.DENIED)
			.set("decidedAt", now);
		return changed(request, WaiverStatus.AWAITING_CFO_CAO, update, "waiver.request.cfo-cao-decide",
				Map.of("decision", decision.name()));
	}

	/**
	 * The CFO/CAO passes an executive officer's or director's request to the Board.
	 * Refused: their own request, one on the supervisor's route, one not awaiting them.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<WaiverRequest> boardRefer(String requestId, String note) {
		Caller caller = Caller.current(this.people);
		Optional<WaiverRequest> found = visible(requestId, caller);
		if (found.isEmpty()) {
			return notFound();
		}
		WaiverRequest request = found.get();
		Validation validation = new Validation();
		validation.text("note", note, MAX_NOTE);
		if (request.isRequester(caller.personId(), caller.subject())) {
			validation.reject("waiverRequestId", UserErrorCode.OWN_REQUEST, "Nobody handles their own request");
		}
		else if (request.route() != WaiverRoute.BOARD_THROUGH_CFO_CAO) {
			validation.reject("waiverRequestId", UserErrorCode.NOT_AUTHORIZED_FOR_SUBJECT,
					"Employees' and officers' requests are approved by the CFO/CAO after their supervisor");
		}
		else if (request.status() != WaiverStatus.AWAITING_CFO_CAO) {
			validation.reject("waiverRequestId", UserErrorCode.DECIDED, "The request is " + request.status());
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Update update = new Update()
			.set("cfoCaoStep",
					new CfoCaoStep(caller.personId(), caller.subject(), caller.name(), CfoCaoAction.REFERRED_TO_BOARD,
							note.strip(), this.clock.instant()))
			.set("status", WaiverStatus.AWAITING_BOARD);
		return changed(request, WaiverStatus.AWAITING_CFO_CAO, update, "waiver.request.board-refer", Map.of());
	}

	/**
	 * Records the Board's decision with its resolution. Refused: the requester or their
	 * immediate family recording it, a request on the supervisor's route, one the CFO/CAO
	 * has not passed on, one decided already; a resolution with a recused member taking
	 * part, a person who is not on the Board, a committee the tenant does not allow, a
	 * day in the future; a grant whose disclosure deadline falls outside the listing
	 * calendar's loaded years.
	 */
	@PreAuthorize("hasRole('BOARD')")
	public Outcome<WaiverRequest> boardDecide(String requestId, WaiverDecision decision, String note,
			BoardResolutions.Input resolution) {
		Tenant tenant = TenantContext.required();
		Caller caller = Caller.current(this.people);
		Optional<WaiverRequest> found = visible(requestId, caller);
		if (found.isEmpty()) {
			return notFound();
		}
		WaiverRequest request = found.get();
		Optional<Person> requester = this.people.find(request.requesterPersonId());
		Validation validation = new Validation();
		if (decision == null) {
			validation.reject("decision", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("note", note, MAX_NOTE);
		if (request.isRequester(caller.personId(), caller.subject())) {
			validation.reject("waiverRequestId", UserErrorCode.OWN_REQUEST,
					"Nobody records the decision on their own request");
		}
		else if (caller.person() != null && requester.isPresent()
				&& caller.person().isImmediateFamilyOf(requester.get())) {
			validation.reject("waiverRequestId", UserErrorCode.RECUSED_MEMBER,
					"You are in the requester's immediate family: another member records it");
		}
		else if (request.route() != WaiverRoute.BOARD_THROUGH_CFO_CAO) {
			validation.reject("waiverRequestId", UserErrorCode.NOT_AUTHORIZED_FOR_SUBJECT,
					"Employees' and officers' requests are approved by the CFO/CAO after their supervisor");
		}
		else if (request.status() == WaiverStatus.AWAITING_CFO_CAO) {
			validation.reject("waiverRequestId", UserErrorCode.NOT_REFERRED,
					"The request reaches the Board through the CFO/CAO");
		}
		else if (request.status() != WaiverStatus.AWAITING_BOARD) {
			validation.reject("waiverRequestId", UserErrorCode.DECIDED, "The request is " + request.status());
		}
		WaiverSettings tenantSettings = this.settings.currentForSystem();
		LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
		WaiverRequest.Resolution record = this.resolutions.check(validation, "resolution", resolution,
				requester.orElse(null), tenantSettings, today,
				LocalDate.ofInstant(request.requestedAt(), tenant.zoneId()));
		DisclosureDeadlines.Deadline deadline = null;
		if (decision == WaiverDecision.APPROVE && !validation.hasErrors()) {
			rejectIfNoLongerWaivable(validation, request);
			deadline = this.deadlines.orReject(validation, "resolution.resolutionDate", tenant,
					record.resolutionDate());
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		boolean granted = decision == WaiverDecision.APPROVE;
		Update update = new Update()
			.set("boardDecision",
					new BoardDecision(decision, note.strip(), record, caller.personId(), caller.subject(),
							caller.name(), now))
			.set("status", granted ? WaiverStatus.APPROVED : WaiverStatus.DENIED)
			.set("decidedAt", now);
		if (granted) {
			update.set("disclosureClockId", clockIdOf(request)).set("clockPending", true);
		}
		Outcome<WaiverRequest> outcome = changed(request, WaiverStatus.AWAITING_BOARD, update,
				"waiver.request.board-decide",
				Map.of("decision", decision.name(), "decidingBody", record.decidingBody().name()));
		if (granted && outcome.isSuccess()) {
			openClock(outcome.value(), deadline);
		}
		return outcome;
	}

	/** The caller's own requests, newest first. */
	@PreAuthorize(io.conduct.platform.security.Authorities.ANY_ROLE)
	public List<WaiverRequest> own(Paging paging) {
		Optional<Person> me = this.people.findCaller();
		return me.map((p) -> this.store.ofRequester(p.id(), paging)).orElse(List.of());
	}

	/** Requests awaiting the caller's step, oldest first; audited. */
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'CFO_CAO', 'BOARD')")
	public List<WaiverRequest> toReview(Paging paging) {
		Caller caller = Caller.current(this.people);
		Set<WaiverStatus> statuses = EnumSet.noneOf(WaiverStatus.class);
		if (caller.has(Role.CFO_CAO)) {
			statuses.add(WaiverStatus.AWAITING_CFO_CAO);
		}
		if (caller.has(Role.BOARD)) {
			statuses.add(WaiverStatus.AWAITING_BOARD);
		}
		String supervisor = caller.has(Role.SUPERVISOR) ? caller.personId() : null;
		List<WaiverRequest> page = this.store.awaiting(statuses, supervisor, caller.subject(), paging);
		auditReads(page, caller);
		return page;
	}

	/** The register: every request of the tenant, newest first; audited. */
	@PreAuthorize("hasRole('CFO_CAO')")
	public List<WaiverRequest> register(WaiverRequestStore.Filter filter, Paging paging) {
		List<WaiverRequest> page = this.store.register(filter, TenantContext.required().zoneId(), paging);
		auditReads(page, Caller.current(this.people));
		return page;
	}

	/** The register as CSV; audited. */
	@PreAuthorize("hasRole('CFO_CAO')")
	public String registerCsv(WaiverRequestStore.Filter filter) {
		Tenant tenant = TenantContext.required();
		List<WaiverRequest> requests = this.store.registerExport(filter, tenant.zoneId(), MAX_EXPORT + 1);
		if (requests.size() > MAX_EXPORT) {
			throw io.conduct.platform.errors.ConductException
				.badRequest("More than " + MAX_EXPORT + " requests: narrow the filter (e.g. by the days requested)");
		}
		List<String> clockIds = requests.stream()
			.map(WaiverRequest::disclosureClockId)
			.filter((id) -> id != null)
			.toList();
		Map<String, PublicDisclosureClock> clocks = this.disclosures.findAll(clockIds);
		this.audit.record("waiver.register.export", "WaiverRegister", tenant.key(),
				Map.of("rows", String.valueOf(requests.size())));
		return WaiverRegisterCsv.write(requests, clocks, tenant.zoneId());
	}

	/** A request the caller may see; audited when it is not their own. */
	@PreAuthorize(io.conduct.platform.security.Authorities.ANY_ROLE)
	public Optional<WaiverRequest> find(String requestId) {
		Caller caller = Caller.current(this.people);
		Optional<WaiverRequest> found = visible(requestId, caller);
		found.ifPresent((r) -> auditReads(List.of(r), caller));
		return found;
	}

	/** Requests by id that the caller may see, for batch loading. */
	@PreAuthorize(io.conduct.platform.security.Authorities.ANY_ROLE)
	public Map<String, WaiverRequest> findAll(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Caller caller = Caller.current(this.people);
		Map<String, WaiverRequest> visible = new java.util.HashMap<>();
		this.store.findAll(ids).stream().filter((r) -> canSee(caller, r)).forEach((r) -> visible.put(r.id(), r));
		return visible;
	}

	/**
	 * Writes the disclosure clocks of granted waivers whose step was cut short;
	 * idempotent. Runs as the system.
	 */
	int finishPendingClocks() {
		int finished = 0;
		Tenant tenant = TenantContext.required();
		for (WaiverRequest request : this.store.withClockPending(100)) {
			try {
				openClock(request,
						this.deadlines.compute(tenant, request.boardDecision().resolution().resolutionDate()));
				finished++;
			}
			catch (RuntimeException ex) {
				// stays pending: a calendar or listing to fix; the next round tries again
				org.slf4j.LoggerFactory.getLogger(WaiverRequests.class)
					.warn("Disclosure clock of waiver {} not written: {}", request.number(), ex.getMessage());
			}
		}
		return finished;
	}

	private void openClock(WaiverRequest request, DisclosureDeadlines.Deadline deadline) {
		this.disclosures.open(PublicDisclosureClock.open(clockIdOf(request), PublicDisclosureClock.Subject.WAIVER,
				request.id(), null, null, request.requesterPersonId(),
				"the waiver " + request.number() + " for " + request.requesterName() + " ("
						+ request.section().heading() + ", Code version " + request.codeVersionNumber() + ")",
				deadline, this.clock.instant()));
		this.store.clockWritten(request.id());
	}

	private static String clockIdOf(WaiverRequest request) {
		return "waiver-" + request.id();
	}

	private void rejectIfNotWaivable(Validation validation, String field, CodeVersion version,
			CodeSections.Located section) {
		this.waivability.markFor(version, section)
			.filter((mark) -> !mark.waivable())
			.ifPresent((mark) -> validation.reject(field, UserErrorCode.NOT_WAIVABLE,
					"The section " + section.heading() + " admits no exception: " + mark.reason()));
	}

	private void rejectIfNoLongerWaivable(Validation validation, WaiverRequest request) {
		Optional<CodeVersion> version = this.sections.version(request.codeVersionId());
		version
			.flatMap((v) -> CodeSections.locate(v, request.section().key(), null)
				.or(() -> CodeSections.all(v, null)
					.stream()
					.filter((s) -> s.index() == request.section().index())
					.findFirst()))
			.ifPresent((section) -> rejectIfNotWaivable(validation, "decision", version.get(), section));
	}

	private Outcome<WaiverRequest> changed(WaiverRequest request, WaiverStatus expected, Update update, String action,
			Map<String, String> details) {
		Optional<WaiverRequest> changed = this.store.transition(request.id(), expected, update);
		if (changed.isEmpty()) {
			return Outcome.rejected("waiverRequestId", UserErrorCode.DECIDED,
					"Someone acted on the request at the same time; reload it");
		}
		this.audit.record(action, WaiverRequest.TYPE, request.id(), details);
		return Outcome.of(changed.get());
	}

	private Optional<WaiverRequest> visible(String requestId, Caller caller) {
		return Optional.ofNullable(requestId).flatMap(this.store::findById).filter((r) -> canSee(caller, r));
	}

	static boolean canSee(Caller caller, WaiverRequest request) {
		return request.isRequester(caller.personId(), caller.subject()) || caller.has(Role.CFO_CAO)
				|| (caller.has(Role.SUPERVISOR) && caller.personId() != null
						&& caller.personId().equals(request.supervisorPersonId()))
				|| ((caller.has(Role.BOARD) || caller.has(Role.AUDIT_COMMITTEE))
						&& request.route() == WaiverRoute.BOARD_THROUGH_CFO_CAO);
	}

	private void auditReads(List<WaiverRequest> requests, Caller caller) {
		List<String> others = new ArrayList<>();
		requests.stream()
			.filter((r) -> !r.isRequester(caller.personId(), caller.subject()))
			.forEach((r) -> others.add(r.id()));
		if (!others.isEmpty()) {
			this.audit.recordAll("waiver.request.read", WaiverRequest.TYPE, others, Map.of());
		}
	}

	private static <T> Outcome<T> notFound() {
		return Outcome.rejected("waiverRequestId", UserErrorCode.NOT_FOUND, "No such waiver request of yours");
	}

}
