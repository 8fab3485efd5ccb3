package io.conduct.trading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rule 10b5-1 plans: a person records the plan they adopted for the Company's securities;
 * its cooling-off is computed from their type and the quarter's periodic report; a plan
 * that overlaps another of theirs is refused.
 */
@Service
class TradingPlans {

	static final int DESCRIPTION_LENGTH = 2_000;

	/** The longest plan recorded: five years. */
	static final int MAX_YEARS = 5;

	private final TradingStore store;

	private final TradingFactsSource facts;

	private final TradingAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	TradingPlans(TradingStore store, TradingFactsSource facts, TradingAccess access, AuditTrail audit, Clock clock) {
		this.store = store;
		this.facts = facts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<TradingPlan> adopt(Adoption adoption) {
		return adoptAs(this.access.caller(), adoption);
	}

	Outcome<TradingPlan> adoptAs(Person person, Adoption adoption) {
		Validation validation = new Validation();
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
		if (adoption.securityId() == null) {
			validation.reject("securityId", UserErrorCode.REQUIRED, "Required");
		}
		else {
			Optional<TradingSecurity> security = this.store.find(adoption.securityId(), TradingSecurity.class);
			if (security.isEmpty()) {
				validation.reject("securityId", UserErrorCode.NOT_FOUND, "No such security");
			}
			else if (!security.get().isCompany()) {
				validation.reject("securityId", UserErrorCode.INVALID,
						"A Rule 10b5-1 plan is for the Company's securities");
			}
		}
		BusinessCalendar sec = this.facts.secBusinessDays();
		if (adoption.adoptionDate() == null) {
			validation.reject("adoptionDate", UserErrorCode.REQUIRED, "Required");
		}
		else if (adoption.adoptionDate().isAfter(today)) {
			validation.reject("adoptionDate", UserErrorCode.OUT_OF_RANGE, "A plan is recorded once it is adopted");
		}
		else if (!sec.covers(adoption.adoptionDate())) {
			validation.reject("adoptionDate", UserErrorCode.CALENDAR_YEAR_NOT_LOADED,
					"The SEC's business days of " + adoption.adoptionDate().getYear() + " are not loaded");
		}
		if (adoption.endDate() == null) {
			validation.reject("endDate", UserErrorCode.REQUIRED, "Required");
		}
		else if (adoption.adoptionDate() != null && (!adoption.endDate().isAfter(adoption.adoptionDate())
				|| adoption.endDate().isAfter(adoption.adoptionDate().plusYears(MAX_YEARS)))) {
			validation.reject("endDate", UserErrorCode.OUT_OF_RANGE,
					"After the adoption, at most " + MAX_YEARS + " years later");
		}
		validation.optionalText("description", adoption.description(), DESCRIPTION_LENGTH);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Optional<TradingPlan> overlapping = this.store.plansOf(person.id())
			.stream()
			.filter((p) -> p.overlaps(adoption.adoptionDate(), adoption.endDate()))
			.findFirst();
		if (overlapping.isPresent()) {
			return Outcome.rejected("adoptionDate", UserErrorCode.OVERLAPPING_PLAN,
					"Overlaps your plan adopted on " + overlapping.get().adoptionDate() + " that runs until "
							+ overlapping.get().endDate() + " (Rule 10b5-1(c)(1)(ii)(D): no overlapping plans)");
		}
		TradingPlan plan = this.store.insert(new TradingPlan(UUID.randomUUID().toString(), person.id(),
				adoption.securityId(), person.type(), adoption.adoptionDate(), adoption.endDate(),
				(adoption.description() != null && !adoption.description().isBlank()) ? adoption.description().trim()
						: null,
				this.clock.instant()));
		this.audit.record("trading-plan.adopt", "TradingPlan", plan.id(),
				Map.of("adoptionDate", plan.adoptionDate().toString()));
		return Outcome.of(plan);
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public List<TradingPlan> ownPage(Paging paging) {
		Person caller = this.access.caller();
		return this.store.newestFirst(TradingPlan.class, Criteria.where("personId").is(caller.id()), "recordedAt",
				paging.after(), paging.probe());
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public List<TradingPlan> deskPage(Paging paging) {
		this.access.requireDesk();
		return this.store.newestFirst(TradingPlan.class, null, "recordedAt", paging.after(), paging.probe());
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<TradingPlan> find(String planId) {
		Optional<TradingPlan> found = this.store.find(planId, TradingPlan.class);
		if (found.isEmpty() || this.access.desk().isPresent()) {
			return found;
		}
		String caller = this.access.callerIfAny().map(Person::id).orElse(null);
		return found.filter((p) -> p.personId().equals(caller));
	}

	/** A plan's cooling-off, as it stands now. */
	CoolingOff.Period coolingOff(TradingPlan plan) {
		return this.facts.coolingOff(TenantContext.required(), plan);
	}

	TradingPlanStatus statusOf(TradingPlan plan, CoolingOff.Period period) {
		LocalDate today = LocalDate.now(this.clock.withZone(TenantContext.required().zoneId()));
		if (today.isAfter(plan.endDate())) {
			return TradingPlanStatus.ENDED;
		}
		return today.isAfter(period.endDate()) ? TradingPlanStatus.ACTIVE : TradingPlanStatus.COOLING_OFF;
	}

	/**
	 * A plan as recorded.
	 *
	 * @param securityId the Company's security it trades
	 * @param adoptionDate the day it was adopted
	 * @param endDate its last day
	 * @param description what it provides
	 */
	record Adoption(String securityId, LocalDate adoptionDate, LocalDate endDate, String description) {
	}

}
