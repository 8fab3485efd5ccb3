package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.csv.SpreadsheetCsv;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Accounting, internal-controls and auditing concerns: the CFO/CAO and the CEO each
 * record whether a concern is without merit; only if both (two distinct people, neither
 * involved) find it so does it stay away from the Audit Committee. Either may forward it
 * at once, and a review not decided by its due time is forwarded. Every such concern,
 * whatever its outcome, is in the Audit Committee's record of its fiscal quarter.
 */
@Service
class MeritReviews {

	private static final Logger logger = LoggerFactory.getLogger(MeritReviews.class);

	private final CaseStore store;

	private final CaseHandling handling;

	private final TenantRegistry tenants;

	private final AuditTrail audit;

	private final Clock clock;

	MeritReviews(CaseStore store, CaseHandling handling, TenantRegistry tenants, AuditTrail audit, Clock clock) {
		this.store = store;
		this.handling = handling;
		this.tenants = tenants;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('CFO_CAO', 'CEO')")
	public Outcome<Case> recordWithoutMerit(String caseId, String reason) {
		return determine(caseId, reason, true);
	}

	@PreAuthorize("hasAnyRole('CFO_CAO', 'CEO')")
	public Outcome<Case> forward(String caseId, String reason) {
		return determine(caseId, reason, false);
	}

	private Outcome<Case> determine(String caseId, String reason, boolean withoutMerit) {
		Outcome<Case> steered = this.handling.steered(caseId);
		if (!steered.isSuccess()) {
			return steered;
		}
		Optional<Case> found = Optional.of(steered.value());
		if (found.get().meritReview() == null) {
			return Outcome.rejected("caseId", UserErrorCode.NOT_FOUND, "No accounting concern of yours under review");
		}
		Case concern = found.get();
		Validation validation = new Validation();
		validation.text("reason", reason, CaseLimits.SHORT_TEXT);
		if (concern.meritReview().status() != MeritReview.Status.PENDING) {
			validation.reject("caseId", UserErrorCode.DECIDED, "The merit review was already decided");
		}
		var caller = CurrentUser.required();
		var earlier = concern.meritReview().determinations();
		Optional<Role> role = java.util.stream.Stream.of(Role.CFO_CAO, Role.CEO)
			.filter((r) -> caller.roles().contains(r))
			.filter((r) -> earlier.stream().noneMatch((d) -> d.role() == r))
			.findFirst();
		if (earlier.stream().anyMatch((d) -> d.subject().equals(caller.getName()))) {
			validation.reject("caseId", UserErrorCode.ALREADY_DETERMINED,
					"You already recorded a determination; the other must come from another person");
		}
		else if (role.isEmpty()) {
			validation.reject("caseId", UserErrorCode.ALREADY_DETERMINED,
					"Your role's determination is already recorded");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		Role asRole = role.orElseThrow();
		var determination = new MeritReview.Determination(asRole, caller.getName(), withoutMerit, reason.trim(), now);
		if (!withoutMerit) {
			this.store.addDetermination(caseId, determination, false,
					new CaseEvent(CaseEventType.MERIT_CONFIRMED, now, caller.getName(), asRole.name()));
			Optional<Case> forwarded = this.store.forwardToAuditCommittee(caseId, new CaseEvent(
					CaseEventType.FORWARDED_TO_AUDIT_COMMITTEE, now, caller.getName(), "Forwarded by " + asRole));
			this.audit.record("case.merit.forward", "Case", caseId, Map.of("role", asRole.name()));
			return forwarded.map(Outcome::of)
				.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.DECIDED, "Already decided"));
		}
		boolean otherFoundNoMerit = earlier.stream().anyMatch((d) -> d.withoutMerit() && d.role() != asRole);
		Optional<Case> updated = this.store.addDetermination(caseId, determination, otherFoundNoMerit,
				new CaseEvent(otherFoundNoMerit ? CaseEventType.WITHOUT_MERIT : CaseEventType.WITHOUT_MERIT_BY_ONE, now,
						caller.getName(), asRole.name()));
		this.audit.record("case.merit.without", "Case", caseId, Map.of("role", asRole.name()));
		return updated.map(Outcome::of)
			.orElseGet(() -> Outcome.rejected("caseId", UserErrorCode.DECIDED, "Already decided"));
	}

