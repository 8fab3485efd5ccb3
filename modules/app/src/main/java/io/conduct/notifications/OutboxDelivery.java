package io.conduct.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Hands the current tenant's pending notifications to the SMTP server. Each is claimed
 * first (a lease on the document), then sent, then marked sent, so two instances never
 * send the same one. When the server is down, the attempt is counted and retried later
 * with a growing pause; after too many attempts the notification is marked failed, and
 * stays visible.
 */
@Service
public class OutboxDelivery {

	private static final Logger logger = LoggerFactory.getLogger(OutboxDelivery.class);

	static final int MAX_ATTEMPTS = 20;

	private static final Duration LEASE = Duration.ofMinutes(5);

	private static final Duration MAX_PAUSE = Duration.ofHours(1);

	private final MongoTemplate tenantData;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	private final Clock clock;

	private final OutboxMetrics metrics;

	OutboxDelivery(MongoTemplate tenantData, ObjectProvider<JavaMailSender> mailSender,
			@Value("${conduct.notifications.from:conduct@localhost}") String from, Clock clock, OutboxMetrics metrics) {
		this.tenantData = tenantData;
		this.mailSender = mailSender;
		this.from = from;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Sends what is due, at most {@code limit}; stops at the first SMTP failure, since
	 * the next one would fail too.
	 * @return how many were sent
	 */
	public int deliverDue(int limit) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (int i = 0; i < limit; i++) {
			Optional<Notification> claimed = claimNext(this.clock.instant());
			if (claimed.isEmpty()) {
				break;
			}
			if (!send(sender, claimed.get())) {
				break;
			}
			sent++;
		}
		return sent;
	}

	private Optional<Notification> claimNext(Instant now) {
		Query due = Query
			.query(Criteria.where("status")
				.is(Notification.Status.PENDING)
				.and("nextAttemptAt")
				.lte(now)
				.orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lte(now)))
			.with(Sort.by("status", "nextAttemptAt"));
		return Optional.ofNullable(this.tenantData.findAndModify(due, new Update().set("claimedUntil", now.plus(LEASE)),
				FindAndModifyOptions.options().returnNew(true), Notification.class));
	}

	/**
	 * Sends one notification; false when the server could not be reached or refused it
	 * for now. A message refused for its address fails for good and does not stop the
	 * round.
	 */
	private boolean send(JavaMailSender sender, Notification notification) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(notification.email());
			helper.setSubject(notification.subject());
			helper.setText(notification.body(), false);
			message.setHeader("Content-Language", notification.language());
			message.setHeader("X-Conduct-Notification", notification.id());
			// the same id on a resend (if an instance died between sending and recording
			// it),
			// so that mail systems can drop the repeat; Spring's sender keeps an id set
			// here
			message.setHeader("Message-ID", messageId(notification));
			sender.send(message);
		}
		catch (AddressException ex) {
			failedForGood(notification, ex);
			return true;
		}
		catch (MailSendException ex) {
			if (ex.getFailedMessages().values().stream().anyMatch(OutboxDelivery::isPermanent)) {
				failedForGood(notification, ex);
				return true;
			}
			failed(notification, ex);
			return false;
		}
		catch (MailException | MessagingException ex) {
			failed(notification, ex);
			return false;
		}
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(notification.id())),
				new Update().set("status", Notification.Status.SENT)
					.set("sentAt", this.clock.instant())
					.unset("claimedUntil")
					.inc("attempts", 1),
				Notification.class);
		this.metrics.delivered("sent");
		return true;
	}

	/**
	 * Whether the server refused the message for good: a 5xx reply for its address. A 4xx
	 * reply (greylisting, a full mailbox, a rate limit) is worth another try.
	 */
	static boolean isPermanent(Exception failure) {
		boolean permanent = false;
		for (Exception next = failure; next != null; next = (next instanceof MessagingException messaging)
				? messaging.getNextException() : null) {
			int code = (next instanceof SMTPAddressFailedException address) ? address.getReturnCode()
					: (next instanceof SMTPSendFailedException send) ? send.getReturnCode() : -1;
			if (code >= 400 && code < 500) {
				return false;
			}
			permanent |= code >= 500;
		}
		return permanent;
	}

	static String messageId(Notification notification) {
		return "<" + UUID.nameUUIDFromBytes(notification.id().getBytes(StandardCharsets.UTF_8)) + "@conduct>";
	}

	private void failedForGood(Notification notification, Exception ex) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(notification.id())),
				new Update().set("status", Notification.Status.FAILED)
					.inc("attempts", 1)
					.set("lastError", ex.getClass().getSimpleName() + ": the address was refused")
					.unset("claimedUntil"),
				Notification.class);
		this.metrics.delivered("failed");
		logger.warn("Notification {} refused for its address; not retried", notification.id());
	}

	private void failed(Notification notification, Exception ex) {
		int attempts = notification.attempts() + 1;
		Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
		pause = (pause.compareTo(MAX_PAUSE) > 0) ? MAX_PAUSE : pause;
		Update update = new Update().set("attempts", attempts)
			.set("lastError", String.valueOf(ex.getMessage()).lines().findFirst().orElse(""))
			.set("nextAttemptAt", this.clock.instant().plus(pause))
			.unset("claimedUntil");
		if (attempts >= MAX_ATTEMPTS) {
			update.set("status", Notification.Status.FAILED);
		}
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(notification.id())), update,
				Notification.class);
		this.metrics.delivered((attempts >= MAX_ATTEMPTS) ? "failed" : "retry");
		logger.warn("Notification {} not delivered (attempt {}): {}", notification.id(), attempts,
				ex.getClass().getSimpleName());
	}

}
