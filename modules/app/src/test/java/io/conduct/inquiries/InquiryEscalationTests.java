package io.conduct.inquiries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.conduct.ConductIntegrationTest;
import io.conduct.people.PeopleDirectory;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inquiry no spokesperson took within one business day of the tenant's calendar goes
 * to the CFO/CAO: at the end of the first business day after the day it was recorded, in
 * the tenant's zone (Europe/Berlin here, German public holidays), once, whatever the
 * number of instances running the round.
 */
@ConductIntegrationTest
class InquiryEscalationTests {

	/** Friday before Whit Monday (2026-05-25), 16:00 in Berlin. */
	private static final Instant FRIDAY_BEFORE_WHIT_MONDAY = Instant.parse("2026-05-22T14:00:00Z");

	/** Wednesday 2026-05-20, 10:00 in Berlin. */
	private static final Instant WEDNESDAY = Instant.parse("2026-05-20T08:00:00Z");

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	@Qualifier(MongoConfiguration.CONTROL)
	MongoTemplate control;

	@Autowired
	TestClock clock;

	@Autowired
	InquiryEscalations escalations;

	@Autowired
	InquiryStore store;

	@Autowired
	InquiryNotifications notifications;

	@Autowired
	PeopleDirectory people;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	InquiryFixture fixture;

	@BeforeEach
	void tenant() {
		this.fixture = new InquiryFixture(new GraphQlHttp(this.port), this.registry, this.tenantData);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void recordedOnTheFridayBeforeWhitMondayItGoesToTheCfoCaoOnlyAtTheEndOfTuesday() {
		String id = recordAt(FRIDAY_BEFORE_WHIT_MONDAY);
		var recorded = this.fixture.node(this.fixture.carol, id);
		assertThat(recorded.<String>read("$.data.node.escalationBusinessDay")).isEqualTo("2026-05-26");
		assertThat(recorded.<String>read("$.data.node.escalatesAt")).isEqualTo("2026-05-26T21:59:59.999Z");

		// the end of Whit Monday, and Tuesday's last second, in Berlin: not yet
		for (String moment : List.of("2026-05-25T22:00:00Z", "2026-05-26T21:59:59Z")) {
			roundAt(moment);
			assertThat(this.fixture.node(this.fixture.carol, id).<Boolean>read("$.data.node.escalated")).as(moment)
				.isFalse();
		}
		assertThat(this.fixture.kindsFor(id, "carol")).isEmpty();

		roundAt("2026-05-26T22:00:00Z");

		var escalated = this.fixture.node(this.fixture.carol, id);
		assertThat(escalated.<Boolean>read("$.data.node.escalated")).isTrue();
		assertThat(escalated.<String>read("$.data.node.escalation.escalatedAt")).isEqualTo("2026-05-26T22:00:00.000Z");
		assertThat(escalated.<String>read("$.data.node.escalation.businessDay")).isEqualTo("2026-05-26");
		assertThat(escalated.<Integer>read("$.data.node.escalation.notified")).isEqualTo(1);
		assertThat(escalated.<String>read("$.data.node.status")).isEqualTo("OPEN");
		assertThat(escalated.<List<String>>read("$.data.node.notices[?(@.reason == 'ESCALATION')].person.displayName"))
			.containsExactly("Carol Cfo");
		assertThat(this.fixture.kindsFor(id, "carol")).containsExactly("inquiry.escalated");
		assertThat(this.fixture.outboxOf(id).stream().filter((d) -> d.getString("kind").equals("inquiry.escalated")))
			.singleElement()
			.satisfies((d) -> assertThat(d.getString("body")).contains("by the end of May 26, 2026"));
		assertThat(this.fixture.audit("inquiry.escalate")).singleElement()
			.satisfies((e) -> assertThat(e.getString("actorSubject")).isEqualTo("system"));

		// a later round changes nothing
		roundAt("2026-05-27T09:00:00Z");
		assertThat(this.fixture.kindsFor(id, "carol")).containsExactly("inquiry.escalated");
		assertThat(this.fixture.audit("inquiry.escalate")).hasSize(1);
	}

	@Test
	void recordedOnAWednesdayItGoesAtTheEndOfThursday() {
		String id = recordAt(WEDNESDAY);
		roundAt("2026-05-21T21:59:59Z");
		assertThat(this.fixture.node(this.fixture.carol, id).<Boolean>read("$.data.node.escalated")).isFalse();

		roundAt("2026-05-21T22:00:00Z");
		assertThat(this.fixture.node(this.fixture.carol, id).<Boolean>read("$.data.node.escalated")).isTrue();
	}

	@Test
	void anInquiryASpokespersonTookIsNeverEscalated() {
		String id = recordAt(WEDNESDAY);
		this.clock.setTo(WEDNESDAY.plus(Duration.ofHours(3)));
		var taken = this.fixture.take(this.fixture.pat, id);
		assertThat(taken.<String>read("$.data.inquiryTake.inquiry.status")).as(taken.body()).isEqualTo("TAKEN");

		roundAt("2026-05-28T09:00:00Z");

		assertThat(this.fixture.node(this.fixture.carol, id).<Boolean>read("$.data.node.escalated")).isFalse();
		assertThat(this.fixture.kindsFor(id, "carol")).isEmpty();
	}

	@Test
	void twoInstancesRunningTheRoundAtOnceEscalateOnce() throws Exception {
		String id = recordAt(WEDNESDAY);
		Instant after = Instant.parse("2026-05-22T08:00:00Z");
		this.clock.setTo(after);
		InquiryEscalations other = new InquiryEscalations(secondInstance(), this.store, this.notifications, this.people,
				this.audit);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<Boolean>> rounds = new ArrayList<>();
			for (InquiryEscalations instance : List.of(this.escalations, other)) {
				rounds.add(pool.submit(() -> {
					together.await();
					return instance.runRound(after);
				}));
			}
			for (Future<Boolean> round : rounds) {
				round.get(2, TimeUnit.MINUTES);
			}
			// and each tenant's part on both, as if the lock had expired midway
			this.escalations.runFor(this.fixture.tenant, after);
			other.runFor(this.fixture.tenant, after);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.fixture.kindsFor(id, "carol")).containsExactly("inquiry.escalated");
		assertThat(this.fixture.audit("inquiry.escalate")).hasSize(1);
		assertThat(this.fixture.node(this.fixture.carol, id)
			.<List<?>>read("$.data.node.notices[?(@.reason == 'ESCALATION')]")).hasSize(1);
	}

