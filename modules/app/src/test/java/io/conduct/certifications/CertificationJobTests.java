package io.conduct.certifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.conduct.ConductIntegrationTest;
import io.conduct.notifications.OutboxDelivery;
import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestMail;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certification round and the outbox on several instances at once, and after an
 * interruption: every notification is written once and delivered once.
 */
@ConductIntegrationTest
class CertificationJobTests {

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
	CertificationWork work;

	@Autowired
	Campaigns campaigns;

	@Autowired
	CertificationLadder ladder;

	@Autowired
	CampaignStore store;

	@Autowired
	OutboxDelivery delivery;

	@LocalServerPort
	int port;

	CampaignFixture fixture;

	LocalDate today;

	@BeforeEach
	void tenant() {
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin")));
		this.fixture = new CampaignFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "job", null,
				"Europe/Berlin", this.today);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
		TestMail.start();
	}

	@Test
	void twoInstancesOfTheSchedulerSendEachReminderExactlyOnce() throws Exception {
		LocalDate due = this.today.plusDays(10);
		this.fixture.openAdHoc("Ad hoc", due);
		Instant weekBefore = due.plusDays(1).atStartOfDay(this.fixture.zone).minusDays(7).plusHours(1).toInstant();
		CertificationWork other = new CertificationWork(secondInstance(), this.campaigns, this.ladder);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (Instant moment : List.of(this.clock.instant(), weekBefore)) {
				this.clock.setTo(moment);
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<?>> rounds = new ArrayList<>();
				for (CertificationWork instance : List.of(this.work, other)) {
					rounds.add(pool.submit(() -> {
						together.await();
						return instance.runRound(moment);
					}));
				}
				for (Future<?> round : rounds) {
					round.get(2, TimeUnit.MINUTES);
				}
			}
			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<Integer>> deliveries = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				deliveries.add(pool.submit(() -> {
					together.await();
					return TenantContext.callAs(this.fixture.tenant, () -> this.delivery.deliverDue(100));
				}));
			}
			int sent = 0;
			for (Future<Integer> delivered : deliveries) {
				sent += delivered.get(2, TimeUnit.MINUTES);
			}
			assertThat(sent).isEqualTo(6);
		}
		finally {
			pool.shutdownNow();
		}

		for (String user : List.of("erin", "sam", "carol")) {
			assertThat(this.fixture.kindsFor(user)).as(user)
				.containsExactly("certification.invitation", "certification.reminder");
			List<MimeMessage> received = TestMail.receivedBy(this.fixture.email(user));
			assertThat(received).as(user).hasSize(2);
			assertThat(received.stream().map(CertificationJobTests::notificationId).distinct()).hasSize(2);
		}
	}

	@Test
	void twoRoundsOverlappingForTheSameTenantStillWriteEachNotificationOnce() throws Exception {
		// e.g. a lock that expired while a slow round was still running
		LocalDate due = this.today.plusDays(10);
		this.fixture.openAdHoc("Ad hoc", due);
		Instant now = this.clock.instant();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<?>> rounds = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					rounds.add(pool.submit(() -> {
						together.await();
						this.work.runFor(this.fixture.tenant, now);
						return null;
					}));
				}
				for (Future<?> running : rounds) {
					running.get(2, TimeUnit.MINUTES);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.fixture.outbox()).hasSize(3);
		for (String user : List.of("erin", "sam", "carol")) {
			assertThat(this.fixture.kindsFor(user)).as(user).containsExactly("certification.invitation");
		}
	}

	@Test
	void whileOneInstanceHoldsTheJobTheOtherSkipsIt() throws Exception {
		ClusterJobs first = secondInstance();
		ClusterJobs second = secondInstance();
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> holder = pool.submit(() -> first.runOnce("test.lock", () -> {
				holding.countDown();
				await(release);
			}));
			await(holding);
			boolean secondRan = second.runOnce("test.lock", () -> {
			});
			release.countDown();

			assertThat(holder.get(1, TimeUnit.MINUTES)).isTrue();
			assertThat(secondRan).isFalse();
			assertThat(second.runOnce("test.lock", () -> {
			})).as("free again once the first finished").isTrue();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anInterruptedRoundResumesWithoutWritingOrSendingAnythingTwice() {
		// a round that stopped after assigning one person of three
		Instant now = this.clock.instant();
		LocalDate due = this.today.plusDays(10);
		Instant dueAt = Campaigns.endOf(due, this.fixture.zone);
		String erinsId = TenantContext.callAs(this.fixture.tenant,
				() -> this.tenantData
					.findOne(Query.query(Criteria.where("givenName").is("Erin")), Document.class, "people")
					.getString("_id"));
		TenantContext.runAs(this.fixture.tenant, () -> {
			this.store.insertIfAbsent(new CertificationCampaign("interrupted",
					new CertificationCampaign.Purpose(CertificationCampaign.Kind.AD_HOC, "Interrupted", 1),
					new CertificationCampaign.Schedule(due, dueAt, dueAt.plus(Duration.ofDays(30))),
					CertificationCampaign.State.opened(now, "system")));
			this.store.assignAll(List.of(CertificationAssignment.of("interrupted", erinsId, "Sales", due, dueAt, now)));
		});

		this.work.runFor(this.fixture.tenant, now);
		this.work.runFor(this.fixture.tenant, now);

		assertThat(this.fixture.assignments()).hasSize(3);
		assertThat(this.fixture.outbox()).hasSize(3);
		// a round that wrote Erin's invitation but stopped before recording the step
		TenantContext.runAs(this.fixture.tenant,
				() -> this.tenantData.updateFirst(
						Query.query(Criteria.where("_id").is(CertificationAssignment.idOf("interrupted", erinsId))),
						Update.update("steps", List.of()).set("nextStepAt", now), CertificationAssignment.class));
		this.work.runFor(this.fixture.tenant, now.plusSeconds(60));
		assertThat(this.fixture.outbox()).hasSize(3);
		// an instance that claimed Erin's invitation and died before sending it
		TenantContext.runAs(this.fixture.tenant,
				() -> this.tenantData.updateFirst(Query.query(Criteria.where("email").is(this.fixture.email("erin"))),
						Update.update("claimedUntil", now.plus(Duration.ofMinutes(5))), "notification_outbox"));

		int sentAtFirst = TenantContext.callAs(this.fixture.tenant, () -> this.delivery.deliverDue(100));
		this.clock.setTo(now.plus(Duration.ofMinutes(6)));
		int sentAfterTheLease = TenantContext.callAs(this.fixture.tenant, () -> this.delivery.deliverDue(100));
		int sentAgain = TenantContext.callAs(this.fixture.tenant, () -> this.delivery.deliverDue(100));

		assertThat(List.of(sentAtFirst, sentAfterTheLease, sentAgain)).containsExactly(2, 1, 0);
		assertThat(TestMail.receivedBy(this.fixture.email("erin"))).hasSize(1);
		assertThat(TestMail.receivedBy(this.fixture.email("sam"))).hasSize(1);
	}

	/**
	 * Another application instance's job runner: its own lock provider on the same locks.
	 */
	private ClusterJobs secondInstance() {
		return new ClusterJobs(
				new DefaultLockingTaskExecutor(new MongoLockProvider(this.control.getCollection("job_locks"))),
				this.registry, Duration.ofMinutes(10));
	}

	private static String notificationId(MimeMessage message) {
		try {
			return message.getHeader("X-Conduct-Notification")[0];
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
