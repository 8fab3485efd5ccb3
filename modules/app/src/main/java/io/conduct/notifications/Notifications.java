package io.conduct.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

import io.conduct.platform.mongo.BulkWrites;
import io.conduct.platform.mongo.TenantDatabaseSetup;

/**
 * Writes notifications to the current tenant's outbox, rendered in the recipient's
 * language (English where there is no translation). Delivery happens later, by
 * {@link OutboxDelivery}.
 */
@Service
public class Notifications implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	private final MessageSource templates;

	private final Clock clock;

	Notifications(MongoTemplate tenantData, NotificationTemplates templates, Clock clock) {
		this.tenantData = tenantData;
		this.templates = templates.messages();
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations database) {
		database.indexOps(Notification.class)
			.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
		database.indexOps(Notification.class)
			.createIndex(new Index().on("recipientPersonId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
	}

	/**
	 * Writes the notification unless one with the same key exists. Dates among the
	 * arguments are written the recipient's way.
	 * @return whether it was written now
	 */
	public boolean enqueue(NotificationRequest request) {
		return enqueueAll(List.of(request)) == 1;
	}

	/**
	 * Writes the notifications in one bulk write; those whose key exists already are left
	 * as they are.
	 * @return how many were written now
	 */
	public int enqueueAll(List<NotificationRequest> requests) {
		Instant now = this.clock.instant();
		List<Notification> rendered = requests.stream()
			.filter((r) -> r.recipient().email() != null && !r.recipient().email().isBlank())
			.map((r) -> render(r, now))
			.toList();
		if (rendered.isEmpty()) {
			return 0;
		}
		BulkOperations bulk = this.tenantData.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
		rendered.forEach(bulk::insert);
		return BulkWrites.executeIgnoringDuplicates(bulk, rendered.size());
	}

	private Notification render(NotificationRequest request, Instant now) {
		Locale locale = NotificationTemplates.localeOf(request.recipient().locale());
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		Object[] arguments = request.arguments()
			.stream()
			.map((argument) -> (argument instanceof LocalDate date) ? dates.format(date) : argument)
			.toArray();
		try {
			String template = request.kind().templateKey();
			return new Notification(request.key(), template, request.recipient().personId(),
					request.recipient().email(), locale.getLanguage(),
					this.templates.getMessage(template + ".subject", arguments, locale),
					this.templates.getMessage(template + ".body", arguments, locale), Notification.Status.PENDING, 0,
					now, null, null, now, null);
		}
		catch (NoSuchMessageException ex) {
			throw new IllegalArgumentException("No notification template " + request.kind(), ex);
		}
	}

}
