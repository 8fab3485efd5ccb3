package io.conduct.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestMail;
import io.conduct.testsupport.TestTenants;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications wait in the outbox while SMTP is down and are delivered once when it is
 * back, each in the recipient's language.
 */
@ConductIntegrationTest
class NotificationOutboxTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	TestClock clock;

	Tenant tenant;

	@BeforeEach
	void tenant() {
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("mail"));
	}

	@AfterEach
	void restore() {
		this.clock.reset();
		TestMail.start();
	}

	@Test
	void whileSmtpIsDownNothingIsLostAndOnceItIsBackEachIsDeliveredOnce() {
		List<String> people = List.of("ada", "ben", "cem");
		TenantContext.runAs(this.tenant, () -> people.forEach((person) -> {
			boolean written = this.notifications.enqueue(reminder(person, "en"));
			boolean again = this.notifications.enqueue(reminder(person, "en"));
			assertThat(written).isTrue();
			assertThat(again).as("the same key is written once").isFalse();
		}));
		TestMail.stop();

		int whileDown = deliver();
		List<Notification> waiting = outbox();
		TestMail.start();
		int atOnce = deliver();
		this.clock.advance(Duration.ofMinutes(2));
		int afterThePause = deliver();
		int again = deliver();

		assertThat(whileDown).isZero();
		// the first attempt failed and the round stopped there, not hammering a server
		// that is down
		assertThat(waiting).hasSize(3).allSatisfy((n) -> assertThat(n.status()).isEqualTo(Notification.Status.PENDING));
		assertThat(waiting).filteredOn((n) -> n.attempts() == 1)
			.singleElement()
			.satisfies((n) -> assertThat(n.lastError()).isNotBlank());
		assertThat(atOnce).as("the two not yet tried; the failed one after a pause").isEqualTo(2);
		assertThat(afterThePause).isEqualTo(1);
		assertThat(again).isZero();
		people.forEach((person) -> assertThat(TestMail.receivedBy(address(person))).as(person).hasSize(1));
		assertThat(outbox()).allSatisfy((n) -> assertThat(n.status()).isEqualTo(Notification.Status.SENT));
	}

	@Test
	void eachIsWrittenInTheRecipientsLanguageWithEnglishWhereThereIsNoTranslation()
			throws MessagingException, java.io.IOException {
		TenantContext.runAs(this.tenant, () -> {
			this.notifications.enqueue(reminder("jun", "ja-JP"));
			this.notifications.enqueue(reminder("lea", "fr-CH"));
			this.notifications.enqueue(reminder("rui", "pt-BR"));
		});

		assertThat(deliver()).isEqualTo(3);

		assertThat(only("jun").getSubject()).isEqualTo("リマインダー：規範の確認期限は2027年3月31日です");
		assertThat(only("lea").getSubject())
			.isEqualTo("Rappel : votre certification du Code est attendue d'ici le 31 mars 2027");
		assertThat(only("rui").getSubject()).isEqualTo("Reminder: your Code certification is due by March 31, 2027");
		assertThat(only("rui").getHeader("Content-Language")).containsExactly("en");
		assertThat((String) only("jun").getContent()).contains("残り7日");
	}

	@Test
	void anAddressThatIsRefusedFailsForGoodWithoutHoldingUpTheOthers() throws MessagingException {
		TenantContext.runAs(this.tenant, () -> {
			this.notifications.enqueue(new NotificationRequest("test|bad", NotificationKind.CERTIFICATION_REMINDER,
					new NotificationRequest.Recipient("bad", "not an address@@", "en"),
					List.of("Bad", "Annual", LocalDate.of(2027, 3, 31), 7)));
			this.notifications.enqueue(reminder("kim", "en"));
		});

		int sent = deliver();

		assertThat(sent).isEqualTo(2);
		assertThat(outbox()).extracting(Notification::id, Notification::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("test|bad", Notification.Status.FAILED),
					org.assertj.core.groups.Tuple.tuple("test|kim", Notification.Status.SENT));
		// a resend would carry the same Message-ID, for mail systems to drop the repeat
		assertThat(only("kim").getMessageID())
			.isEqualTo(OutboxDelivery
				.messageId(outbox().stream().filter((n) -> n.id().equals("test|kim")).findFirst().orElseThrow()))
			.endsWith("@conduct>");
	}

	private NotificationRequest reminder(String person, String locale) {
		return new NotificationRequest("test|" + person, NotificationKind.CERTIFICATION_REMINDER,
				new NotificationRequest.Recipient(person, address(person), locale),
				List.of(person, "Annual certification 2027", LocalDate.of(2027, 3, 31), 7));
	}

	private String address(String person) {
		return person + "@" + this.tenant.key() + ".test";
	}

	private MimeMessage only(String person) {
		List<MimeMessage> received = TestMail.receivedBy(address(person));
		assertThat(received).hasSize(1);
		return received.get(0);
	}

	private int deliver() {
		return TenantContext.callAs(this.tenant, () -> this.delivery.deliverDue(100));
	}

	private List<Notification> outbox() {
		return TenantContext.callAs(this.tenant, () -> this.tenantData.find(new Query(), Notification.class));
	}

}
