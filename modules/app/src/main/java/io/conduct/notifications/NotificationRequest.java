package io.conduct.notifications;

import java.util.List;

/**
 * A notification to write: the template and its arguments are rendered in the recipient's
 * language when it is written.
 *
 * @param key the idempotency key: the same key is written once
 * @param kind what it is about, which names its template
 * @param recipient who gets it
 * @param arguments the template's arguments ({0}, {1}, ...)
 */
public record NotificationRequest(String key, NotificationKind kind, Recipient recipient, List<Object> arguments) {

	public NotificationRequest {
		arguments = List.copyOf(arguments);
	}

	/**
	 * A person to notify.
	 *
	 * @param personId their directory entry
	 * @param email their address
	 * @param locale their BCP 47 language tag
	 */
	public record Recipient(String personId, String email, String locale) {
	}

}
