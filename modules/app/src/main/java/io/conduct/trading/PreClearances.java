package io.conduct.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Pre-clearance requests: a person asks before trading; the engine answers at once where
 * a rule decides (a blackout, an event window, the restricted list, a plan), else the
 * CFO/CAO or a delegate answers (never the requester, nor their immediate family), and a
 * clearance is valid for the tenant's number of trading days of the security's exchange,
 * until its close. The desk also enters clearances given outside Conduct, with their
 * date.
 */
@Service
class PreClearances {

	static final int NOTE_LENGTH = 2_000;

	static final int MAX_CONDITIONS = 20;

	static final int CONDITION_LENGTH = 500;

	/** How far back a clearance given outside Conduct may be entered. */
	static final Duration ENTRY_WINDOW = Duration.ofDays(30);

	/** Quantities have at most this many digits. */
	static final int QUANTITY_DIGITS = 18;

	private final TradingStore store;

	private final TradingFactsSource facts;

	private final ClearanceEngine engine;

	private final TradingAccess access;

	private final TradingNotifications notifications;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	PreClearances(TradingStore store, TradingFactsSource facts, ClearanceEngine engine, TradingAccess access,
			TradingNotifications notifications, PeopleDirectory people, AuditTrail audit, Clock clock) {
		this.store = store;
		this.facts = facts;
		this.engine = engine;
		this.access = access;
		this.notifications = notifications;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<PreClearance> submit(Submission submission) {
		return submitAs(this.access.caller(), submission);
	}

	/** A request of the person, as if they asked (the caller's checks are done). */
	Outcome<PreClearance> submitAs(Person requester, Submission submission) {
		Validation validation = new Validation();
		Optional<TradingSecurity> security = security(validation, submission.securityId());
		if (submission.kind() == null) {
			validation.reject("kind", UserErrorCode.REQUIRED, "Required");
		}
		quantity(validation, "quantity", submission.quantity());
		validation.optionalText("note", submission.note(), NOTE_LENGTH);
		Instant now = this.clock.instant();
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
		TradingPlan plan = plan(validation, submission.planId(), requester, security.orElse(null), today);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		TradingSettings settings = this.store.settings(this.engine.rules().defaults());
		ClearanceEngine.Assessment assessment = this.engine
			.request(this.facts.of(tenant, settings, requester, security.get(), submission.kind(), plan, now, today));
		PreClearanceStatus status = assessment.requestStatus();
		PreClearance request = this.store.insert(new PreClearance(UUID.randomUUID().toString(), requester.id(),
				security.get().id(), submission.kind(), submission.quantity(), (plan != null) ? plan.id() : null,
				trimmed(submission.note()), now, status, assessment.findings(), assessment.rulesVersion(),
				(status != PreClearanceStatus.PENDING) ? PreClearance.Answer.automatic(now) : null,
				(status == PreClearanceStatus.APPROVED)
						? this.facts.validity(security.get(), now, settings.clearanceTradingDays()) : null,
				null, null));
		this.audit.record("preclearance.submit", "PreClearance", request.id(), Map.of("status", status.name()));
		if (status == PreClearanceStatus.PENDING) {
			this.notifications.requested(request, requester, security.get(), settings);
		}
		return Outcome.of(request);
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<PreClearance> decide(String requestId, PreClearanceDecision decision, List<String> conditions,
			String note) {
		return decideAs(this.access.requireDesk(), requestId, decision, conditions, note);
	}

	/** The desk's answer (the caller's desk checks are done). */
	Outcome<PreClearance> decideAs(TradingAccess.Desk desk, String requestId, PreClearanceDecision decision,
			List<String> conditions, String note) {
		Optional<PreClearance> found = (requestId != null) ? this.store.find(requestId, PreClearance.class)
				: Optional.empty();
		if (found.isEmpty()) {
			return Outcome.rejected("preClearanceId", UserErrorCode.NOT_FOUND, "No such request");
		}
		PreClearance request = found.get();
		Person requester = this.people.findAll(List.of(request.requesterPersonId())).get(request.requesterPersonId());
		notInvolved(desk, requester, request.requesterPersonId());
		Validation validation = answer(decision, conditions, note);
		if (request.status() != PreClearanceStatus.PENDING) {
			validation.reject("preClearanceId", UserErrorCode.DECIDED, "It was answered already");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		TradingSecurity security = this.store.find(request.securityId(), TradingSecurity.class).orElseThrow();
		Instant now = this.clock.instant();
		Tenant tenant = TenantContext.required();
		TradingSettings settings = this.store.settings(this.engine.rules().defaults());
		List<TradingFinding> findings = request.findings();
		String rulesVersion = request.rulesVersion();
		PreClearance.Validity validity = null;
		if (decision != PreClearanceDecision.DENY) {
			// the rules as they stand now: a blackout that began since the request denies
			LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
			TradingPlan plan = (request.planId() != null)
					? this.store.find(request.planId(), TradingPlan.class).orElse(null) : null;
			ClearanceEngine.Assessment now2 = this.engine
				.request(this.facts.of(tenant, settings, requester, security, request.kind(), plan, now, today));
			Optional<Outcome<PreClearance>> refused = refusedByRule(now2, desk, "decision");
			if (refused.isPresent()) {
				return refused.get();
			}
			findings = now2.findings();
			rulesVersion = now2.rulesVersion();
			validity = this.facts.validity(security, now, settings.clearanceTradingDays());
		}
		PreClearance answered = request.answered(decision.status(), findings, rulesVersion,
				new PreClearance.Answer(decision, trimmedAll(conditions), trimmed(note), desk.personId(),
						CurrentUser.required().getName(), now),
				validity);
		Optional<PreClearance> saved = this.store.saveIfUnchanged(answered);
		if (saved.isEmpty()) {
			return Outcome.rejected("preClearanceId", UserErrorCode.CONFLICT, "It changed meanwhile; look again");
		}
		this.audit.record("preclearance.decide", "PreClearance", request.id(), Map.of("decision", decision.name()));
		this.notifications.answered(saved.get(), requester, security, Answers.of(saved.get(), now));
		return Outcome.of(saved.get());
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<PreClearance> enter(Entry entry) {
		return enterAs(this.access.requireDesk(), entry);
	}

	/**
	 * A clearance given outside Conduct (on paper, by e-mail, by phone), entered by the
	 * desk with the moment it was given: its window counts from then, and the rules are
	 * applied as they stood then.
	 */
	Outcome<PreClearance> enterAs(TradingAccess.Desk desk, Entry entry) {
		Validation validation = new Validation();
		Person person = (entry.personId() != null)
				? this.people.findAll(List.of(entry.personId())).get(entry.personId()) : null;
		if (person == null) {
			validation.reject("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		else {
			notInvolved(desk, person, person.id());
		}
		Optional<TradingSecurity> security = security(validation, entry.securityId());
		if (entry.kind() == null) {
			validation.reject("kind", UserErrorCode.REQUIRED, "Required");
		}
		quantity(validation, "quantity", entry.quantity());
		Instant now = this.clock.instant();
		if (entry.decidedAt() == null) {
			validation.reject("decidedAt", UserErrorCode.REQUIRED, "Required");
		}
		else if (entry.decidedAt().isAfter(now) || entry.decidedAt().isBefore(now.minus(ENTRY_WINDOW))) {
			validation.reject("decidedAt", UserErrorCode.OUT_OF_RANGE,
					"A clearance given outside Conduct is entered within " + ENTRY_WINDOW.toDays()
							+ " days, and not before it was given");
		}
		Validation answer = answer(entry.decision(), entry.conditions(), entry.note());
		answer.errors()
			.forEach((e) -> validation.reject(String.join(".", e.field().subList(1, e.field().size())), e.code(),
					e.message()));
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Tenant tenant = TenantContext.required();
		TradingSettings settings = this.store.settings(this.engine.rules().defaults());
		LocalDate then = entry.decidedAt().atZone(tenant.zoneId()).toLocalDate();
		ClearanceEngine.Assessment assessment = this.engine.request(
				this.facts.of(tenant, settings, person, security.get(), entry.kind(), null, entry.decidedAt(), then));
		if (entry.decision() != PreClearanceDecision.DENY) {
			Optional<Outcome<PreClearance>> refused = refusedByRule(assessment, desk, "decidedAt");
			if (refused.isPresent()) {
				return refused.get();
			}
		}
		PreClearance request = this.store.insert(new PreClearance(UUID.randomUUID().toString(), person.id(),
				security.get().id(), entry.kind(), entry.quantity(), null, null, entry.decidedAt(),
				entry.decision().status(), assessment.findings(), assessment.rulesVersion(),
				new PreClearance.Answer(entry.decision(), trimmedAll(entry.conditions()), trimmed(entry.note()),
						desk.personId(), CurrentUser.required().getName(), entry.decidedAt()),
				(entry.decision() != PreClearanceDecision.DENY)
						? this.facts.validity(security.get(), entry.decidedAt(), settings.clearanceTradingDays())
						: null,
				new PreClearance.Entry(desk.personId(), now), null));
		this.audit.record("preclearance.enter", "PreClearance", request.id(),
				Map.of("decision", entry.decision().name(), "decidedAt", entry.decidedAt().toString()));
		return Outcome.of(request);
	}

	/** The caller's own requests, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<PreClearance> ownPage(Paging paging) {
		Person caller = this.access.caller();
		return this.store.newestFirst(PreClearance.class, Criteria.where("requesterPersonId").is(caller.id()),
				"requestedAt", paging.after(), paging.probe());
	}

	/** The desk's requests, newest first; every read is audited. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<PreClearance> deskPage(Set<PreClearanceStatus> statuses, Paging paging) {
		this.access.requireDesk();
		Criteria filter = statuses.isEmpty() ? null : Criteria.where("status").in(statuses);
		List<PreClearance> page = this.store.newestFirst(PreClearance.class, filter, "requestedAt", paging.after(),
				paging.probe());
		this.audit.recordAll("preclearance.read", "PreClearance", page.stream().map(PreClearance::id).toList(),
				Map.of());
		return page;
	}

	/** A request its requester or the desk may see. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<PreClearance> find(String requestId) {
		Optional<PreClearance> found = this.store.find(requestId, PreClearance.class);
		if (found.isEmpty()) {
			return found;
		}
		if (this.access.desk().isPresent()) {
			this.audit.record("preclearance.read", "PreClearance", requestId, Map.of());
			return found;
		}
		String caller = this.access.callerIfAny().map(Person::id).orElse(null);
		return found.filter((r) -> r.requesterPersonId().equals(caller));
	}

	// checks shared by the use cases

	private Optional<TradingSecurity> security(Validation validation, String securityId) {
		if (securityId == null) {
			validation.reject("securityId", UserErrorCode.REQUIRED, "Required");
			return Optional.empty();
		}
		Optional<TradingSecurity> security = this.store.find(securityId, TradingSecurity.class);
		if (security.isEmpty()) {
			validation.reject("securityId", UserErrorCode.NOT_FOUND, "No such security");
		}
		return security;
	}

	static void quantity(Validation validation, String field, BigDecimal quantity) {
		if (quantity == null) {
			validation.reject(field, UserErrorCode.REQUIRED, "Required");
		}
		else if (quantity.signum() <= 0) {
			validation.reject(field, UserErrorCode.OUT_OF_RANGE, "Must be more than zero");
		}
		else if (quantity.precision() > QUANTITY_DIGITS || quantity.scale() > 6) {
			validation.reject(field, UserErrorCode.OUT_OF_RANGE,
					"At most " + QUANTITY_DIGITS + " digits, 6 after the point");
		}
	}

	private TradingPlan plan(Validation validation, String planId, Person requester, TradingSecurity security,
			LocalDate today) {
		if (planId == null) {
			return null;
		}
		TradingPlan plan = this.store.find(planId, TradingPlan.class)
			.filter((p) -> p.personId().equals(requester.id()))
			.orElse(null);
		if (plan == null) {
			validation.reject("planId", UserErrorCode.NOT_FOUND, "No such plan of yours");
		}
		else if (security != null && !plan.securityId().equals(security.id())) {
			validation.reject("planId", UserErrorCode.INVALID, "The plan is for another security");
		}
		else if (today.isAfter(plan.endDate())) {
			validation.reject("planId", UserErrorCode.CLOSED, "The plan ended on " + plan.endDate());
		}
		return plan;
	}

	private static Validation answer(PreClearanceDecision decision, List<String> conditions, String note) {
		Validation validation = new Validation();
		List<String> given = (conditions != null) ? conditions : List.of();
		if (decision == null) {
			validation.reject("decision", UserErrorCode.REQUIRED, "Required");
		}
		if (validation.maxItems("conditions", given, MAX_CONDITIONS)) {
			for (int i = 0; i < given.size(); i++) {
				validation.text("conditions." + i, given.get(i), CONDITION_LENGTH);
			}
		}
		if (decision == PreClearanceDecision.APPROVE_WITH_CONDITIONS && given.isEmpty()) {
			validation.reject("conditions", UserErrorCode.REQUIRED, "An approval with conditions names them");
		}
		if (decision != null && decision != PreClearanceDecision.APPROVE_WITH_CONDITIONS && !given.isEmpty()) {
			validation.reject("conditions", UserErrorCode.INVALID, "Only an approval with conditions has conditions");
		}
		validation.optionalText("note", note, NOTE_LENGTH);
		return validation;
	}

	/** Nobody answers their own request, nor one of their immediate family. */
	private static void notInvolved(TradingAccess.Desk desk, Person requester, String requesterPersonId) {
		if (desk.person() == null) {
			return;
		}
		if (desk.person().id().equals(requesterPersonId)) {
			throw new ConductException(ErrorCode.FORBIDDEN, "Nobody answers their own pre-clearance request");
		}
		if (requester != null && desk.person().isImmediateFamilyOf(requester)) {
			throw new ConductException(ErrorCode.FORBIDDEN,
					"Nobody answers a pre-clearance request of their immediate family");
		}
	}

	/**
	 * An approval a rule denies now is refused; only the CFO/CAO is told a confidential
	 * rule.
	 */
	private static Optional<Outcome<PreClearance>> refusedByRule(ClearanceEngine.Assessment assessment,
			TradingAccess.Desk desk, String field) {
		return assessment.firstDenial().map((denial) -> {
			String message = (!denial.confidential() || desk.cfo())
					? "A rule denies it (" + denial.rule() + "): " + denial.explanation()
					: "A rule denies it; contact the CFO/CAO";
			return Outcome.rejected(field, UserErrorCode.RULE_DENIES, message);
		});
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static List<String> trimmedAll(List<String> texts) {
		return (texts != null) ? texts.stream().map(String::trim).toList() : List.of();
	}

	/**
	 * What a person asks.
	 *
	 * @param securityId the security
	 * @param kind buy, sell, gift or exercise
	 * @param quantity how many
	 * @param planId the Rule 10b5-1 plan the trade is under, if any
	 * @param note what they add
	 */
	record Submission(String securityId, TradeKind kind, BigDecimal quantity, String planId, String note) {
	}

	/**
	 * A clearance given outside Conduct.
	 *
	 * @param personId whose
	 * @param securityId the security
	 * @param kind buy, sell, gift or exercise
	 * @param quantity how many
	 * @param decision the answer given
	 * @param conditions its conditions
	 * @param note what the desk notes
	 * @param decidedAt when it was given
	 */
	record Entry(String personId, String securityId, TradeKind kind, BigDecimal quantity, PreClearanceDecision decision,
			List<String> conditions, String note, Instant decidedAt) {
	}

}