	@Test
	void aDayOutsideTheCalendarsLoadedYearsIsAUserErrorAndNothingIsStored() {
		// Friday 2028-12-29: its next business day is in 2029, which is not loaded
		Instant lastFriday = Instant.parse("2028-12-29T10:00:00Z");
		this.clock.setTo(lastFriday);
		var refused = this.fixture.record(this.fixture.erin, InquiryFixture.input(lastFriday, Map.of()));

		assertThat(refused.<List<String>>read("$.data.inquiryRecord.userErrors[*].code"))
			.containsExactly("CALENDAR_YEAR_NOT_LOADED");
		assertThat(refused.<List<String>>read("$.data.inquiryRecord.userErrors[0].field")).containsExactly("input");
		assertThat(refused.<String>read("$.data.inquiryRecord.userErrors[0].message")).contains("2029");
		assertThat(refused.<Object>read("$.data.inquiryRecord.inquiry")).isNull();
		assertThat(this.fixture.storedInquiries()).isZero();
		assertThat(this.fixture.outbox()).noneMatch((d) -> d.getString("kind").startsWith("inquiry."));
	}

	private String recordAt(Instant moment) {
		this.clock.setTo(moment);
		return this.fixture.recorded(this.fixture.erin, InquiryFixture.input(moment, Map.of()));
	}

	private void roundAt(String moment) {
		Instant at = Instant.parse(moment);
		this.clock.setTo(at);
		this.escalations.runRound(at);
	}

	private ClusterJobs secondInstance() {
		return new ClusterJobs(
				new DefaultLockingTaskExecutor(new MongoLockProvider(this.control.getCollection("job_locks"))),
				this.registry, Duration.ofMinutes(10));
	}

}
