package io.conduct.certifications;

import java.time.Clock;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.PeopleJoined;
import io.conduct.people.PersonLeft;
import io.conduct.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the directory: people who have started get their on-hire certification as soon
 * as they join (those who start later get it from the scheduled round on their first
 * day), and what people who leave still owed is withdrawn.
 */
@Component
class DirectoryEvents {

	private static final Logger logger = LoggerFactory.getLogger(DirectoryEvents.class);

	private final CertificationWork work;

	private final Campaigns campaigns;

	private final PeopleDirectory people;

	private final Clock clock;

	DirectoryEvents(CertificationWork work, Campaigns campaigns, PeopleDirectory people, Clock clock) {
		this.work = work;
		this.campaigns = campaigns;
		this.people = people;
		this.clock = clock;
	}

	@EventListener
	void on(PeopleJoined joined) {
		try {
			this.work.runAsSystem(TenantContext.required(), () -> this.campaigns
				.assignOnHire(this.people.findAll(joined.personIds()).values(), this.clock.instant()));
		}
		catch (RuntimeException ex) {
			// the person is stored; the scheduled round assigns them instead
			logger.warn("On-hire certification not assigned now; the next round will", ex);
		}
	}

	@EventListener
	void on(PersonLeft left) {
		try {
			this.work.runAsSystem(TenantContext.required(), () -> this.campaigns.withdraw(left.personId()));
		}
		catch (RuntimeException ex) {
			// the person is offboarded; the ladder's weekly look withdraws it instead
			logger.warn("Certifications of a person who left not withdrawn now; the ladder will", ex);
		}
	}

}
