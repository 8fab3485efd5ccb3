/**
 * Notifications by e-mail, written in the recipient's language and kept in an outbox
 * collection of the tenant's database until the SMTP server has taken them, so none is
 * lost while it is down and none is sent twice. Its API:
 * {@link io.conduct.notifications.Notifications} with
 * {@link io.conduct.notifications.NotificationRequest} and
 * {@link io.conduct.notifications.NotificationKind}, and
 * {@link io.conduct.notifications.OutboxDelivery}.
 */
@ApplicationModule(allowedDependencies = { "platform" })
package io.conduct.notifications;

import org.springframework.modulith.ApplicationModule;
