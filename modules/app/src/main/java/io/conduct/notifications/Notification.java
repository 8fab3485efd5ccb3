package io.conduct.notifications;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An e-mail in the outbox. Its id is the sender's idempotency key, so writing the same
 * notification twice keeps one.
 *
 * @param id the idempotency key
 * @param kind what it is about, e.g. {@code certification.reminder}
 * @param recipientPersonId the recipient's directory entry
 * @param email the recipient's address
 * @param language the language it is written in
 * @param subject the subject line
 * @param body the plain-text body
 * @param status pending, sent, or failed for good
 * @param attempts delivery attempts so far
 * @param nextAttemptAt when to try next
 * @param claimedUntil until when one instance is delivering it
 * @param lastError why the last attempt failed
 * @param createdAt when it was written
 * @param sentAt when the SMTP server took it
 */
@Document("notification_outbox")
record Notification(@Id String id, String kind, String recipientPersonId, String email, String language, String subject,
		String body, Status status, int attempts, Instant nextAttemptAt, Instant claimedUntil, String lastError,
		Instant createdAt, Instant sentAt) {

	enum Status {

		PENDING, SENT, FAILED

	}

}
