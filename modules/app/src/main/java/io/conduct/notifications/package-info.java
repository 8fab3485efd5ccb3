/**
 * Notifications by e-mail, written in the recipient's language and kept in an outbox
 * collection of the tenant's database until the SMTP server has taken them, so none is
 * lost while it is down and none is sent twice.
 */
package io.conduct.notifications;
