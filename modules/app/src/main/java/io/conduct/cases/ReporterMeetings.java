package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.conduct.calendars.BusinessCalendars;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A meeting the reporter asks for (France: held within twenty working days of the
 * request; Spain: within seven days): the request sets a deadline on the case from the
 * tenant's packs in its business-day calendar, the strictest winning and named, and a
 * handler records that it was held. A tenant whose packs set no meeting deadline gets
 * none, and the reporter is told so.
 */
@Service
class ReporterMeetings {

	private final CaseStore store;

	private final CaseHandling handling;

	private final JurisdictionPacks packs;

	private final BusinessCalendars calendars;

	private final AuditTrail audit;

	private final Clock clock;

	ReporterMeetings(CaseStore store, CaseHandling handling, JurisdictionPacks packs, BusinessCalendars calendars,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.handling = handling;
		this.packs = packs;
		this.calendars = calendars;
		this.audit = audit;
		this.clock = clock;
	}

	/** A named or confidential reporter asks for a meeting about their own report. */
	@PreAuthorize(Authorities.ANY_ROLE)
	Outcome<Case> requestForOwnReport(String caseId) {
		Optional<Case> own = this.handling.findOwnReport(caseId);
		if (own.isEmpty()) {
			return Outcome.rejected("reporterCaseViewId", UserErrorCode.NOT_FOUND, "No such report of yours");
		}
		Outcome<Case> requested = request(own.get(), "reporterCaseViewId");
		if (requested.isSuccess()) {
			if (own.get().reporterMode() == ReporterMode.NAMED) {
				this.audit.record("case.meeting.request", "Case", caseId, Map.of());
			}
			else {
				this.audit.recordAnonymously("case.meeting.request", "Case", caseId, Map.of());
			}
		}
		return requested;
	}

	/**
	 * An anonymous or public reporter asks for a meeting, once their credentials were
	 * checked; called in the tenant's context.
	 */
	Outcome<Case> requestAnonymously(Case reported) {
		Outcome<Case> requested = request(reported, "receiptKey");
		if (requested.isSuccess()) {
			this.audit.recordAnonymously("case.meeting.request", "Case", reported.id(), Map.of());
		}
		return requested;
	}

	/** Someone who steers the case records that the meeting asked for was held. */
	@PreAuthorize(Authorities.ANY_ROLE)
	Outcome<Case> held(String caseId) {
		Outcome<Case> steered = this.handling.steered(caseId);
		if (!steered.isSuccess()) {
			return steered;
		}
		Optional<Case> held = this.store.meetingHeld(caseId, this.clock.instant());
		if (held.isEmpty()) {
			return Outcome.rejected("caseId", UserErrorCode.NO_MEETING_REQUESTED,
					"The reporter has not asked for a meeting that is still to be held");
		}
		this.audit.record("case.meeting.held", "Case", caseId, Map.of("by", CurrentUser.required().getName()));
		return Outcome.of(held.get());
	}

	private Outcome<Case> request(Case reported, String field) {
		if (reported.status() == CaseStatus.CLOSED) {
			return Outcome.rejected(field, UserErrorCode.CLOSED, "The case is closed");
		}
		if (reported.deadlines().meetingPending()) {
			return Outcome.rejected(field, UserErrorCode.MEETING_ALREADY_REQUESTED,
					"A meeting was asked for and is still to be held");
		}
		Tenant tenant = TenantContext.required();
		Instant now = this.clock.instant();
		Optional<JurisdictionDuties.Due> due = this.packs.dutiesFor(tenant.jurisdictions())
			.meeting(now.atZone(tenant.zoneId()).toLocalDate(),
					new WorkingDays(() -> this.calendars.forTenant(tenant)));
		if (due.isEmpty()) {
			return Outcome.rejected(field, UserErrorCode.NO_MEETING_DUTY,
					"None of the jurisdictions of this organisation sets a meeting deadline; write a message instead");
		}
		return this.store
			.requestMeeting(reported.id(), now, Deadlines.endOfDay(due.get().day(), tenant.zoneId()),
					due.get().source())
			.map(Outcome::of)
			.orElseGet(() -> Outcome.rejected(field, UserErrorCode.MEETING_ALREADY_REQUESTED,
					"A meeting was asked for and is still to be held"));
	}

}
