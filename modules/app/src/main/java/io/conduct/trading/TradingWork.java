package io.conduct.trading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.stereotype.Component;

/**
 * The insider trading round for every active tenant, once across instances: approvals
 * whose window has closed are marked expired and their requesters told; executive
 * officers and directors whose Form 4 is due today are reminded. Each step is idempotent
 * (a status changes once; a notification is written once per key), so a round cut short
 * is finished by the next.
 */
@Component
class TradingWork {

	static final String JOB = "trading.round";

	static final int BATCH = 500;

	private static final Set<Role> ROLES = EnumSet.of(Role.CFO_CAO);

	private final ClusterJobs jobs;

	private final TradingStore store;

	private final TradingNotifications notifications;

	private final PeopleDirectory people;

	TradingWork(ClusterJobs jobs, TradingStore store, TradingNotifications notifications, PeopleDirectory people) {
		this.jobs = jobs;
		this.store = store;
		this.notifications = notifications;
		this.people = people;
	}

	/** Runs the round unless another instance is running it; returns whether it ran. */
	boolean runRound(Instant now) {
		return this.jobs.runForEachTenantCounting(JOB, (tenant) -> runFor(tenant, now));
	}

	int runFor(Tenant tenant, Instant now) {
		return SystemActor.callAs(tenant, ROLES,
				() -> expire(now) + remindForm4(now.atZone(tenant.zoneId()).toLocalDate()));
	}

	private int expire(Instant now) {
		List<PreClearance> closed = this.store.closedApprovals(now, BATCH);
		if (closed.isEmpty()) {
			return 0;
		}
		Map<String, Person> requesters = this.people
			.findAll(closed.stream().map(PreClearance::requesterPersonId).distinct().toList());
		Map<String, TradingSecurity> securities = this.store.findAll(
				closed.stream().map(PreClearance::securityId).distinct().toList(), TradingSecurity.class,
				TradingSecurity::id);
		int expired = 0;
		for (PreClearance request : closed) {
			if (this.store.markExpired(request.id())) {
				expired++;
			}
			TradingSecurity security = securities.get(request.securityId());
			if (security != null) {
				this.notifications.expired(request, requesters.get(request.requesterPersonId()), security);
			}
		}
		return expired;
	}

	private int remindForm4(LocalDate today) {
		List<Trade> due = this.store.form4DueOn(today);
		if (due.isEmpty()) {
			return 0;
		}
		Map<String, Person> traders = this.people.findAll(due.stream().map(Trade::traderPersonId).distinct().toList());
		due.forEach((trade) -> this.notifications.form4Due(trade, traders.get(trade.traderPersonId()), "|due-day"));
		return due.size();
	}

}