	/**
	 * Forwards every review whose time ran out; safe to run on several instances at once.
	 */
	@Scheduled(fixedDelayString = "${conduct.cases.merit-review.check-interval:PT15M}")
	public void forwardOverdueReviews() {
		Instant now = this.clock.instant();
		for (Tenant tenant : this.tenants.findAll()) {
			if (!tenant.isActive()) {
				continue;
			}
			long forwarded = TenantContext.callAs(tenant,
					() -> this.store.pendingMeritReviewsDueBefore(now)
						.stream()
						.filter((concern) -> this.store
							.forwardToAuditCommittee(concern.id(),
									new CaseEvent(CaseEventType.FORWARDED_TO_AUDIT_COMMITTEE, now, null,
											"Merit review not decided in time"))
							.isPresent())
						.count());
			if (forwarded > 0) {
				// a count, never case numbers: logs must not place a case beside a moment
				logger.info("{} accounting concerns of tenant {} forwarded to the Audit Committee", forwarded,
						tenant.key());
			}
		}
	}

	/**
	 * The Audit Committee's record for a fiscal quarter of the tenant: every accounting
	 * concern received in it, whatever its outcome, except those the reader is involved
	 * in, which are counted as withheld. Each concern shown is audited as read.
	 */
	@PreAuthorize("hasRole('AUDIT_COMMITTEE')")
	public QuarterRecord auditCommitteeRecord(int fiscalYear, int quarter) {
		if (quarter < 1 || quarter > 4 || fiscalYear < 2000 || fiscalYear > 2200) {
			throw io.conduct.platform.errors.ConductException
				.badRequest("The quarter is 1 to 4, the fiscal year 2000 to 2200");
		}
		Tenant tenant = TenantContext.required();
		ZoneId zone = tenant.zoneId();
		LocalDate start = LocalDate.of(fiscalYear, tenant.fiscalYearStartMonth(), 1).plusMonths(3L * (quarter - 1));
		Instant from = start.atStartOfDay(zone).toInstant();
		Instant to = start.plusMonths(3).atStartOfDay(zone).toInstant();
		List<Case> received = this.store.receivedBetween(ReportCategory.ACCOUNTING_OR_AUDITING, from, to);
		List<Case> shown = this.handling.notInvolving(received);
		int withheld = received.size() - shown.size();
		if (!shown.isEmpty()) {
			this.audit.recordRead("audit-committee.record.read", "Case", shown.stream().map(Case::id).toList(),
					Map.of("quarter", fiscalYear + "-Q" + quarter));
		}
		this.audit.record("audit-committee.record.read", "AuditCommitteeRecord", fiscalYear + "-Q" + quarter,
				Map.of("count", String.valueOf(shown.size()), "withheld", String.valueOf(withheld), "ids",
						String.join(",", shown.stream().map(Case::id).toList())));
		return new QuarterRecord(fiscalYear, quarter, from, to, shown.stream().map(AuditCommitteeConcern::of).toList(),
				withheld);
	}

	/**
	 * A fiscal quarter's accounting concerns.
	 *
	 * @param fiscalYear the calendar year the fiscal year starts in
	 * @param quarter 1 to 4
	 * @param from first instant of the quarter in the tenant's zone
	 * @param to first instant after it
	 * @param concerns the concerns received in it, less those the reader is involved in
	 * @param withheld how many concerns of the quarter are left out because the reader is
	 * involved in them
	 */
	record QuarterRecord(int fiscalYear, int quarter, Instant from, Instant to, List<AuditCommitteeConcern> concerns,
			int withheld) {

		/** The record as CSV, one concern a line. */
		public String csv() {
			return SpreadsheetCsv.write(
					List.of("caseNumber", "receivedAt", "status", "disposition", "determinations", "description"),
					this.concerns.stream()
						.map((concern) -> List.<Object>of(concern.caseNumber(), concern.receivedAt(), concern.status(),
								concern.disposition(), concern.determinationsInWords(), concern.description()))
						.toList());
		}

	}

}
