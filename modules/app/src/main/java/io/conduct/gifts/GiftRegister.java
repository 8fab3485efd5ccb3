package io.conduct.gifts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.calendars.BusinessCalendars;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The gift register: employees, officers and directors record gifts, gratuities, favours
 * and business entertainment offered, given or received, by them or by a member of their
 * immediate family. Each entry is valued in the tenant's and the group's currency at the
 * rates of its day, added up with the person's other entries with the counterparty across
 * the group's companies, and judged at once by the rules of the Code: nothing to do, a
 * disposition due, flagged, a prior approval needed, or refused (a bribe, a kickback or
 * cash, which becomes a case). Entries are need-to-know: the recorder, their supervisor,
 * the CFO/CAO and the Audit Committee read them; every read by staff is audited.
 */
@Service
public class GiftRegister {

	private final GiftStore store;

	private final GiftChecks checks;

	private final GiftSettingsService settings;

	private final GroupTotals totals;

	private final GiftEngine engine;

	private final GiftNotifications notifications;

	private final CaseReferrals referrals;

	private final PeopleDirectory people;

	private final BusinessCalendars calendars;

	private final AuditTrail audit;

	private final Clock clock;

	GiftRegister(GiftStore store, GiftChecks checks, GiftSettingsService settings, GroupTotals totals,
			GiftEngine engine, GiftNotifications notifications, CaseReferrals referrals, PeopleDirectory people,
			BusinessCalendars calendars, AuditTrail audit, Clock clock) {
		this.store = store;
		this.checks = checks;
		this.settings = settings;
		this.totals = totals;
		this.engine = engine;
		this.notifications = notifications;
		this.referrals = referrals;
		this.people = people;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records an entry of the caller. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<GiftEntry> record(GiftRecording recording) {
		Optional<Person> caller = this.people.findCaller();
		if (caller.isEmpty()) {
			return Outcome.rejected("", UserErrorCode.NOT_FOUND, "You have no entry in the tenant's directory");
		}
		return recordFor(caller.get(), recording);
	}

	/**
	 * Records an entry on a person's behalf, for the system only (demo data, imports from
	 * other systems): the person is the recorder as if they had recorded it.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<GiftEntry> recordOnBehalf(String personId, GiftRecording recording) {
		Optional<Person> person = this.people.findAll(List.of(personId)).values().stream().findFirst();
		if (person.isEmpty() || !isSystem()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person of yours");
		}
		return recordFor(person.get(), recording);
	}

	/**
	 * An entry the caller may read: their own, or one they read as staff (audited): the
	 * CFO/CAO, the Audit Committee, or the recorder's supervisor.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<GiftEntry> find(String entryId) {
		Optional<GiftEntry> found = this.store.find(entryId);
		if (found.isEmpty() || found.get().isRecordedBy(CurrentUser.required().getName())) {
			return found;
		}
		if (readsAsStaff(found.get())) {
			this.audit.record("gift.read", "GiftEntry", entryId, Map.of());
			return found;
		}
		return Optional.empty();
	}

	/**
	 * The entries the caller reads as staff, newest first (audited): every one of the
	 * tenant for the CFO/CAO and the Audit Committee, those of the people they supervised
	 * for a supervisor; never their own (those are under the viewer).
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<GiftEntry> staffPage(GiftStore.Filter filter, Instant afterAt, String afterId, int limit) {
		TenantAuthentication caller = CurrentUser.required();
		String me = this.people.findCaller().map(Person::id).orElse(null);
		GiftStore.Scope scope;
		if (caller.roles().contains(Role.CFO_CAO) || caller.roles().contains(Role.AUDIT_COMMITTEE)) {
			scope = new GiftStore.Scope(null, null, (me != null) ? me : "\u0000");
		}
		else if (me != null) {
			scope = new GiftStore.Scope(null, me, me);
		}
		else {
			return List.of();
		}
		List<GiftEntry> page = this.store.page(scope, filter, afterAt, afterId, limit);
		this.audit.recordAll("gift.list", "GiftEntry", page.stream().map(GiftEntry::id).toList(), Map.of());
		return page;
	}

	/** The caller's own entries, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<GiftEntry> ownPage(GiftStore.Filter filter, Instant afterAt, String afterId, int limit) {
		Optional<Person> caller = this.people.findCaller();
		if (caller.isEmpty()) {
			return List.of();
		}
		return this.store.page(new GiftStore.Scope(caller.get().id(), null, null), filter, afterAt, afterId, limit);
	}

	/** Today in the current tenant's time zone. */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(TenantContext.required().zoneId()));
	}

	/**
	 * Whether the caller reads the entry as staff: the CFO/CAO, the Audit Committee, or
	 * its supervisor.
	 */
	boolean readsAsStaff(GiftEntry entry) {
		TenantAuthentication caller = CurrentUser.required();
		if (caller.roles().contains(Role.CFO_CAO) || caller.roles().contains(Role.AUDIT_COMMITTEE)) {
			return true;
		}
		String supervisor = entry.recorder().supervisorPersonId();
		return supervisor != null && this.people.findCaller().map(Person::id).filter(supervisor::equals).isPresent();
	}

	private Outcome<GiftEntry> recordFor(Person recorder, GiftRecording recording) {
		Tenant tenant = TenantContext.required();
		Currency tenantCurrency = Currency.getInstance(tenant.currency());
		LocalDate today = today();
		Validation validation = new Validation();
		GiftChecks.Checked checked = this.checks.check(recorder, recording, tenantCurrency, today, validation);
		Optional<Thresholds> thresholds = (recording.date() != null && !validation.hasErrors())
				? this.settings.thresholdsOn(recording.date()) : Optional.empty();
		if (!validation.hasErrors() && thresholds.isEmpty()) {
			validation.reject("", UserErrorCode.NOT_CONFIGURED,
					"The CFO/CAO has set no thresholds for the tenant and " + "the defaults cannot be converted into "
							+ tenantCurrency + ": the group's rate table lacks a rate");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		String id = UUID.randomUUID().toString();
		GiftForm form = (recording.form() != null) ? recording.form() : GiftForm.IN_KIND;
		GiftEntry.What what = new GiftEntry.What(recording.kind(), recording.direction(), recording.response(), form,
				Boolean.TRUE.equals(recording.statedBriberyOrKickback()), Boolean.TRUE.equals(recording.companyFunds()),
				recording.lawfulAndUnconditional(), recording.description().strip(), recording.date(),
				(recording.kind() == GiftKind.ENTERTAINMENT) ? checked.attendees() : null);
		String personKey = GroupPersonKeys.of(recorder, CurrentUser.required(), tenant);
		GiftEntry.Tally tally = tally(recorder.id(), personKey, checked, what);
		GiftTotals group = this.totals.of(recorder.id(), personKey, tally.counterpartyKey(), what.date(),
				checked.valuation().groupValue().currency(),
				new GiftStore.Part(tally.entries(), tally.events(), tally.groupMinorUnits()));
		GiftFacts facts = new GiftFacts(what.kind(), what.direction(), what.response(), form,
				what.statedBriberyOrKickback(), what.companyFunds(), what.lawfulAndUnconditional(),
				checked.party().kind(), checked.party().name(), checked.valuation().recorded(),
				checked.valuation().tenantValue(), checked.attendees(), group);
		GiftEvaluation evaluation = this.engine.evaluate(facts, thresholds.get(), now);
		GiftEntry entry = this.store.insert(new GiftEntry(id,
				new GiftEntry.Recorder(recorder.id(), recorder.subject(), recorder.supervisorId(),
						checked.familyMember(), personKey),
				what, checked.party(), checked.valuation(), evaluation, group, tally, statusOf(evaluation),
				evaluation.outcome() == GiftOutcome.DISPOSE
						? GiftEntry.Disposition.due(dueDate(today, thresholds.get().dispositionDueBusinessDays()))
						: null,
				evaluation.outcome() == GiftOutcome.NEEDS_PRIOR_APPROVAL
						? new GiftEntry.Approval(GiftApprovalStatus.PENDING, now, null, null, null) : null,
				evaluation.opensCase() ? new GiftEntry.CaseReferral(GiftEntry.CaseReferralStatus.PENDING, now) : null,
				now, now, null));
		this.audit.record("gift.record", "GiftEntry", entry.id(), Map.of("kind", what.kind().name(), "outcome",
				evaluation.outcome().name(), "rules", String.valueOf(evaluation.rulesVersion())));
		if (evaluation.flagged()) {
			this.notifications.flagged(entry, recorder.displayName());
		}
		if (evaluation.outcome() == GiftOutcome.NEEDS_PRIOR_APPROVAL) {
			this.notifications.approvalRequested(entry, recorder.displayName());
		}
		if (evaluation.opensCase()) {
			entry = this.referrals.refer(entry);
		}
		return Outcome.of(entry);
	}

	private static GiftEntry.Tally tally(String personId, String personKey, GiftChecks.Checked checked,
			GiftEntry.What what) {
		boolean counts = what.response() != GiftResponse.DECLINED;
		return new GiftEntry.Tally(personId, personKey, checked.party().key(), what.date(), counts ? 1 : 0,
				(counts && what.kind().isEntertainment()) ? 1 : 0,
				counts ? Amounts.minorUnits(checked.valuation().groupValue()) : 0);
	}

	private static GiftEntryStatus statusOf(GiftEvaluation evaluation) {
		return switch (evaluation.outcome()) {
			case REFUSE -> GiftEntryStatus.REFUSED;
			case NEEDS_PRIOR_APPROVAL -> GiftEntryStatus.AWAITING_APPROVAL;
			case DISPOSE -> GiftEntryStatus.DISPOSITION_DUE;
			case FLAG, NO_ACTION -> GiftEntryStatus.RECORDED;
		};
	}

	/**
	 * Counted in the tenant's business days from the day it is recorded: returning a gift
	 * or handing it in needs a working day, and "immediately" must not end on a holiday.
	 */
	private LocalDate dueDate(LocalDate today, int businessDays) {
		return this.calendars.forTenant(TenantContext.required()).addBusinessDays(today, businessDays);
	}

	private static boolean isSystem() {
		return CurrentUser.authentication().map((a) -> SystemActor.SUBJECT.equals(a.getName())).orElse(false);
	}

}
