package io.conduct.inquiries;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;

import org.springframework.stereotype.Component;

/**
 * The escalation round, for every active tenant, once across instances: an inquiry no
 * spokesperson took by the end of its business day goes to the holders of the CFO/CAO's
 * role, and the escalation is recorded on it. Each step is idempotent: an inquiry is
 * escalated by one conditional update, its notices are keyed, and notices recorded but
 * not yet in the outbox (an instance stopped between the two) are written by the next
 * round.
 */
@Component
class InquiryEscalations {

	static final String JOB = "inquiries.escalation";

	/** The system reads the directory and tells the CFO/CAO as the CFO/CAO would. */
	private static final Set<Role> ROLES = EnumSet.of(Role.CFO_CAO);

	private static final int BATCH = 500;

	private final ClusterJobs jobs;

	private final InquiryStore store;

	private final InquiryNotifications notifications;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	InquiryEscalations(ClusterJobs jobs, InquiryStore store, InquiryNotifications notifications, PeopleDirectory people,
			AuditTrail audit) {
		this.jobs = jobs;
		this.store = store;
		this.notifications = notifications;
		this.people = people;
		this.audit = audit;
	}

	/** Runs the round unless another instance is running it; returns whether it ran. */
	boolean runRound(Instant now) {
		return this.jobs.runForEachTenantCounting(JOB, (tenant) -> runFor(tenant, now));
	}

	/** The round for one tenant; returns how many inquiries it escalated. */
	int runFor(Tenant tenant, Instant now) {
		return SystemActor.callAs(tenant, ROLES, () -> {
			int escalated = escalateDue(now);
			this.store.withNoticesPending(BATCH).forEach(this.notifications::write);
			return escalated;
		});
	}

	private int escalateDue(Instant now) {
		List<Inquiry> due = this.store.dueForEscalation(now, BATCH);
		if (due.isEmpty()) {
			return 0;
		}
		List<Person> cfos = this.people.holdersOf(Role.CFO_CAO);
		int escalated = 0;
		for (Inquiry inquiry : due) {
			List<Inquiry.Notice> notices = cfos.stream()
				.map((cfo) -> new Inquiry.Notice(InquiryNoticeReason.ESCALATION, cfo.id(), now))
				.toList();
			var changed = this.store.escalate(inquiry.id(),
					new Inquiry.Escalation(now, inquiry.escalationBusinessDay(), cfos.size()), notices, now);
			if (changed.isPresent()) {
				this.notifications.write(changed.get());
				this.audit.record("inquiry.escalate", Inquiries.TYPE, inquiry.id(), Map.of("businessDay",
						inquiry.escalationBusinessDay().toString(), "notified", String.valueOf(cfos.size())));
				escalated++;
			}
		}
		return escalated;
	}

}
