package io.conduct.certifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.code.CodeLibrary;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Opens and closes certification campaigns and assigns people to them: the on-hire
 * campaign for each person who starts, the annual one on its day in the tenant's zone,
 * and ad hoc ones, e.g. after an amendment. A due date is the end of that day in the
 * tenant's zone. Opening is resumable: a campaign is marked fully assigned only once
 * everyone has an assignment, and assigning again keeps one per person.
 */
@Service
class Campaigns {

	private static final Logger logger = LoggerFactory.getLogger(Campaigns.class);

	/**
	 * Who runs campaigns and sets their calendar and ladder: the CFO/CAO or the Board (a
	 * tenant administrator administers people and settings, not the Code's campaigns).
	 */
	static final String RUNNERS = "hasAnyRole('CFO_CAO', 'BOARD')";

	/**
	 * Who reads the campaigns and their settings: those who run them, and administrators.
	 */
	static final String READERS = "hasAnyRole('CFO_CAO', 'BOARD', 'TENANT_ADMIN')";

	private static final int BATCH = 500;

	private final CampaignStore store;

	private final CertificationCalendar calendar;

	private final CodeLibrary code;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	Campaigns(CampaignStore store, CertificationCalendar calendar, CodeLibrary code, PeopleDirectory people,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.code = code;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** The end of the day in the zone: the moment a due date passes. */
	static Instant endOf(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	CertificationSettings settings() {
		return this.calendar.settings();
	}

	/** Opens an ad hoc campaign for everyone active, e.g. after an amendment. */
	@PreAuthorize(RUNNERS)
	public Outcome<CertificationCampaign> openAdHoc(String name, LocalDate dueDate) {
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), tenant.zoneId());
		Validation validation = new Validation();
		validation.text("name", name, 200);
		if (dueDate == null || dueDate.isBefore(today) || dueDate.isAfter(today.plusDays(365))) {
			validation.reject("dueDate", UserErrorCode.INVALID,
					"From today to a year ahead, in the tenant's time zone");
		}
		Optional<Integer> version = currentVersion();
		if (version.isEmpty()) {
			validation.reject("", UserErrorCode.NO_CODE, "The tenant has no Code in effect to certify");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		CertificationCampaign campaign = open(UUID.randomUUID().toString(), CertificationCampaign.Kind.AD_HOC,
				name.trim(), version.get(), dueDate, CurrentUser.required().getName(), now);
		this.audit.record("certification.campaign.open", "CertificationCampaign", campaign.id(),
				Map.of("kind", campaign.kind().name()));
		return Outcome.of(assignEveryone(campaign, now));
	}

	@PreAuthorize(RUNNERS)
	public Outcome<CertificationCampaign> close(String campaignId) {
		Optional<CertificationCampaign> campaign = Optional.ofNullable(campaignId).flatMap(this.store::campaign);
		if (campaign.isEmpty()) {
			return Outcome.rejected("campaignId", UserErrorCode.NOT_FOUND, "No such campaign");
		}
		if (campaign.get().kind() == CertificationCampaign.Kind.ON_HIRE) {
			return Outcome.rejected("campaignId", UserErrorCode.NOT_ALLOWED, "The on-hire campaign stays open");
		}
		if (!this.store.close(campaignId, this.clock.instant())) {
			return Outcome.rejected("campaignId", UserErrorCode.CLOSED, "The campaign is already closed");
		}
		this.audit.record("certification.campaign.close", "CertificationCampaign", campaignId, Map.of());
		return Outcome.of(this.store.campaign(campaignId).orElseThrow());
	}

	/** A page of the campaigns, newest first; one more than the page. */
	@PreAuthorize(READERS)
	public List<CertificationCampaign> page(Paging paging) {
		return this.store.page(paging.after(), paging.probe());
	}

	/**
	 * A campaign, for the CFO/CAO and administrators, and for the people it asks to
	 * certify.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<CertificationCampaign> findVisible(String campaignId) {
		Optional<CertificationCampaign> campaign = this.store.campaign(campaignId);
		if (campaign.isEmpty() || isManager()) {
			return campaign;
		}
		return campaign.filter((c) -> this.people.findCaller()
			.flatMap((self) -> this.store.assignment(CertificationAssignment.idOf(c.id(), self.id())))
			.isPresent());
	}

	/**
	 * A page of the caller's assignments: pending first, soonest due first, then the
	 * others, newest first; one more than the page.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<CertificationAssignment> own(Paging paging) {
		return this.people.findCaller()
			.map((self) -> this.store.assignmentsOf(self.id(), paging.after(), paging.probe()))
			.orElse(List.of());
	}

	/** An assignment, for the person it asks and for the CFO/CAO. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<CertificationAssignment> findAssignment(String assignmentId) {
		Optional<CertificationAssignment> assignment = this.store.assignment(assignmentId);
		if (assignment.isEmpty() || CurrentUser.required().roles().contains(Role.CFO_CAO)) {
			return assignment;
		}
		return assignment
			.filter((a) -> this.people.findCaller().map(Person::id).filter(a.personId()::equals).isPresent());
	}

	private static boolean isManager() {
		var roles = CurrentUser.required().roles();
		return roles.contains(Role.CFO_CAO) || roles.contains(Role.TENANT_ADMIN);
	}

	/** Campaigns by id, for batch loading. */
	Map<String, CertificationCampaign> campaigns(Collection<String> ids) {
		return this.store.campaigns(ids);
	}

	// The system's work, run by the scheduled job and on people joining.

	/**
	 * Opens this year's annual campaign once its day has come in the tenant's zone (or
	 * later, if no round ran that day).
	 * @return the assignments made
	 */
	int openAnnualIfDue(Instant now) {
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.ofInstant(now, tenant.zoneId());
		CertificationSettings settings = settings();
		LocalDate opening = settings.annualOpeningIn(today.getYear());
		boolean joinedAfterOpening = tenant.createdAt() != null
				&& tenant.createdAt().isAfter(opening.atStartOfDay(tenant.zoneId()).toInstant());
		// a tenant that joins after the year's opening day starts with next year's
		// campaign
		// (its roll-out is an ad hoc campaign)
		if (today.isBefore(opening) || joinedAfterOpening
				|| this.store.campaign(CertificationCampaign.annualId(today.getYear())).isPresent()) {
			return 0;
		}
		return currentVersion().map((version) -> {
			// due counted from the day it really opens: a tenant onboarded late in the
			// year
			// does not start overdue
			CertificationCampaign campaign = open(CertificationCampaign.annualId(today.getYear()),
					CertificationCampaign.Kind.ANNUAL, "Annual certification " + today.getYear(), version,
					today.plusDays(settings.annualDueDays()), "system", now);
			logger.info("Annual certification campaign {} opened", campaign.id());
			return assignEveryoneCounting(campaign, now);
		}).orElse(0);
	}

	/**
	 * Finishes assigning campaigns whose opening was interrupted.
	 * @return the assignments made
	 */
	int resumeAssigning(Instant now) {
		return this.store.openCampaigns()
			.stream()
			.filter((c) -> !c.fullyAssigned() && c.kind() != CertificationCampaign.Kind.ON_HIRE)
			.mapToInt((campaign) -> assignEveryoneCounting(campaign, now))
			.sum();
	}

	/**
	 * Assigns the on-hire certification to people who start within its window.
	 * @return the assignments made
	 */
	int assignNewStarters(Instant now) {
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.ofInstant(now, tenant.zoneId());
		int window = settings().onHireDueDays();
		List<Person> starters = new ArrayList<>(this.people.activeStartedBetween(today.minusDays(window), today));
		starters.addAll(this.people.activeWithoutStartDateSince(now.minus(java.time.Duration.ofDays(window))));
		return assignOnHire(starters, now);
	}

	/** The person left: what they still owed is withdrawn. */
	void withdraw(String personId) {
		this.store.withdrawPendingOf(personId);
	}

	/**
	 * Gives each person who has started (first day today or in the on-hire window, or no
	 * first day given) the on-hire certification, due some days after their first day.
	 * People who start later get it on their first day, from the scheduled job.
	 * @return the assignments offered (those already held are kept, not made twice)
	 */
	int assignOnHire(Collection<Person> joined, Instant now) {
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.ofInstant(now, tenant.zoneId());
		CertificationSettings settings = settings();
		List<CertificationAssignment> assignments = new ArrayList<>();
		for (Person person : joined) {
			LocalDate start = (person.startDate() != null) ? person.startDate()
					: LocalDate.ofInstant(person.createdAt(), tenant.zoneId());
			LocalDate due = start.plusDays(settings.onHireDueDays());
			if (person.isActive() && !start.isAfter(today) && !due.isBefore(today)) {
				assignments.add(CertificationAssignment.of(CertificationCampaign.ON_HIRE, person.id(),
						person.department(), due, endOf(due, tenant.zoneId()), now));
			}
		}
		if (assignments.isEmpty() || currentVersion().isEmpty()) {
			return 0;
		}
		// each person has their own due date: nothing to assign to everyone
		this.store.insertIfAbsent(new CertificationCampaign(CertificationCampaign.ON_HIRE,
				new CertificationCampaign.Purpose(CertificationCampaign.Kind.ON_HIRE, "On hire",
						currentVersion().get()),
				new CertificationCampaign.Schedule(null, null, null),
				new CertificationCampaign.State(CertificationCampaign.Status.OPEN, now, "system", null, true)));
		this.store.assignAll(assignments);
		return assignments.size();
	}

	/**
	 * Closes campaigns whose closing time has come.
	 * @return the campaigns closed
	 */
	int closeExpired(Instant now) {
		int closed = 0;
		for (CertificationCampaign campaign : this.store.openClosingBy(now)) {
			if (this.store.close(campaign.id(), now)) {
				logger.info("Certification campaign {} closed", campaign.id());
				closed++;
			}
		}
		return closed;
	}

	private CertificationCampaign open(String id, CertificationCampaign.Kind kind, String name, int version,
			LocalDate dueDate, String by, Instant now) {
		ZoneId zone = TenantContext.required().zoneId();
		return this.store
			.insertIfAbsent(new CertificationCampaign(id, new CertificationCampaign.Purpose(kind, name, version),
					new CertificationCampaign.Schedule(dueDate, endOf(dueDate, zone),
							endOf(dueDate.plusDays(settings().closeAfterDays()), zone)),
					CertificationCampaign.State.opened(now, by)));
	}

	private CertificationCampaign assignEveryone(CertificationCampaign campaign, Instant now) {
		assignEveryoneCounting(campaign, now);
		return this.store.campaign(campaign.id()).orElse(campaign);
	}

	/** Assigns the campaign to every active person, in batches; returns how many. */
	private int assignEveryoneCounting(CertificationCampaign campaign, Instant now) {
		int assigned = 0;
		String after = null;
		List<Person> batch;
		do {
			batch = this.people.activeAfter(after, BATCH);
			this.store.assignAll(batch.stream()
				.map((p) -> CertificationAssignment.of(campaign.id(), p.id(), p.department(), campaign.dueDate(),
						campaign.dueAt(), now))
				.toList());
			assigned += batch.size();
			after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
		}
		while (batch.size() == BATCH);
		this.store.markFullyAssigned(campaign.id());
		return assigned;
	}

	private Optional<Integer> currentVersion() {
		return this.code.current(null).map((shown) -> shown.version().number());
	}

}
