package io.conduct.inquiries;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * Writes an inquiry's notices to the tenant's outbox, each in its recipient's language
 * and keyed by inquiry, reason and recipient, so writing them again (a round finishing
 * what a request began) adds none twice; then records that they are written. The e-mails
 * name the inquirer and who recorded it, never the question, which stays in Conduct.
 */
@Component
class InquiryNotifications {

	private final Notifications notifications;

	private final PeopleDirectory people;

	private final InquiryTexts texts;

	private final InquiryStore store;

	InquiryNotifications(Notifications notifications, PeopleDirectory people, InquiryTexts texts, InquiryStore store) {
		this.notifications = notifications;
		this.people = people;
		this.texts = texts;
		this.store = store;
	}

	/** Writes the inquiry's notices; returns how many were new in the outbox. */
	int write(Inquiry inquiry) {
		if (inquiry.notices().isEmpty()) {
			return 0;
		}
		Set<String> ids = new HashSet<>();
		inquiry.notices().forEach((n) -> ids.add(n.personId()));
		for (String id : new String[] { inquiry.recorderPersonId(), inquiry.assignedByPersonId(),
				(inquiry.reply() != null) ? inquiry.reply().respondentPersonId() : null }) {
			if (id != null) {
				ids.add(id);
			}
		}
		Map<String, Person> found = this.people.findAll(ids);
		Tenant tenant = TenantContext.required();
		List<NotificationRequest> requests = new ArrayList<>();
		for (Inquiry.Notice notice : inquiry.notices()) {
			Person recipient = found.get(notice.personId());
			if (recipient != null) {
				requests.add(request(inquiry, notice, recipient, found, tenant));
			}
		}
		int written = this.notifications.enqueueAll(requests);
		this.store.noticesWritten(inquiry.id(), inquiry.notices().size());
		return written;
	}

	private NotificationRequest request(Inquiry inquiry, Inquiry.Notice notice, Person recipient,
			Map<String, Person> people, Tenant tenant) {
		Locale language = InquiryTexts.languageFor(recipient.locale(), tenant.defaultLocale());
		ZoneId zone = tenant.zoneId();
		String actorId = switch (notice.reason()) {
			case ASSIGNED -> inquiry.assignedByPersonId();
			case OUTCOME -> inquiry.reply().respondentPersonId();
			default -> inquiry.recorderPersonId();
		};
		Person actor = people.get(actorId);
		Object detail = switch (notice.reason()) {
			case SPOKESPERSON -> inquiry.escalationBusinessDay();
			case MNPI_FLAG -> this.texts.mnpiReasons(inquiry.mnpi(), language);
			case ESCALATION -> inquiry.escalation().businessDay();
			case OUTCOME -> this.texts.response(inquiry.reply().response(), language);
			default -> "";
		};
		LocalDate received = inquiry.receivedAt().atZone(zone).toLocalDate();
		return new NotificationRequest("inquiry:" + inquiry.id() + "|" + notice.reason() + "|" + recipient.id(),
				notice.reason().notification(),
				new NotificationRequest.Recipient(recipient.id(), recipient.email(), language.toLanguageTag()),
				List.of(recipient.displayName(), this.texts.kind(inquiry.inquirer().kind(), language),
						(actor != null) ? actor.displayName() : "", inquiry.inquirer().described(), received, detail));
	}

}
