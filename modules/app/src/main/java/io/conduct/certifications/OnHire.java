package io.conduct.certifications;

import java.time.Clock;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.PeopleJoined;
import io.conduct.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the on-hire certification as soon as people who have started join the directory;
 * those who start later get it from the scheduled round on their first day.
 */
@Component
class OnHire {

	private static final Logger logger = LoggerFactory.getLogger(OnHire.class);

	private final CertificationWork work;

	private final Campaigns campaigns;

	private final PeopleDirectory people;

	private final Clock clock;

	OnHire(CertificationWork work, Campaigns campaigns, PeopleDirectory people, Clock clock) {
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

}
